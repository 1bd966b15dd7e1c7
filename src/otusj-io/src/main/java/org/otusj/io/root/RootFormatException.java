package org.otusj.io.root;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A ROOT file that cannot be read as the format requires: truncated, corrupted, or using a feature this
 * reader does not support. The message names the file, the object (key path, branch path or record) and
 * the byte offset in the file where the problem was found, with what was expected and what was found.
 */
public class RootFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String object;
    private final long offset;

    /**
     * @param file the file being read
     * @param object what was being read: a key path such as {@code dir/tree;1}, a branch path, or a record
     *     name such as {@code file header}
     * @param offset byte offset from the start of the file, or -1 when the position is not in the file
     *     (for example inside a decompressed record)
     * @param detail what was expected and what was found
     */
    public RootFormatException(Path file, String object, long offset, String detail) {
        super(format(file, object, offset, detail));
        this.file = file;
        this.object = object;
        this.offset = offset;
    }

    /** Same as the four-argument constructor, keeping {@code cause} for the stack trace. */
    public RootFormatException(Path file, String object, long offset, String detail, Throwable cause) {
        super(format(file, object, offset, detail), cause);
        this.file = file;
        this.object = object;
        this.offset = offset;
    }

    private static String format(Path file, String object, long offset, String detail) {
        String where = offset >= 0 ? ", byte offset " + offset : "";
        return file + ": " + object + where + ": " + detail;
    }

    /** Returns the file being read. */
    public Path file() {
        return file;
    }

    /** Returns the object being read when the problem was found. */
    public String object() {
        return object;
    }

    /** Byte offset from the start of the file, or -1 when unknown. */
    public long offset() {
        return offset;
    }
}
