package org.otusj.aida.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file through a temporary file in the same directory, synced to disk and then renamed over
 * the target. A failed write leaves no partial file, and an existing file is replaced only by a complete
 * one.
 */
public final class AtomicFile {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

    private AtomicFile() {
    }

    /** Writes the content of a file to a stream, which the caller closes. */
    @FunctionalInterface
    public interface Content {

        /** Writes everything to {@code out}, which it may close (closing it twice is harmless). */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code file}.
     *
     * @throws IOException if the directory of {@code file} does not exist or writing fails; no partial file
     *     is left behind
     * @throws RuntimeException whatever {@code content} throws, after the temporary file is deleted
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }

            // Sync before the rename, so that after a crash the target is either the old or the new file.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temporary, target);
        } catch (Throwable failure) {
            deleteAfterFailure(temporary, failure);
            throw failure;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            LOG.warn("The file system of {} cannot rename atomically; replacing it with a plain move", target);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteAfterFailure(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {} after a failed write", temporary, e);
            failure.addSuppressed(e);
        }
    }
}
