package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** A feed-forward network with named trainable parameters and named non-trainable buffers. */
public interface Network {

    /**
     * Applies the network to {@code input} [batch, in] and returns [batch, out].
     *
     * @param training true while training: batch normalisation then uses and updates batch statistics
     */
    NDArray forward(NDArray input, boolean training);

    /** Trainable parameters, in a fixed order. */
    List<NDArray> parameters();

    /** Names of {@link #parameters()}, relative to the network, e.g. "weight0". */
    List<String> parameterNames();

    /** Non-trainable state stored with the model, such as running statistics; empty for most networks. */
    default List<NDArray> buffers() {
        return List.of();
    }

    /** Names of {@link #buffers()}. */
    default List<String> bufferNames() {
        return List.of();
    }
}
