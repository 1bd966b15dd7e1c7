package org.otusj.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing and reading OTUS training files, checked against h5dump and h5import of the HDF5 C library
 * (Debian package hdf5-tools).
 */
class OtusHdf5FileTest {

    private static final List<String> ZEE_COLUMNS = List.of("electron_px", "electron_py", "electron_pz", "electron_e",
            "positron_px", "positron_py", "positron_pz", "positron_e");

    @TempDir
    Path dir;

    /**
     * Rows of 8 values that a float32 or rounded text path would change: a subnormal, the extremes of
     * double, values without an exact decimal form, negative zero.
     */
    private static double[][] awkwardRows(int rows) {
        double[][] values = new double[rows][8];
        for (int i = 0; i < rows; i++) {
            values[i][0] = 0.1 * (i + 1);
            values[i][1] = -45.123456789012345 - i;
            values[i][2] = 1e-310 * (i + 1);
            values[i][3] = Double.MAX_VALUE / (i + 1);
            values[i][4] = -0.0;
            values[i][5] = 1.0 / 3.0 + i;
            values[i][6] = 6500.0 - i;
            values[i][7] = Math.PI * 1e-5 * i;
        }
        return values;
    }

    private static double[][] rowsFrom(int first, int rows) {
        double[][] values = new double[rows][8];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 8; j++) {
                values[i][j] = (first + i) * 10 + j + 0.25;
            }
        }
        return values;
    }

    private static void assertSameValues(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 0.0, "row " + i);
            for (int j = 0; j < expected[i].length; j++) {
                // assertArrayEquals treats -0.0 and 0.0 as equal; the bits must survive too.
                assertEquals(Double.doubleToRawLongBits(expected[i][j]), Double.doubleToRawLongBits(actual[i][j]),
                        "bits of row " + i + ", column " + j);
            }
        }
    }

    @Test
    void roundTripKeepsValuesAndMetadata() throws IOException {
        double[][] zValues = awkwardRows(5);
        double[][] xValues = rowsFrom(100, 4);
        OtusVectors z = OtusVectors.of(zValues, ZEE_COLUMNS, "GeV");
        OtusVectors x = OtusVectors.of(xValues, List.of(), "");
        Path file = dir.resolve("zee.h5");

        new OtusHdf5File("Zee", z, x).write(file);
        OtusHdf5File read = OtusHdf5File.read(file);

        assertEquals("Zee", read.layout());
        assertEquals(OtusHdf5File.defaultCreator(), read.creator());
        assertTrue(read.creator().startsWith("otusj"), read.creator());
        assertSameValues(zValues, read.z().orElseThrow().toArray());
        assertEquals(ZEE_COLUMNS, read.z().orElseThrow().columns());
        assertEquals("GeV", read.z().orElseThrow().units());
        assertSameValues(xValues, read.x().orElseThrow().toArray());
        assertEquals(List.of(), read.x().orElseThrow().columns());
        assertEquals("", read.x().orElseThrow().units());
        assertEquals(8, read.x().orElseThrow().dimension());
    }

    @Test
    void h5dumpShowsShapeTypeValuesAndAttributes() throws Exception {
        double[][] zValues = awkwardRows(3);
        double[][] xValues = rowsFrom(0, 4);
        Path file = dir.resolve("zee.h5");
        new OtusHdf5File("Zee", "otusj test", OtusVectors.of(zValues, ZEE_COLUMNS, "GeV"),
                OtusVectors.of(xValues, ZEE_COLUMNS, "GeV")).write(file);

        H5DumpOutput dump = Hdf5Tools.dump(file);

        H5DumpOutput.Block fdl = dump.dataset("FDL");
        assertEquals("H5T_IEEE_F64LE", fdl.datatype());
        assertEquals("SIMPLE { ( 3, 8 ) / ( 3, 8 ) }", fdl.dataspace());
        List<Double> printed = fdl.numbers();
        assertEquals(24, printed.size(), "values printed for FDL");
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 8; j++) {
                assertEquals(Double.doubleToRawLongBits(zValues[i][j]),
                        Double.doubleToRawLongBits(printed.get(i * 8 + j)),
                        "FDL(" + i + "," + j + "): written " + zValues[i][j] + ", h5dump printed " + printed.get(i * 8 + j));
            }
        }
        assertEquals(ZEE_COLUMNS, fdl.attribute("columns").strings());
        assertEquals(List.of(8L), fdl.attribute("columns").dimensions());
        assertEquals("H5T_STRING", fdl.attribute("columns").datatype());
        assertEquals(List.of("GeV"), fdl.attribute("units").strings());
        assertEquals("SCALAR", fdl.attribute("units").dataspace());

        H5DumpOutput.Block rol = dump.dataset("ROL");
        assertEquals("H5T_IEEE_F64LE", rol.datatype());
        assertEquals(List.of(4L, 8L), rol.dimensions());
        assertEquals(List.of(0.25, 1.25, 2.25, 3.25, 4.25, 5.25, 6.25, 7.25), rol.numbers().subList(0, 8));
        assertEquals(37.25, rol.numbers().get(31), 0.0);

        H5DumpOutput.Block root = dump.rootGroup();
        assertEquals(List.of("Zee"), root.attribute("layout").strings());
        assertEquals(List.of("otusj test"), root.attribute("creator").strings());
        assertEquals(List.of(1.0), root.attribute("otusj_format_version").numbers());
        assertTrue(root.attribute("otusj_format_version").datatype().startsWith("H5T_STD_I"),
                root.attribute("otusj_format_version").datatype());
    }

    @Test
    void zOnlyFileHasNoRolDataset() throws Exception {
        Path file = dir.resolve("z-only.h5");
        new OtusHdf5File("Zee", OtusVectors.of(rowsFrom(0, 2), ZEE_COLUMNS, "GeV"), null).write(file);

        OtusHdf5File read = OtusHdf5File.read(file);

        assertTrue(read.z().isPresent());
        assertFalse(read.x().isPresent());
        H5DumpOutput dump = Hdf5Tools.dump(file);
        assertTrue(dump.hasDataset("FDL"));
        assertFalse(dump.hasDataset("ROL"));
    }

    @Test
    void xOnlyFileHasNoFdlDataset() throws Exception {
        Path file = dir.resolve("x-only.h5");
        new OtusHdf5File("", null, OtusVectors.of(rowsFrom(0, 3), ZEE_COLUMNS, "GeV")).write(file);

        OtusHdf5File read = OtusHdf5File.read(file);

        assertFalse(read.z().isPresent());
        assertEquals(3, read.x().orElseThrow().rows());
        assertEquals("", read.layout());
        H5DumpOutput dump = Hdf5Tools.dump(file);
        assertFalse(dump.hasDataset("FDL"));
        assertEquals(List.of(3L, 8L), dump.dataset("ROL").dimensions());
    }

    @Test
    void contentWithoutDatasetsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OtusHdf5File("Zee", null, null));
        assertTrue(error.getMessage().contains("FDL"), error.getMessage());
        assertTrue(error.getMessage().contains("ROL"), error.getMessage());
    }

    @Test
    void readsChunkedCompressedFileFromH5import() throws Exception {
        double[][] values = rowsFrom(0, 10);
        values[3][2] = -1.0e-300;
        values[9][7] = 12345.678901234567;
        Path file = dir.resolve("authors-style.h5");
        Hdf5Tools.importDoubles(file, "ROL", values, 4);
        assertTrue(Hdf5Tools.dump(file).dataset("ROL").dataspace().contains("( 10, 8 )"));

        OtusHdf5File read = OtusHdf5File.read(file);

        assertFalse(read.z().isPresent());
        assertSameValues(values, read.x().orElseThrow().toArray());
        assertEquals(List.of(), read.x().orElseThrow().columns());
        assertEquals("", read.x().orElseThrow().units());
        assertEquals("", read.layout());
        assertEquals("", read.creator());
    }

    @Test
    void splitPutsLastRowsInTestFile() throws Exception {
        double[][] zValues = rowsFrom(0, 10);
        double[][] xValues = rowsFrom(50, 7);
        OtusHdf5File content = new OtusHdf5File("Zee", OtusVectors.of(zValues, ZEE_COLUMNS, "GeV"),
                OtusVectors.of(xValues, ZEE_COLUMNS, "GeV"));

        TrainTestSplit<Path> written = content.writeSplit(dir.resolve("zee.h5"), 3);

        assertEquals(dir.resolve("zee-train.h5"), written.train());
        assertEquals(dir.resolve("zee-test.h5"), written.test());
        assertEquals(List.of("zee-test.h5", "zee-train.h5"), Hdf5Tools.fileNames(dir));

        H5DumpOutput train = Hdf5Tools.dump(written.train());
        H5DumpOutput test = Hdf5Tools.dump(written.test());
        assertEquals(List.of(7L, 8L), train.dataset("FDL").dimensions());
        assertEquals(List.of(3L, 8L), test.dataset("FDL").dimensions());
        assertEquals(List.of(4L, 8L), train.dataset("ROL").dimensions());
        assertEquals(List.of(3L, 8L), test.dataset("ROL").dimensions());
        // The first test row of FDL is event 7 (value 7 * 10 + 0 + 0.25), that of ROL event 50 + 4.
        assertEquals(70.25, test.dataset("FDL").numbers().get(0), 0.0);
        assertEquals(540.25, test.dataset("ROL").numbers().get(0), 0.0);
        assertEquals(List.of("Zee"), test.rootGroup().attribute("layout").strings());

        OtusHdf5File trainRead = OtusHdf5File.read(written.train());
        OtusHdf5File testRead = OtusHdf5File.read(written.test());
        assertSameValues(rowsFrom(0, 7), trainRead.z().orElseThrow().toArray());
        assertSameValues(rowsFrom(7, 3), testRead.z().orElseThrow().toArray());
        assertSameValues(rowsFrom(50, 4), trainRead.x().orElseThrow().toArray());
        assertSameValues(rowsFrom(54, 3), testRead.x().orElseThrow().toArray());
        assertEquals(ZEE_COLUMNS, testRead.x().orElseThrow().columns());
    }

    @Test
    void splitNeedsRowsLeftForTraining() {
        OtusHdf5File content = new OtusHdf5File("Zee", OtusVectors.of(rowsFrom(0, 10), ZEE_COLUMNS, "GeV"),
                OtusVectors.of(rowsFrom(0, 5), ZEE_COLUMNS, "GeV"));

        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> content.split(5));
        assertTrue(tooMany.getMessage().contains("dataset ROL of 5 rows"), tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> content.split(0));
        assertEquals(1, content.split(4).train().x().orElseThrow().rows());
    }

    @Test
    void failedSplitLeavesNoFiles() throws IOException {
        OtusHdf5File content = new OtusHdf5File("Zee", OtusVectors.of(rowsFrom(0, 3), ZEE_COLUMNS, "GeV"), null);

        assertThrows(IllegalArgumentException.class, () -> content.writeSplit(dir.resolve("zee.h5"), 3));

        assertEquals(List.of(), Hdf5Tools.fileNames(dir));
    }

    @Test
    void trainTestPathsKeepExtension() {
        assertEquals(new TrainTestSplit<>(Path.of("out/zee-train.h5"), Path.of("out/zee-test.h5")),
                OtusHdf5File.trainTestPaths(Path.of("out/zee.h5")));
        assertEquals(new TrainTestSplit<>(Path.of("zee-train.hdf5"), Path.of("zee-test.hdf5")),
                OtusHdf5File.trainTestPaths(Path.of("zee.hdf5")));
        assertEquals(new TrainTestSplit<>(Path.of("zee-train.h5"), Path.of("zee-test.h5")),
                OtusHdf5File.trainTestPaths(Path.of("zee")));
        assertEquals(new TrainTestSplit<>(Path.of("data.v2-train.h5"), Path.of("data.v2-test.h5")),
                OtusHdf5File.trainTestPaths(Path.of("data.v2.h5")));
    }

    @Test
    void writeReplacesFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("zee.h5");
        Files.writeString(file, "an older file");

        new OtusHdf5File("Zee", OtusVectors.of(rowsFrom(0, 2), ZEE_COLUMNS, "GeV"), null).write(file);

        assertEquals(List.of("zee.h5"), Hdf5Tools.fileNames(dir));
        assertEquals(2, OtusHdf5File.read(file).z().orElseThrow().rows());
    }

    @Test
    void writtenFileHasUsualPermissions() throws IOException {
        Path file = dir.resolve("zee.h5");
        Path reference = Files.createFile(dir.resolve("reference"));

        new OtusHdf5File("Zee", OtusVectors.of(rowsFrom(0, 2), ZEE_COLUMNS, "GeV"), null).write(file);

        // Both files get the process umask, so a file others may read stays readable to them.
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
    }

    @Test
    void writeCreatesMissingDirectories() throws IOException {
        Path file = dir.resolve("a/b/zee.h5");

        new OtusHdf5File("Zee", OtusVectors.of(rowsFrom(0, 2), ZEE_COLUMNS, "GeV"), null).write(file);

        assertEquals(List.of("zee.h5"), Hdf5Tools.fileNames(dir.resolve("a/b")));
    }

    @Test
    void emptyDatasetRejectedBeforeWriting() throws IOException {
        Path file = dir.resolve("zee.h5");
        OtusVectors none = OtusVectors.of(new double[0][], ZEE_COLUMNS, "GeV");
        assertEquals(8, none.dimension());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OtusHdf5File("Zee", none, null).write(file));

        assertTrue(error.getMessage().contains("dataset FDL"), error.getMessage());
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertEquals(List.of(), Hdf5Tools.fileNames(dir));
    }
}
