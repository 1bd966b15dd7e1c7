package org.otusj.app.inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.otusj.io.root.RootFile;
import org.otusj.io.root.describe.FileDescription;

/** Describes a ROOT file with the listing of the otusj ROOT reader: keys, trees with branches, histograms. */
public final class RootInspector {

    private RootInspector() {
    }

    /**
     * Prints the description of {@code file} to {@code out}.
     *
     * @return the number of objects that could not be read, each listed as a "problem:" line
     * @throws org.otusj.io.root.RootFormatException if the file is not a readable ROOT file
     */
    public static int print(Path file, PrintStream out) throws IOException {
        try (RootFile root = RootFile.open(file)) {
            FileDescription description = root.describe();
            out.print(description.toText());
            return description.problems().size();
        }
    }
}
