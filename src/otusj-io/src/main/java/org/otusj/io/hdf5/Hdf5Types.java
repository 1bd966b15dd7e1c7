package org.otusj.io.hdf5;

import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;
import java.nio.ByteOrder;

/**
 * Names of HDF5 datatypes for messages and listings, in the form h5dump prints them for numbers
 * ({@code H5T_IEEE_F64LE}, {@code H5T_STD_I32LE}) and in words for strings.
 */
final class Hdf5Types {

    private Hdf5Types() {
    }

    static String describe(DataType type) {
        if (type instanceof FloatingPoint floating) {
            return "H5T_IEEE_F" + floating.getSize() * 8 + suffix(floating.getByteOrder());
        }
        if (type instanceof FixedPoint fixed) {
            return "H5T_STD_" + (fixed.isSigned() ? "I" : "U") + fixed.getSize() * 8 + suffix(fixed.getByteOrder());
        }
        if (type instanceof StringData string) {
            return "string (" + string.getSize() + " bytes, " + string.getCharset().name() + ")";
        }
        if (type instanceof VariableLength variable && variable.isVariableLengthString()) {
            return "string (variable length, " + variable.getEncoding().name() + ")";
        }
        return type.getClass().getSimpleName() + " (HDF5 datatype class " + type.getDataClass() + ")";
    }

    private static String suffix(ByteOrder order) {
        return order == ByteOrder.LITTLE_ENDIAN ? "LE" : "BE";
    }
}
