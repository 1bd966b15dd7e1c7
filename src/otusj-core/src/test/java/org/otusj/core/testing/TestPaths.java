package org.otusj.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locations of test inputs: the repository root (from the {@code otusj.root} system property that the
 * build sets) and the shared data folder beside it.
 */
public final class TestPaths {

    private TestPaths() {
    }

    /** The repository root, the folder that holds the aggregator pom. */
    public static Path repositoryRoot() {
        String root = System.getProperty("otusj.root");
        if (root != null && Files.isDirectory(Path.of(root, "src"))) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        // Fall back to walking up from the working directory, for tests started outside Maven.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("lhe-examples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the otusj repository root; set -Dotusj.root");
    }

    /** The shared data folder {@code ../shared/data} beside the repository. */
    public static Path sharedData() {
        Path data = repositoryRoot().resolve("../shared/data").normalize();
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("shared test data not found at " + data);
        }
        return data;
    }

    /** A file under {@code ../shared/data}, which must exist. */
    public static Path sharedFile(String relative) {
        Path file = sharedData().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared test file not found: " + file);
        }
        return file;
    }

    /** A file under the repository root, which must exist. */
    public static Path repositoryFile(String relative) {
        Path file = repositoryRoot().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("repository file not found: " + file);
        }
        return file;
    }
}
