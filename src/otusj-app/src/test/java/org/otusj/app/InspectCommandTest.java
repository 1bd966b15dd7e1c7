package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.TestPaths;
import org.otusj.io.hdf5.OtusHdf5File;
import org.otusj.io.hdf5.OtusVectors;

/**
 * {@code otusj inspect} on the example files, whose expected values were read from the files' text by
 * hand, and on HDF5 files written here.
 */
class InspectCommandTest {

    private static final Path POWHEG = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
    private static final Path MADGRAPH = TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz");
    private static final Path PP2TT = TestPaths.sharedFile("lhe/hep-ml-lab_pp2tt_run_01_unweighted_events.lhe.gz");
    private static final Path ROOT_SIMPLE = TestPaths.sharedFile("root/uproot-simple.root");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> stdoutLines() {
        return stdout().lines().map(String::strip).toList();
    }

    private void assertLine(String expected) {
        assertTrue(stdoutLines().contains(expected), "line '" + expected + "' missing from:\n" + stdout());
    }

    @Test
    void lhePowhegShowsInitBlockAndEventCount() {
        assertEquals(0, Main.execute("inspect", POWHEG.toString()), stderr());

        // <LesHouchesEvents version="3.0">; <init> line 1: 2212 2212 4.00000E+03 4.00000E+03 -1 -1 -1 -1 -4 1;
        // line 2: 1.20536E+03 1.73235E+00 1.00000E+00 10011; 100 <event> blocks.
        assertLine(POWHEG + ": Les Houches Event file, LHEF 3.0, plain text");
        assertLine("beam 1: PDG id 2212, 4000 GeV");
        assertLine("beam 2: PDG id 2212, 4000 GeV");
        assertLine("sqrt(s): 8000 GeV");
        assertLine("PDF author groups (PDFGUP): -1, -1");
        assertLine("PDF sets (PDFSUP): -1, -1");
        assertLine("weight strategy (IDWTUP): -4");
        assertLine("processes (NPRUP = 1):");
        assertLine("LPRUP 10011: cross section 1205.36 +- 1.73235 pb, maximum weight 1");
        assertLine("weight definitions (<initrwgt>): 0");
        assertLine("events: 100");
        assertEquals("", stderr());
    }

    @Test
    void lheGzipMadgraphCountsAllEvents() {
        assertEquals(0, Main.execute("inspect", MADGRAPH.toString()), stderr());

        // LHEF 1.0, beams of 3500 GeV, PDF set 10800, IDWTUP 3, three processes, 10,000 <event> blocks.
        assertLine(MADGRAPH + ": Les Houches Event file, LHEF 1.0, gzip-compressed");
        assertLine("beam 1: PDG id 2212, 3500 GeV");
        assertLine("sqrt(s): 7000 GeV");
        assertLine("PDF sets (PDFSUP): 10800, 10800");
        assertLine("weight strategy (IDWTUP): 3");
        assertLine("processes (NPRUP = 3):");
        assertLine("LPRUP 3: cross section 607.33273992 +- 1.4435748608 pb, maximum weight 0.37513");
        assertLine("LPRUP 1: cross section 2064.9062749 +- 4.9080950071 pb, maximum weight 0.37513");
        assertLine("events: 10000");
    }

    @Test
    void lheWeightGroupsShortenedUnlessAllRequested() {
        assertEquals(0, Main.execute("inspect", PP2TT.toString()), stderr());

        // 145 <weight> elements in <initrwgt>: ids 1 to 145, the last being "PDF=247000 MemberID=100".
        assertLine("weight definitions (<initrwgt>): 145");
        assertLine("group \"Central scale variation\":");
        assertLine("1: MUR=0.5 MUF=0.5");
        assertTrue(stdout().contains("more (--all-weights lists them)"), stdout());
        assertTrue(!stdoutLines().contains("145: PDF=247000 MemberID=100"), stdout());
        assertLine("LPRUP 1: cross section 503.647 +- 2.824566 pb, maximum weight 503.647");
        assertLine("events: 100");

        out.reset();
        assertEquals(0, Main.execute("inspect", "--all-weights", PP2TT.toString()), stderr());

        assertLine("145: PDF=247000 MemberID=100");
        assertTrue(!stdout().contains("more (--all-weights lists them)"), stdout());
    }

    @Test
    void hdf5ShowsDatasetsShapesTypesAndAttributes() throws IOException {
        double[][] z = new double[3][8];
        double[][] x = new double[5][4];
        Path file = dir.resolve("zee.h5");
        new OtusHdf5File("Zee", "otusj test", OtusVectors.of(z, List.of("a", "b", "c", "d", "e", "f", "g", "h"),
                "GeV"), OtusVectors.of(x, List.of(), "GeV")).write(file);

        assertEquals(0, Main.execute("inspect", file.toString()), stderr());

        assertLine(file + ": HDF5 file, " + Files.size(file) + " bytes");
        assertLine("/  group");
        assertLine("attribute layout: string (4 bytes, UTF-8) = \"Zee\"");
        assertLine("attribute creator: string (11 bytes, UTF-8) = \"otusj test\"");
        assertLine("/FDL  dataset [3, 8] H5T_IEEE_F64LE, contiguous");
        assertLine("attribute columns: string (2 bytes, UTF-8) [8] = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\"]");
        assertLine("attribute units: string (4 bytes, UTF-8) = \"GeV\"");
        assertLine("/ROL  dataset [5, 4] H5T_IEEE_F64LE, contiguous");
    }

    @Test
    void typeFoundFromContentNotName() throws IOException {
        Path lheNamedH5 = Files.copy(POWHEG, dir.resolve("events.h5"));
        Path hdf5NamedLhe = dir.resolve("vectors.lhe");
        new OtusHdf5File("Zee", OtusVectors.of(new double[2][8], List.of(), "GeV"), null).write(hdf5NamedLhe);

        assertEquals(0, Main.execute("inspect", lheNamedH5.toString(), hdf5NamedLhe.toString()), stderr());

        assertTrue(stdout().contains(lheNamedH5 + ": Les Houches Event file"), stdout());
        assertTrue(stdout().contains(hdf5NamedLhe + ": HDF5 file"), stdout());
    }

    @Test
    void rootFileListsTree() {
        assertEquals(0, Main.execute("inspect", ROOT_SIMPLE.toString()), stderr());

        // From the JSROOT reference dump: TTree "tree", title "fake data", 4 entries, branches one, two, three.
        assertTrue(stdout().contains("tree tree;1: 4 entries, 3 branches"), stdout());
        assertTrue(stdout().contains("\"fake data\""), stdout());
        for (String branch : List.of("one", "two", "three")) {
            assertTrue(stdoutLines().stream().anyMatch(line -> line.startsWith(branch + " ")), branch + ":\n" + stdout());
        }
    }

    @Test
    void unknownTypeExitsWithOne() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "neither LHE nor HDF5 nor ROOT\n");

        assertEquals(1, Main.execute("inspect", text.toString()));

        assertTrue(stderr().contains("otusj inspect: " + text + ": unknown file type"), stderr());
        // "neit" in ASCII.
        assertTrue(stderr().contains("first bytes at offset 0 are 6e 65 69 74"), stderr());
    }

    @Test
    void truncatedHdf5ExitsWithOne() throws IOException {
        Path complete = dir.resolve("complete.h5");
        new OtusHdf5File("Zee", OtusVectors.of(new double[100][8], List.of(), "GeV"), null).write(complete);
        byte[] bytes = Files.readAllBytes(complete);
        Path truncated = Files.write(dir.resolve("truncated.h5"), Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals(1, Main.execute("inspect", truncated.toString()));

        assertTrue(stderr().contains("otusj inspect: " + truncated + ": truncated HDF5 file"), stderr());
    }

    @Test
    void invalidLheExitsWithOne() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.lhe"),
                "<LesHouchesEvents version=\"1.0\">\n<init>\n2212 2212 4000 4000 0 0 0 0 3 1\n");

        assertEquals(1, Main.execute("inspect", broken.toString()));

        assertTrue(stderr().contains("otusj inspect: " + broken + ":"), stderr());
    }

    @Test
    void missingFileReportedAndOthersStillShown() {
        Path missing = dir.resolve("absent.lhe");

        assertEquals(1, Main.execute("inspect", missing.toString(), POWHEG.toString()));

        assertTrue(stderr().contains("otusj inspect: " + missing + ": file not found"), stderr());
        assertLine("events: 100");
    }
}
