package org.otusj.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An HDF5 file that cannot be read: not an HDF5 file, or a truncated or corrupt one. For an OTUS training
 * file also a file without the {@code FDL} and {@code ROL} datasets, or a dataset or attribute of the
 * wrong rank, type or length.
 *
 * <p>The message has the form {@code file: dataset NAME: problem}, or {@code file: problem} when no
 * single dataset is at fault, and states what was expected and what was found.
 */
public final class Hdf5FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final String dataset;

    /**
     * @param file the file being read or written
     * @param dataset the dataset at fault, such as {@code ROL}; empty when the problem concerns the whole
     *     file
     * @param problem what is wrong, with the expected and the found value
     */
    public Hdf5FormatException(Path file, String dataset, String problem) {
        this(file, dataset, problem, null);
    }

    /**
     * @param cause the lower-level error, such as the exception of the HDF5 library
     */
    public Hdf5FormatException(Path file, String dataset, String problem, Throwable cause) {
        super(file + ": " + (dataset.isEmpty() ? "" : "dataset " + dataset + ": ") + problem, cause);
        this.file = file;
        this.dataset = dataset;
    }

    /** The file being read or written. */
    public Path file() {
        return file;
    }

    /** The dataset at fault, or an empty string when the problem concerns the whole file. */
    public String dataset() {
        return dataset;
    }
}
