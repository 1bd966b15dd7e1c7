package org.otusj.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FloatingPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link OtusHdf5File} contents with jHDF and checks them, turning every problem into a {@link
 * Hdf5FormatException} that names the file and the dataset.
 */
final class OtusFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(OtusFileReader.class);

    private static final String BOTH_DATASETS = OtusHdf5File.Z_DATASET + " (z) and " + OtusHdf5File.X_DATASET + " (x)";

    private OtusFileReader() {
    }

    static OtusHdf5File read(Path file) throws IOException {
        try (HdfFile hdf = Hdf5Opener.open(file, "the datasets " + BOTH_DATASETS)) {
            OtusVectors z = readDatasetIfPresent(hdf, file, OtusHdf5File.Z_DATASET);
            OtusVectors x = readDatasetIfPresent(hdf, file, OtusHdf5File.X_DATASET);
            if (z == null && x == null) {
                throw new Hdf5FormatException(file, "", "neither dataset " + OtusHdf5File.Z_DATASET
                        + " (z) nor dataset " + OtusHdf5File.X_DATASET + " (x) found; the root group contains " + rootChildren(hdf));
            }

            checkFormatVersion(hdf, file);
            String layout = readString(hdf, file, "", OtusHdf5File.LAYOUT_ATTRIBUTE);
            String creator = readString(hdf, file, "", OtusHdf5File.CREATOR_ATTRIBUTE);
            OtusHdf5File content = new OtusHdf5File(layout, creator, z, x);
            LOG.info("Read {}: {}", file, content);
            return content;
        } catch (HdfException invalid) {
            throw new Hdf5FormatException(file, "", "invalid HDF5 structure while looking for the datasets "
                    + BOTH_DATASETS + ": " + invalid.getMessage(), invalid);
        }
    }

    private static OtusVectors readDatasetIfPresent(HdfFile hdf, Path file, String name) throws IOException {
        if (!hdf.getChildren().containsKey(name)) {
            return null;
        }
        try {
            Node node = hdf.getChild(name);
            if (!(node instanceof Dataset dataset)) {
                throw new Hdf5FormatException(file, name, "expected a dataset, found a " + node.getType());
            }
            return readVectors(file, name, dataset);
        } catch (HdfException invalid) {
            throw new Hdf5FormatException(file, name, "failed to read: " + invalid.getMessage(), invalid);
        }
    }

    private static OtusVectors readVectors(Path file, String name, Dataset dataset) throws IOException {
        int[] dimensions = dataset.getDimensions();
        if (dimensions.length != 2) {
            throw new Hdf5FormatException(file, name, "expected rank 2 [N, D], found rank " + dimensions.length
                    + " with dimensions " + Arrays.toString(dimensions));
        }
        if (dimensions[1] < 1) {
            throw new Hdf5FormatException(file, name, "expected at least one column, found dimensions "
                    + Arrays.toString(dimensions));
        }
        if (!(dataset.getDataType() instanceof FloatingPoint floating) || floating.getSize() != 8) {
            throw new Hdf5FormatException(file, name, "expected 64-bit floating point (H5T_IEEE_F64LE or "
                    + "H5T_IEEE_F64BE), found " + Hdf5Types.describe(dataset.getDataType()));
        }

        double[][] values = dimensions[0] == 0 ? new double[0][] : (double[][]) dataset.getData();
        List<String> columns = readColumns(file, name, dataset, dimensions[1]);
        String units = readString(dataset, file, name, OtusHdf5File.UNITS_ATTRIBUTE);
        try {
            return OtusVectors.wrap(values, dimensions[1], columns, units);
        } catch (IllegalArgumentException invalid) {
            throw new Hdf5FormatException(file, name, invalid.getMessage(), invalid);
        }
    }

    private static List<String> readColumns(Path file, String name, Dataset dataset, int dimension)
            throws IOException {
        Attribute attribute = dataset.getAttributes().get(OtusHdf5File.COLUMNS_ATTRIBUTE);
        if (attribute == null) {
            return List.of();
        }
        Object data = attribute.getData();
        if (!(data instanceof String[] names)) {
            throw new Hdf5FormatException(file, name, "attribute " + OtusHdf5File.COLUMNS_ATTRIBUTE
                    + " must be a one-dimensional string array, found " + describeValue(attribute));
        }
        if (names.length != dimension) {
            throw new Hdf5FormatException(file, name, "attribute " + OtusHdf5File.COLUMNS_ATTRIBUTE + " has "
                    + names.length + " names, expected " + dimension + " (one per column of the dataset)");
        }
        return List.of(names);
    }

    /** Returns the string attribute {@code attributeName} of {@code node}, or an empty string without one. */
    private static String readString(Node node, Path file, String dataset, String attributeName)
            throws IOException {
        Attribute attribute = node.getAttributes().get(attributeName);
        if (attribute == null) {
            return "";
        }
        if (!(attribute.getData() instanceof String value)) {
            throw new Hdf5FormatException(file, dataset, "attribute " + attributeName + (dataset.isEmpty()
                    ? " of the root group" : "") + " must be a scalar string, found " + describeValue(attribute));
        }
        return value;
    }

    private static void checkFormatVersion(HdfFile hdf, Path file) throws IOException {
        Attribute attribute = hdf.getAttributes().get(OtusHdf5File.FORMAT_VERSION_ATTRIBUTE);
        if (attribute == null) {
            return;
        }
        if (!(attribute.getData() instanceof Number version)) {
            throw new Hdf5FormatException(file, "", "attribute " + OtusHdf5File.FORMAT_VERSION_ATTRIBUTE
                    + " of the root group must be a scalar integer, found " + describeValue(attribute));
        }
        if (version.longValue() > OtusHdf5File.FORMAT_VERSION) {
            throw new Hdf5FormatException(file, "", "file layout version " + version + " is newer than version "
                    + OtusHdf5File.FORMAT_VERSION + ", the highest that this otusj reads; update otusj");
        }
    }

    private static String describeValue(Attribute attribute) {
        return Hdf5Types.describe(attribute.getDataType()) + " with dimensions "
                + Arrays.toString(attribute.getDimensions());
    }

    private static String rootChildren(HdfFile hdf) {
        if (hdf.getChildren().isEmpty()) {
            return "no objects";
        }
        return String.join(", ", hdf.getChildren().keySet());
    }
}
