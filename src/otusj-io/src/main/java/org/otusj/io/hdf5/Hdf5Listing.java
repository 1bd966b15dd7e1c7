package org.otusj.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfException;
import io.jhdf.filter.PipelineFilterWithData;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists the groups and datasets of any HDF5 file with their shapes, datatypes and attributes, without
 * reading dataset values. Used by {@code otusj inspect}.
 */
public final class Hdf5Listing {

    /** Number of array elements shown for an attribute value before it is cut. */
    private static final int SHOWN_VALUES = 12;

    private Hdf5Listing() {
    }

    /**
     * Lists every group and dataset of {@code file}, depth first from the root group {@code /}, children
     * in the order jHDF returns them.
     *
     * @throws Hdf5FormatException if the file is not HDF5, is truncated or has an invalid structure
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     */
    public static List<Hdf5ObjectInfo> list(Path file) throws IOException {
        String purpose = "its groups and datasets";
        try (HdfFile hdf = Hdf5Opener.open(file, purpose)) {
            List<Hdf5ObjectInfo> objects = new ArrayList<>();
            addGroup(hdf, "/", objects);
            return objects;
        } catch (HdfException invalid) {
            throw new Hdf5FormatException(file, "", "invalid HDF5 structure while listing " + purpose + ": "
                    + invalid.getMessage(), invalid);
        }
    }

    private static void addGroup(Group group, String path, List<Hdf5ObjectInfo> objects) {
        objects.add(new Hdf5ObjectInfo(path, false, List.of(), "", "", attributes(group)));
        for (Map.Entry<String, Node> child : group.getChildren().entrySet()) {
            String childPath = path.endsWith("/") ? path + child.getKey() : path + "/" + child.getKey();
            Node node = child.getValue();
            if (node instanceof Dataset dataset) {
                objects.add(new Hdf5ObjectInfo(childPath, true, boxed(dataset.getDimensions()),
                        Hdf5Types.describe(dataset.getDataType()), storage(dataset), attributes(dataset)));
            } else if (node instanceof Group subgroup && !node.isLink()) {
                addGroup(subgroup, childPath, objects);
            } else {
                // Links are not followed, so a soft link to a parent group cannot make the walk endless.
                String kind = node.isLink() ? "link" : node.getType().toString().toLowerCase(Locale.ROOT);
                objects.add(new Hdf5ObjectInfo(childPath, false, List.of(), "", kind, List.of()));
            }
        }
    }

    private static String storage(Dataset dataset) {
        String layout = dataset.getDataLayout().toString().toLowerCase(Locale.ROOT);
        if (dataset instanceof ChunkedDataset chunked) {
            layout += " " + Arrays.toString(chunked.getChunkDimensions());
        }
        List<String> filters = new ArrayList<>();
        for (PipelineFilterWithData filter : dataset.getFilters()) {
            filters.add(filter.getName());
        }
        return filters.isEmpty() ? layout : layout + ", filters " + String.join(", ", filters);
    }

    private static List<Hdf5AttributeInfo> attributes(Node node) {
        List<Hdf5AttributeInfo> attributes = new ArrayList<>();
        for (Map.Entry<String, Attribute> entry : node.getAttributes().entrySet()) {
            Attribute attribute = entry.getValue();
            attributes.add(new Hdf5AttributeInfo(entry.getKey(), Hdf5Types.describe(attribute.getDataType()),
                    boxed(attribute.getDimensions()), format(attribute.getData())));
        }
        return attributes;
    }

    /** Formats a value: strings in double quotes, arrays in brackets, cut after {@value #SHOWN_VALUES} elements. */
    static String format(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (!value.getClass().isArray()) {
            return value.toString();
        }

        int length = Array.getLength(value);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(length, SHOWN_VALUES); i++) {
            shown.add(format(Array.get(value, i)));
        }
        if (length > SHOWN_VALUES) {
            shown.add("... (" + length + " in all)");
        }
        return "[" + String.join(", ", shown) + "]";
    }

    private static List<Integer> boxed(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
