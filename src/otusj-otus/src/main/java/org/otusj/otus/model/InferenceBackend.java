package org.otusj.otus.model;

/** The code that runs a trained generator in {@link OtusModel#decode} and {@link OtusModel#encode}. */
public enum InferenceBackend {

    /**
     * Plain Java on blocks of events across threads ({@link BlockGenerator}) for the generators it supports
     * (MLP core, no scale residual), the PyTorch engine for the others. The default.
     */
    JAVA,

    /** The PyTorch engine through DJL, in chunks of {@link OtusModel#CHUNK_ROWS} rows, for every generator. */
    PYTORCH
}
