package org.otusj.core.steering;

import java.nio.file.Path;

/**
 * A line in a steering file, printed as {@code file:line} like compiler messages. Line 0 stands for a
 * value that comes from no file line, such as a command-line override, and prints as the file alone.
 */
public record SourceLocation(Path file, int line) {

    /** Returns the location of a value given on the command line, such as {@code --Reader.MaxEvents=10}. */
    public static SourceLocation commandLine(String option) {
        return new SourceLocation(Path.of("command-line option " + option), 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
