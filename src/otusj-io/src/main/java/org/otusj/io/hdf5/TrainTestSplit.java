package org.otusj.io.hdf5;

/**
 * A training part and a test part, as files or as their paths.
 *
 * @param train the part used for training (the first rows)
 * @param test the part held back for evaluation (the last rows)
 * @param <T> {@link OtusHdf5File} for the content, {@link java.nio.file.Path} for the written files
 */
public record TrainTestSplit<T>(T train, T test) {
}
