package org.otusj.jas3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The AIDA files ({@code *.aida}, {@code *.aida.gz}) under an output directory, each with its size,
 * modification time and file key (the inode on Linux). Comparing a scan before a run with one after it
 * gives the files the run wrote: new files, and files replaced or changed in place. otusj writes every
 * file to a temporary file and renames it, so a rewritten file has a new file key even when its size and
 * modification time happen to match.
 */
final class RunOutputs {

    private record Signature(long size, long modifiedNanos, Object fileKey) {
    }

    private final Map<Path, Signature> files;

    private RunOutputs(Map<Path, Signature> files) {
        this.files = files;
    }

    /**
     * Scans {@code directory} and its subfolders; a directory that does not exist has no files.
     *
     * @throws IOException if the directory cannot be read
     */
    static RunOutputs scan(Path directory) throws IOException {
        Map<Path, Signature> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return new RunOutputs(files);
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (isAidaName(file) && Files.isRegularFile(file)) {
                    files.put(file, signature(file));
                }
            }
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
        return new RunOutputs(files);
    }

    /** Returns the files that are new or changed since {@code before}, sorted by path. */
    List<Path> writtenSince(RunOutputs before) {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Signature> entry : files.entrySet()) {
            if (!Objects.equals(before.files.get(entry.getKey()), entry.getValue())) {
                written.add(entry.getKey());
            }
        }
        return written;
    }

    private static boolean isAidaName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".aida") || name.endsWith(".aida.gz");
    }

    private static Signature signature(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long modifiedNanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        return new Signature(attributes.size(), modifiedNanos, attributes.fileKey());
    }
}
