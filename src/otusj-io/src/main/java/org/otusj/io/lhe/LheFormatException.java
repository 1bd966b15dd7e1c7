package org.otusj.io.lhe;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Les Houches Event file that does not follow the format: not an LHE file, a missing or invalid
 * {@code <init>} block, an invalid particle line, a particle count that disagrees with NUP, or a file
 * that ends inside an event.
 *
 * <p>The message has the form {@code file:line: problem; line: '...'}, the quoted text being the content
 * of that line, so that editors and terminals can jump to the place. Line numbers count from 1 in the
 * uncompressed text.
 */
public final class LheFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long lineNumber;
    private final String offendingText;

    /**
     * @param file the file being read
     * @param lineNumber 1-based line number in the uncompressed text
     * @param problem what is wrong, what was expected and what was found, without the location
     * @param offendingText the content of line {@code lineNumber}, quoted in the message (shortened if
     *     long)
     */
    public LheFormatException(Path file, long lineNumber, String problem, String offendingText) {
        this(file, lineNumber, problem, offendingText, null);
    }

    /**
     * @param cause the lower-level error, such as the {@link java.util.zip.ZipException} of a corrupt
     *     gzip stream
     */
    public LheFormatException(Path file, long lineNumber, String problem, String offendingText, Throwable cause) {
        super(file + ":" + lineNumber + ": " + problem + "; line: '" + shorten(offendingText) + "'", cause);
        this.file = file;
        this.lineNumber = lineNumber;
        this.offendingText = offendingText;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The 1-based line number of the problem in the uncompressed text. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The content of the line with the problem, in full. */
    public String offendingText() {
        return offendingText;
    }

    /** Keeps messages readable when the offending text is a huge line or binary data. */
    private static String shorten(String text) {
        final int maxLength = 300;
        StringBuilder shown = new StringBuilder(Math.min(text.length(), maxLength) + 32);
        int i = 0;
        for (; i < text.length() && i < maxLength; i++) {
            char c = text.charAt(i);
            if (c == '\t' || (c >= ' ' && c != 0x7f)) {
                shown.append(c);
            } else {
                shown.append(String.format("\\u%04x", (int) c));
            }
        }
        if (i < text.length()) {
            shown.append(" ... (").append(text.length()).append(" characters)");
        }
        return shown.toString();
    }
}
