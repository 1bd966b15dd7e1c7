package org.otusj.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not valid OTUS training files, all made here; each must fail with a clear message. */
class OtusHdf5FileErrorTest {

    @TempDir
    Path dir;

    /** Writes an HDF5 file with jHDF directly, bypassing the checks of the OTUS writer. */
    private Path writeRaw(String name, Consumer<WritableHdfFile> content) {
        Path file = dir.resolve(name);
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            content.accept(hdf);
        }
        return file;
    }

    private static double[][] rows(int count, int width) {
        double[][] values = new double[count][width];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < width; j++) {
                values[i][j] = i + 0.5 * j;
            }
        }
        return values;
    }

    /** Reads {@code file}, expecting a failure whose message names the file and every text in {@code parts}. */
    private static Hdf5FormatException assertRejected(Path file, String... parts) {
        Hdf5FormatException error = assertThrows(Hdf5FormatException.class, () -> OtusHdf5File.read(file));
        String message = error.getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing from: " + message);
        }
        return error;
    }

    @Test
    void textFileIsNotHdf5() throws IOException {
        Path file = Files.writeString(dir.resolve("events.h5"), "<LesHouchesEvents version=\"3.0\">\n",
                StandardCharsets.UTF_8);

        Hdf5FormatException error = assertRejected(file, "not an HDF5 file", "FDL", "ROL");

        assertEquals(file, error.file());
        assertEquals("", error.dataset());
    }

    @Test
    void emptyFileIsNotHdf5() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.h5"));

        assertRejected(file, "not an HDF5 file");
    }

    @Test
    void missingFileReported() {
        assertThrows(NoSuchFileException.class, () -> OtusHdf5File.read(dir.resolve("absent.h5")));
    }

    @Test
    void fileWithoutOtusDatasetsRejected() {
        Path file = writeRaw("other.h5", hdf -> hdf.putDataset("events", rows(3, 8)));

        assertRejected(file, "neither dataset FDL (z) nor dataset ROL (x) found", "contains events");
    }

    @Test
    void oneDimensionalDatasetRejected() {
        Path file = writeRaw("rank1.h5", hdf -> hdf.putDataset("FDL", new double[] {1, 2, 3}));

        Hdf5FormatException error = assertRejected(file, "dataset FDL", "expected rank 2 [N, D]", "found rank 1",
                "[3]");

        assertEquals("FDL", error.dataset());
    }

    @Test
    void threeDimensionalDatasetRejected() {
        Path file = writeRaw("rank3.h5", hdf -> hdf.putDataset("ROL", new double[2][3][4]));

        assertRejected(file, "dataset ROL", "found rank 3", "[2, 3, 4]");
    }

    @Test
    void integerDatasetRejected() {
        Path file = writeRaw("integers.h5", hdf -> hdf.putDataset("ROL", new int[][] {{1, 2}, {3, 4}}));

        assertRejected(file, "dataset ROL", "expected 64-bit floating point", "found H5T_STD_I32LE");
    }

    @Test
    void float32DatasetRejected() {
        Path file = writeRaw("floats.h5", hdf -> hdf.putDataset("FDL", new float[][] {{1, 2}, {3, 4}}));

        assertRejected(file, "dataset FDL", "found H5T_IEEE_F32LE");
    }

    @Test
    void groupInPlaceOfDatasetRejected() {
        Path file = writeRaw("group.h5", hdf -> hdf.putGroup("FDL"));

        assertRejected(file, "dataset FDL", "expected a dataset, found a GROUP");
    }

    @Test
    void columnsOfWrongLengthRejected() {
        Path file = writeRaw("columns.h5", hdf -> hdf.putDataset("ROL", rows(2, 8))
                .putAttribute("columns", new String[] {"a", "b", "c"}));

        assertRejected(file, "dataset ROL", "attribute columns has 3 names, expected 8");
    }

    @Test
    void scalarColumnsAttributeRejected() {
        Path file = writeRaw("scalar-columns.h5", hdf -> hdf.putDataset("ROL", rows(2, 2))
                .putAttribute("columns", "a b"));

        assertRejected(file, "dataset ROL", "attribute columns must be a one-dimensional string array");
    }

    @Test
    void repeatedColumnNamesRejected() {
        Path file = writeRaw("repeated.h5", hdf -> hdf.putDataset("FDL", rows(2, 2))
                .putAttribute("columns", new String[] {"px", "px"}));

        assertRejected(file, "dataset FDL", "column name 'px' appears twice");
    }

    @Test
    void numericUnitsRejected() {
        Path file = writeRaw("units.h5", hdf -> hdf.putDataset("FDL", rows(2, 2)).putAttribute("units", 1.0));

        assertRejected(file, "dataset FDL", "attribute units must be a scalar string", "H5T_IEEE_F64LE");
    }

    @Test
    void newerFormatVersionRejected() {
        Path file = writeRaw("future.h5", hdf -> {
            hdf.putAttribute("otusj_format_version", 2);
            hdf.putDataset("FDL", rows(2, 2));
        });

        assertRejected(file, "file layout version 2 is newer than version 1");
    }

    @Test
    void truncatedFileRejectedAtEveryLength() throws Exception {
        Path complete = dir.resolve("complete.h5");
        new OtusHdf5File("Zee", OtusVectors.of(rows(1000, 8), List.of(), "GeV"),
                OtusVectors.of(rows(500, 8), List.of(), "GeV")).write(complete);
        byte[] bytes = Files.readAllBytes(complete);

        // Cuts inside the superblock, in the object headers and in the data, and the last byte alone.
        for (int length : new int[] {20, 60, 300, bytes.length / 2, bytes.length - 1}) {
            Path truncated = Files.write(dir.resolve("truncated-" + length + ".h5"), Arrays.copyOf(bytes, length));

            Hdf5FormatException error = assertThrows(Hdf5FormatException.class, () -> OtusHdf5File.read(truncated),
                    "cut after " + length + " of " + bytes.length + " bytes");
            String message = error.getMessage();
            assertTrue(message.startsWith(truncated + ": "), message);
            assertTrue(message.contains("truncated"), message);
            assertTrue(message.contains("the datasets FDL (z) and ROL (x)"), message);
            // The HDF5 C library rejects the same file, so the check matches the reference.
            assertNotEquals(0, Hdf5Tools.h5dump(truncated).exitCode(), "h5dump read the file cut at " + length);
        }
    }
}
