package org.otusj.otus.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a directory completely before it appears under its name: the content goes to a temporary
 * sibling directory, which is then renamed into place, replacing an earlier version. An interrupted write
 * leaves the earlier version (or nothing) under the name, never a half-written one.
 */
public final class AtomicDirectory {

    /** Writes the files of a directory. */
    @FunctionalInterface
    public interface Content {

        void writeTo(Path directory) throws IOException;
    }

    private AtomicDirectory() {
    }

    /**
     * Writes {@code content} as {@code target}.
     *
     * @param marker a file that every directory this method wrote contains; an existing non-empty
     *     {@code target} without it is not replaced, so user data is never deleted
     * @throws IOException if writing fails or {@code target} exists and is not one of ours
     */
    public static void write(Path target, String marker, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        if (Files.exists(absolute) && !replaceable(absolute, marker)) {
            throw new IOException("refusing to replace " + absolute + ": it exists and holds no " + marker
                    + "; choose another name");
        }

        // Files.createTempDirectory would make the directory accessible to its owner only. A plain
        // createDirectory gives it the permissions of any other output (the process umask).
        Path staging = Files.createDirectory(parent.resolve(absolute.getFileName() + ".saving-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
        try {
            content.writeTo(staging);
            replace(staging, absolute);
        } catch (IOException | RuntimeException failure) {
            deleteTree(staging);
            throw failure;
        }
    }

    /** Deletes {@code root} and everything below it; nothing happens if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static boolean replaceable(Path directory, String marker) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        if (Files.isRegularFile(directory.resolve(marker))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void replace(Path staging, Path target) throws IOException {
        Path backup = null;
        if (Files.exists(target)) {
            backup = target.resolveSibling(target.getFileName() + ".replaced-" + System.nanoTime());
            Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            if (backup != null) {
                Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw failure;
        }
        if (backup != null) {
            deleteTree(backup);
        }
    }
}
