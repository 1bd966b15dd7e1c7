package org.otusj.detector.card;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Delphes card that cannot be read: a Tcl syntax error, a command the card reader does not support, or
 * a value of the wrong kind. The message starts with {@code file:line}.
 */
public final class CardException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;

    /**
     * @param file the card, or a file it sources, that contains the problem
     * @param line 1-based line of the command that failed
     * @param message what failed, without the location
     */
    public CardException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /** The file that contains the problem. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the command that failed. */
    public int line() {
        return line;
    }
}
