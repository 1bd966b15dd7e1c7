package org.otusj.io.hdf5;

import java.util.List;

/**
 * One group or dataset of an HDF5 file, as {@link Hdf5Listing} describes it.
 *
 * @param path the absolute path in the file, such as {@code /} or {@code /ROL}
 * @param dataset true for a dataset, false for a group or a link
 * @param dimensions the dimensions of a dataset, such as [N, D]; empty for a group or a scalar dataset
 * @param dataType the datatype of a dataset (see {@link Hdf5AttributeInfo#dataType}); empty for a group
 * @param storage the storage of a dataset: contiguous, compact, or chunked with the chunk dimensions and
 *     filters. It is empty for a group and "link" for a link, which the listing does not follow.
 * @param attributes the attributes in the order the file lists them
 */
public record Hdf5ObjectInfo(String path, boolean dataset, List<Integer> dimensions, String dataType, String storage,
        List<Hdf5AttributeInfo> attributes) {

    public Hdf5ObjectInfo {
        dimensions = List.copyOf(dimensions);
        attributes = List.copyOf(attributes);
    }
}
