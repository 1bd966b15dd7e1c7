package org.otusj.io.hdf5;

import java.util.List;

/**
 * One attribute of an HDF5 group or dataset, as {@link Hdf5Listing} describes it.
 *
 * @param name the attribute name
 * @param dataType the datatype as h5dump names numbers ({@code H5T_STD_I32LE}) or in words for strings
 * @param dimensions the dimensions; empty for a scalar
 * @param value the value as text, shortened to the first values of a long array
 */
public record Hdf5AttributeInfo(String name, String dataType, List<Integer> dimensions, String value) {

    public Hdf5AttributeInfo {
        dimensions = List.copyOf(dimensions);
    }
}
