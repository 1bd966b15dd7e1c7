package org.otusj.core.steering;

import java.nio.file.Path;

/** A line in a steering file, printed as {@code file:line} like compiler messages. */
public record SourceLocation(Path file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
