package org.otusj.aida.xml;

import java.io.IOException;

/**
 * An AIDA XML file that cannot be read: malformed or truncated XML, a missing or invalid value, or an
 * object whose contents are inconsistent. The message names the file, the line and, where known, the
 * object path.
 */
public final class AidaFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String objectPath;

    /**
     * Creates the exception.
     *
     * @param file the file or stream name
     * @param line the line number in the XML text, or -1 if unknown
     * @param objectPath the path of the object being read, or null outside any object
     * @param detail what is wrong
     */
    public AidaFormatException(String file, int line, String objectPath, String detail, Throwable cause) {
        super(format(file, line, objectPath, detail), cause);
        this.file = file;
        this.line = line;
        this.objectPath = objectPath;
    }

    private static String format(String file, int line, String objectPath, String detail) {
        StringBuilder message = new StringBuilder(file);
        if (line > 0) {
            message.append(':').append(line);
        }
        message.append(": ");
        if (objectPath != null) {
            message.append("object ").append(objectPath).append(": ");
        }
        return message.append(detail).toString();
    }

    /** Returns the name of the file or stream. */
    public String file() {
        return file;
    }

    /** Returns the line number in the XML text, or -1 if unknown. */
    public int line() {
        return line;
    }

    /** Returns the path of the object being read, or null if the error is outside any object. */
    public String objectPath() {
        return objectPath;
    }
}
