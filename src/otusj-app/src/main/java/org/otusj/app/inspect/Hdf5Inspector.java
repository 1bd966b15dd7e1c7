package org.otusj.app.inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.otusj.io.hdf5.Hdf5AttributeInfo;
import org.otusj.io.hdf5.Hdf5Listing;
import org.otusj.io.hdf5.Hdf5ObjectInfo;

/** Describes an HDF5 file: every group and dataset with its shape, datatype, storage and attributes. */
public final class Hdf5Inspector {

    private Hdf5Inspector() {
    }

    /**
     * Prints the description of {@code file} to {@code out}.
     *
     * @throws org.otusj.io.hdf5.Hdf5FormatException if the file is not HDF5, is truncated or cannot be
     *     read
     */
    public static void print(Path file, PrintStream out) throws IOException {
        List<Hdf5ObjectInfo> objects = Hdf5Listing.list(file);
        out.println(file + ": HDF5 file, " + Files.size(file) + " bytes");
        for (Hdf5ObjectInfo object : objects) {
            out.println("  " + describe(object));
            for (Hdf5AttributeInfo attribute : object.attributes()) {
                out.println("      attribute " + attribute.name() + ": " + attribute.dataType()
                        + (attribute.dimensions().isEmpty() ? "" : " " + attribute.dimensions()) + " = "
                        + attribute.value());
            }
        }
    }

    private static String describe(Hdf5ObjectInfo object) {
        if (object.dataset()) {
            return object.path() + "  dataset " + (object.dimensions().isEmpty() ? "scalar" : object.dimensions())
                    + " " + object.dataType() + ", " + object.storage();
        }
        if (!object.storage().isEmpty()) {
            return object.path() + "  " + object.storage();
        }
        return object.path() + "  group";
    }
}
