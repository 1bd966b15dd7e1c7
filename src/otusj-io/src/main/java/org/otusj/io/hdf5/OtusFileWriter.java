package org.otusj.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@link OtusHdf5File} contents with jHDF. Each file is written to a temporary file in its target
 * directory. The temporary files are renamed to their final names only after all of them are complete,
 * so a failed or interrupted write leaves no partial file under a final name.
 *
 * <p>jHDF 0.9.4 writes every dataset contiguous and uncompressed, keeps the data in memory until the file
 * is closed, cannot write a dataset with a zero-length dimension and cannot write an empty string array.
 * So datasets need at least one row, and the {@value OtusHdf5File#COLUMNS_ATTRIBUTE} attribute is left
 * out when the column names are unknown.
 */
final class OtusFileWriter {

    private static final Logger LOG = LoggerFactory.getLogger(OtusFileWriter.class);

    private OtusFileWriter() {
    }

    static void write(OtusHdf5File content, Path file) throws IOException {
        writeAll(List.of(content), List.of(file));
    }

    /** Writes {@code contents.get(i)} to {@code files.get(i)} for every i, renaming all files at the end. */
    static void writeAll(List<OtusHdf5File> contents, List<Path> files) throws IOException {
        for (int i = 0; i < contents.size(); i++) {
            checkWritable(contents.get(i), files.get(i));
        }

        List<Path> temporaryFiles = new ArrayList<>();
        boolean complete = false;
        try {
            for (int i = 0; i < contents.size(); i++) {
                Path target = files.get(i).toAbsolutePath();
                Files.createDirectories(target.getParent());
                // Files.createTempFile would make the file readable by its owner only. A plain createFile gives
                // it the permissions of any other output (the process umask).
                Path temporary = Files.createFile(target.resolveSibling("." + target.getFileName() + "."
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp"));
                temporaryFiles.add(temporary);
                writeHdf5(contents.get(i), temporary, target);
            }

            for (int i = 0; i < contents.size(); i++) {
                moveIntoPlace(temporaryFiles.get(i), files.get(i).toAbsolutePath());
                LOG.info("Wrote {}: {}", files.get(i), contents.get(i));
            }
            complete = true;
        } finally {
            if (!complete) {
                for (Path temporary : temporaryFiles) {
                    Files.deleteIfExists(temporary);
                }
            }
        }
    }

    private static void checkWritable(OtusHdf5File content, Path file) {
        checkRows(file, OtusHdf5File.Z_DATASET, content.z().orElse(null));
        checkRows(file, OtusHdf5File.X_DATASET, content.x().orElse(null));
    }

    private static void checkRows(Path file, String dataset, OtusVectors vectors) {
        if (vectors != null && vectors.rows() == 0) {
            throw new IllegalArgumentException("cannot write dataset " + dataset + " to " + file
                    + ": it has no rows, and jHDF 0.9.4 cannot write a dataset with a zero-length dimension."
                    + " Leave the dataset out or add events.");
        }
    }

    private static void writeHdf5(OtusHdf5File content, Path temporary, Path target) throws IOException {
        try (WritableHdfFile hdf = HdfFile.write(temporary)) {
            hdf.putAttribute(OtusHdf5File.FORMAT_VERSION_ATTRIBUTE, OtusHdf5File.FORMAT_VERSION);
            hdf.putAttribute(OtusHdf5File.LAYOUT_ATTRIBUTE, content.layout());
            hdf.putAttribute(OtusHdf5File.CREATOR_ATTRIBUTE, content.creator());
            if (content.z().isPresent()) {
                putVectors(hdf, OtusHdf5File.Z_DATASET, content.z().get());
            }
            if (content.x().isPresent()) {
                putVectors(hdf, OtusHdf5File.X_DATASET, content.x().get());
            }
        } catch (HdfException failure) {
            // jHDF writes the data when the file is closed, so the failing dataset is not known here.
            throw new IOException("failed to write " + target + " (datasets " + datasetNames(content) + "): "
                    + failure.getMessage(), failure);
        }
    }

    private static void putVectors(WritableHdfFile hdf, String name, OtusVectors vectors) {
        WritableDataset dataset = hdf.putDataset(name, vectors.storage());
        if (!vectors.columns().isEmpty()) {
            dataset.putAttribute(OtusHdf5File.COLUMNS_ATTRIBUTE, vectors.columns().toArray(new String[0]));
        }
        dataset.putAttribute(OtusHdf5File.UNITS_ATTRIBUTE, vectors.units());
    }

    private static String datasetNames(OtusHdf5File content) {
        List<String> names = new ArrayList<>();
        content.z().ifPresent(z -> names.add(OtusHdf5File.Z_DATASET));
        content.x().ifPresent(x -> names.add(OtusHdf5File.X_DATASET));
        return String.join(", ", names);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            LOG.warn("The file system of {} cannot rename atomically; replacing the file in two steps", target);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
