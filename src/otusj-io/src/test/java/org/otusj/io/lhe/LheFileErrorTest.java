package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.TestPaths;

/**
 * Bad input: each test edits a copy of a real file in a temporary folder and checks that the error
 * names the file, the line and the text found there. Line numbers refer to the original POWHEG example
 * ({@code grep -n '' powheg-box-v2-Z.lhe}): line 90 is {@code <init>}, 91 the init line, 92 the process
 * line, 94 the first {@code <event>}, 95 its event line, 96-101 its six particles, 102 a {@code #rwgt}
 * comment and 103 {@code </event>}.
 */
class LheFileErrorTest {

    private static final Path POWHEG = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
    private static final Path MADGRAPH = TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz");
    private static final Path WBJ = TestPaths.sharedFile("lhe/skhep-testdata_pylhe-testfile-madgraph-2.0.0-wbj.lhe");

    @TempDir
    Path tempDir;

    /** Writes a copy of {@code source} named {@code name}, with its lines (index 0 = line 1) edited. */
    private Path editedCopy(Path source, String name, Consumer<List<String>> edit) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.UTF_8));
        edit.accept(lines);
        Path copy = tempDir.resolve(name);
        Files.write(copy, lines, StandardCharsets.UTF_8);
        return copy;
    }

    /** Line {@code number} (1-based) of the unedited POWHEG example. */
    private static String powhegLine(int number) throws IOException {
        return Files.readAllLines(POWHEG, StandardCharsets.UTF_8).get(number - 1);
    }

    /** Reads every event of {@code path}. */
    private static long readAll(Path path) throws IOException {
        try (LheFile file = LheFile.open(path)) {
            while (file.next() != null) {
                assertTrue(file.eventsRead() > 0);
            }
            return file.eventsRead();
        }
    }

    private static LheFormatException assertFormatError(Path path) {
        return assertThrows(LheFormatException.class, () -> readAll(path));
    }

    /** Checks the location and quoted text of an error, and that the message explains the problem. */
    private static void assertLocated(LheFormatException error, Path path, long line, String text,
            String explanation) {
        String message = error.getMessage();
        assertTrue(message.startsWith(path + ":" + line + ": "), message);
        assertTrue(message.contains("'" + text + "'"), message);
        assertTrue(message.contains(explanation), message);
        assertEquals(path, error.file());
        assertEquals(line, error.lineNumber());
        assertEquals(text, error.offendingText());
    }

    @Test
    void plainTextIsNotLhe() throws IOException {
        Path path = tempDir.resolve("notes.lhe");
        Files.writeString(path, "\nThis is a shopping list.\n<LesHouchesEvents version=\"1.0\">\n");

        assertLocated(assertFormatError(path), path, 2, "This is a shopping list.",
                "not an LHE file: expected <LesHouchesEvents version=\"...\">");
    }

    @Test
    void emptyFileIsNotLhe() throws IOException {
        Path path = tempDir.resolve("empty.lhe");
        Files.writeString(path, "");

        assertLocated(assertFormatError(path), path, 1, "", "not an LHE file");
    }

    @Test
    void binaryFileIsNotLhe() throws IOException {
        Path path = tempDir.resolve("binary.lhe");
        Files.write(path, new byte[] {'r', 'o', 'o', 't', 0, 1, 2, '\n'});

        LheFormatException error = assertFormatError(path);
        assertEquals("root\u0000\u0001\u0002", error.offendingText());
        // Control characters are escaped in the message.
        assertTrue(error.getMessage().startsWith(path + ":1: not an LHE file"), error.getMessage());
        assertTrue(error.getMessage().endsWith("line: 'root\\u0000\\u0001\\u0002'"), error.getMessage());
    }

    @Test
    void xmlDeclarationAndCommentBeforeRootAccepted() throws IOException {
        Path path = editedCopy(POWHEG, "declared.lhe", lines -> {
            lines.add(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            lines.add(1, "<!-- written by a test,");
            lines.add(2, "   over two lines -->");
        });

        assertEquals(100, readAll(path));
    }

    @Test
    void missingInitBlock() throws IOException {
        // Lines 90-93 hold <init> ... </init>; without them line 94, <event>, becomes line 90.
        Path path = editedCopy(POWHEG, "no-init.lhe", lines -> lines.subList(89, 93).clear());

        assertLocated(assertFormatError(path), path, 90, "<event>", "missing <init> block");
    }

    @Test
    void missingInitBeforeEndOfFile() throws IOException {
        Path path = editedCopy(POWHEG, "header-only.lhe", lines -> lines.subList(89, lines.size()).clear());

        // Line 89 is "-->", the last line left.
        assertLocated(assertFormatError(path), path, 89, "-->", "missing <init> block");
    }

    @Test
    void initLineWithTooFewFields() throws IOException {
        String shortened = "     2212     2212  4.00000E+03  4.00000E+03     -1     -1     -1     -1     -4";
        Path path = editedCopy(POWHEG, "init-fields.lhe", lines -> lines.set(90, shortened));

        assertLocated(assertFormatError(path), path, 91, shortened,
                "expected 10 fields (IDBMUP(1) IDBMUP(2) EBMUP(1) EBMUP(2) PDFGUP(1) PDFGUP(2) PDFSUP(1) PDFSUP(2) "
                + "IDWTUP NPRUP), found 9");
    }

    @Test
    void initLineWithInvalidEnergy() throws IOException {
        String garbled = powhegLine(91).replaceFirst("4.00000E\\+03", "4.0000OE+03");
        Path path = editedCopy(POWHEG, "init-energy.lhe", lines -> lines.set(90, garbled));

        assertLocated(assertFormatError(path), path, 91, garbled,
                "invalid EBMUP(1) (field 3 of 10): expected a floating-point number, found '4.0000OE+03'");
    }

    @Test
    void initWithTooFewProcessLines() throws IOException {
        // NPRUP 1 -> 2 on line 91, so line 93, </init>, comes where the second process line should be.
        Path path = editedCopy(POWHEG, "init-nprup.lhe", lines -> lines.set(90, lines.get(90).replaceFirst("1$", "2")));

        assertLocated(assertFormatError(path), path, 93, "</init>", "NPRUP is 2, but only 1 process lines");
    }

    @Test
    void initWithMoreProcessLinesThanNprup() throws IOException {
        String extra = "  2.00000E+01  1.00000E+00  1.00000E+00  10012";
        Path path = editedCopy(POWHEG, "init-extra.lhe", lines -> lines.add(92, extra));

        assertLocated(assertFormatError(path), path, 93, extra, "NPRUP is 1, but another process line");
    }

    @Test
    void unclosedInitBlock() throws IOException {
        Path path = editedCopy(POWHEG, "init-unclosed.lhe", lines -> lines.remove(92));

        // Without line 93, </init>, the first <event> moves up to line 93.
        assertLocated(assertFormatError(path), path, 93, "<event>", "expected </init> before the first event");
    }

    @Test
    void particleLineWithTooFewFields() throws IOException {
        // Line 98, the Z boson, loses its SPINUP column.
        String shortened = powhegLine(98).substring(0, powhegLine(98).lastIndexOf(' '));
        Path path = editedCopy(POWHEG, "particle-fields.lhe", lines -> lines.set(97, shortened));

        assertLocated(assertFormatError(path), path, 98, shortened,
                "invalid particle line 3 of 6: expected 13 fields (IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PX PY "
                + "PZ E M VTIMUP SPINUP), found 12");
    }

    @Test
    void particleLineWithInvalidMomentum() throws IOException {
        String garbled = powhegLine(98).replace("1.694595565E+02", "1.69459x565E+02");
        Path path = editedCopy(POWHEG, "particle-pz.lhe", lines -> lines.set(97, garbled));

        assertLocated(assertFormatError(path), path, 98, garbled,
                "invalid PZ (field 9 of 13): expected a floating-point number, found '1.69459x565E+02'");
    }

    @Test
    void particleLineWithInvalidPdgId() throws IOException {
        String garbled = powhegLine(98).replaceFirst("23", "2.3");
        Path path = editedCopy(POWHEG, "particle-id.lhe", lines -> lines.set(97, garbled));

        assertLocated(assertFormatError(path), path, 98, garbled,
                "invalid IDUP (field 1 of 13): expected an integer, found '2.3'");
    }

    @Test
    void eventLineWithTooFewFields() throws IOException {
        String shortened = "      6  10011  1.22355E+03  1.54156E+01 -1.00000E+00";
        Path path = editedCopy(POWHEG, "event-fields.lhe", lines -> lines.set(94, shortened));

        assertLocated(assertFormatError(path), path, 95, shortened,
                "invalid event line: expected 6 fields (NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP), found 5");
    }

    @Test
    void nupLargerThanParticleLines() throws IOException {
        // NUP 6 -> 7 on line 95: the #rwgt comment on line 102 comes where the seventh particle should be.
        Path path = editedCopy(POWHEG, "nup-large.lhe", lines -> lines.set(94, lines.get(94).replaceFirst("6", "7")));

        assertLocated(assertFormatError(path), path, 102, powhegLine(102),
                "declares NUP = 7 particles, but only 6 particle lines come before this line");
    }

    @Test
    void nupSmallerThanParticleLines() throws IOException {
        // NUP 6 -> 5 on line 95: the sixth particle line, line 101, is left over.
        Path path = editedCopy(POWHEG, "nup-small.lhe", lines -> lines.set(94, lines.get(94).replaceFirst("6", "5")));

        assertLocated(assertFormatError(path), path, 101, powhegLine(101),
                "declares NUP = 5 particles, but another particle line follows them");
    }

    @Test
    void missingEventEndTag() throws IOException {
        // Without line 103, </event>, the second <event> moves up to line 103.
        Path path = editedCopy(POWHEG, "no-event-end.lhe", lines -> lines.remove(102));

        assertLocated(assertFormatError(path), path, 103, "<event>", "expected </event> before the next <event>");
    }

    @Test
    void truncatedInsideEvent() throws IOException {
        // The file stops after line 98, the third particle of the first event.
        Path path = editedCopy(POWHEG, "truncated.lhe", lines -> lines.subList(98, lines.size()).clear());

        assertLocated(assertFormatError(path), path, 98, powhegLine(98),
                "truncated file: it ends inside the <event> block that starts at line 94; expected </event>");
    }

    @Test
    void truncatedInsideLastLine() throws IOException {
        // The file stops in the middle of line 98, so the last line has too few fields.
        String original = Files.readString(POWHEG, StandardCharsets.UTF_8);
        int cut = original.indexOf(powhegLine(98)) + 40;
        Path path = tempDir.resolve("cut-line.lhe");
        Files.writeString(path, original.substring(0, cut), StandardCharsets.UTF_8);

        assertLocated(assertFormatError(path), path, 98, powhegLine(98).substring(0, 40), "expected 13 fields");
    }

    @Test
    void truncatedGzipStream() throws IOException {
        // Lines 1-98 compressed and flushed, but the gzip stream is never finished: no final block, no trailer.
        List<String> lines = Files.readAllLines(POWHEG, StandardCharsets.UTF_8).subList(0, 98);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream gzip = new GZIPOutputStream(bytes, true);
        gzip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        gzip.flush();
        Path path = tempDir.resolve("truncated.lhe.gz");
        Files.write(path, bytes.toByteArray());

        LheFormatException error = assertFormatError(path);
        assertLocated(error, path, 98, powhegLine(98), "gzip stream is truncated or corrupt after this line");
        assertInstanceOf(java.io.EOFException.class, error.getCause());
    }

    @Test
    void truncatedMadGraphGzipFile() throws IOException {
        byte[] whole = Files.readAllBytes(MADGRAPH);
        Path path = tempDir.resolve("madgraph-half.lhe.gz");
        Files.write(path, Arrays.copyOf(whole, whole.length / 2));

        LheFormatException error = assertFormatError(path);
        assertTrue(error.getMessage().startsWith(path + ":"), error.getMessage());
        assertTrue(error.getMessage().contains("gzip stream is truncated or corrupt after this line"),
                error.getMessage());
        // Half of the compressed bytes hold far more than the 492 lines before the first event.
        assertTrue(error.lineNumber() > 492, error.getMessage());
    }

    @Test
    void missingEndTagAfterCompleteEventsIsWarning() throws IOException {
        // Lines 1094 (</LesHouchesEvents>) and 1095 removed: all 100 events are complete.
        Path path = editedCopy(POWHEG, "no-end-tag.lhe", lines -> lines.subList(1093, lines.size()).clear());

        try (LheFile file = LheFile.open(path)) {
            long count = 0;
            while (file.next() != null) {
                count++;
            }
            assertEquals(100, count);
            assertFalse(file.endTagFound());
        }
    }

    @Test
    void concatenatedFilesStopAtFirstEndTag() throws IOException {
        Path path = tempDir.resolve("concatenated.lhe");
        Files.write(path, Files.readAllBytes(POWHEG));
        Files.write(path, Files.readAllBytes(POWHEG), java.nio.file.StandardOpenOption.APPEND);

        try (LheFile file = LheFile.open(path)) {
            long count = 0;
            while (file.next() != null) {
                count++;
            }
            // A warning is logged; the 100 events after the second <LesHouchesEvents> are not read.
            assertEquals(100, count);
            assertTrue(file.endTagFound());
            // The check for more content stops at line 1096, line 1 of the second copy.
            assertEquals(1096, file.lineNumber());
        }
    }

    @Test
    void textBetweenEvents() throws IOException {
        String stray = "       1     1     1     2   511     0  1.0  2.0  3.0  4.0  0.0  0.0  9.0";
        Path path = editedCopy(POWHEG, "stray.lhe", lines -> lines.add(103, stray));

        assertLocated(assertFormatError(path), path, 104, stray,
                "unexpected text between events: expected <event> or </LesHouchesEvents>");
    }

    @Test
    void rwgtWeightWithInvalidValue() throws IOException {
        // Line 324 of the wbj file: <wgt id="1002"> 0.45746E+02 </wgt>
        String garbled = "   <wgt id=\"1002\"> 0.45746F+02 </wgt>";
        Path path = editedCopy(WBJ, "wbj-wgt.lhe", lines -> lines.set(323, garbled));

        assertLocated(assertFormatError(path), path, 324, garbled,
                "invalid value of <wgt id=\"1002\">: expected a floating-point number, found '0.45746F+02'");
    }

    @Test
    void rwgtWeightWithoutId() throws IOException {
        String garbled = "   <wgt> 0.45746E+02 </wgt>";
        Path path = editedCopy(WBJ, "wbj-wgt-id.lhe", lines -> lines.set(323, garbled));

        assertLocated(assertFormatError(path), path, 324, garbled, "invalid <wgt> element: expected an id attribute");
    }

    @Test
    void unclosedRwgtBlock() throws IOException {
        // Line 332 of the wbj file is </rwgt>; without it line 333 (<weights>) ... 335 (</event>) move up.
        Path path = editedCopy(WBJ, "wbj-rwgt.lhe", lines -> lines.remove(331));

        assertLocated(assertFormatError(path), path, 334, "  </event>",
                "unclosed element at line 322 in the <event> block (opened at line 310): expected </rwgt> before "
                + "</event>");
    }

    @Test
    void weightsElementWithInvalidValue() throws IOException {
        // Line 333 of the wbj file: <weights> 1.000e+00 0.204e+00 1.564e+00 </weights>
        String garbled = "  <weights> 1.000e+00 0.204e+00 one </weights>";
        Path path = editedCopy(WBJ, "wbj-weights.lhe", lines -> lines.set(332, garbled));

        assertLocated(assertFormatError(path), path, 333, garbled,
                "invalid value 3 of <weights>: expected a floating-point number, found 'one'");
    }

    @Test
    void headerWeightWithoutId() throws IOException {
        // Line 291 of the wbj file: <weight id="1001"> muR=0.10000E+01 muF=0.10000E+01 </weight>
        String garbled = "      <weight> muR=0.10000E+01 muF=0.10000E+01 </weight>";
        Path path = editedCopy(WBJ, "wbj-weight-id.lhe", lines -> lines.set(290, garbled));

        assertLocated(assertFormatError(path), path, 291, garbled,
                "invalid <weight> element: expected the id attribute");
    }

    @Test
    void unclosedHeader() throws IOException {
        // Line 302 of the wbj file is </header>; the <header> tag is on line 2.
        Path path = editedCopy(WBJ, "wbj-header.lhe", lines -> lines.remove(301));

        String headerLine = Files.readAllLines(WBJ, StandardCharsets.UTF_8).get(1);
        assertLocated(assertFormatError(path), path, 2, headerLine, "unclosed <header> block: expected </header>");
    }

    @Test
    void headerEntitiesNotExpanded() throws IOException {
        Path secret = tempDir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        String doctype = "<!DOCTYPE header [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>";
        // Lines 2 and 3 of the wbj file are <header> and the first header line.
        Path path = editedCopy(WBJ, "wbj-entity.lhe", lines -> {
            lines.add(2, doctype);
            lines.add(3, "<note>&leak;</note>");
        });

        try (LheFile file = LheFile.open(path)) {
            String header = file.init().header();
            assertTrue(header.contains(doctype), header.substring(0, 200));
            assertTrue(header.contains("<note>&leak;</note>"));
            assertFalse(header.contains("SECRET-CONTENT"));
        }
        assertEquals(59, readAll(path));
    }

    @Test
    void missingFileNotFound() throws IOException {
        Path path = tempDir.resolve("missing.lhe");

        assertThrows(java.nio.file.NoSuchFileException.class, () -> LheFile.open(path));
    }

    @Test
    void invalidGzipHeader() throws IOException {
        Path path = tempDir.resolve("bad-header.lhe.gz");
        Files.write(path, new byte[] {0x1f, (byte) 0x8b, 99, 0});

        LheFormatException error = assertFormatError(path);
        assertTrue(error.getMessage().startsWith(path + ":1: invalid gzip header"), error.getMessage());
    }

    @Test
    void gzipRecognisedByContentNotName() throws IOException {
        Path gzippedWithPlainName = tempDir.resolve("powheg-compressed.lhe");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzippedWithPlainName))) {
            Files.copy(POWHEG, out);
        }
        Path plainWithGzipName = tempDir.resolve("powheg-plain.lhe.gz");
        Files.copy(POWHEG, plainWithGzipName);

        assertEquals(100, readAll(gzippedWithPlainName));
        assertEquals(100, readAll(plainWithGzipName));
        try (LheFile file = LheFile.open(gzippedWithPlainName)) {
            assertTrue(file.isGzipped());
        }
        try (LheFile file = LheFile.open(plainWithGzipName)) {
            assertFalse(file.isGzipped());
        }
    }

    @Test
    void madGraphGzipMatchesItsDecompressedText() throws IOException {
        Path plain = tempDir.resolve("madgraph.lhe");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(MADGRAPH))) {
            Files.copy(in, plain);
        }

        try (LheFile compressed = LheFile.open(MADGRAPH); LheFile text = LheFile.open(plain)) {
            assertEquals(compressed.init(), text.init());
            for (LheEvent expected = text.next(); expected != null; expected = text.next()) {
                assertEquals(expected, compressed.next());
            }
            assertEquals(null, compressed.next());
            assertEquals(10000, text.eventsRead());
        }
    }

    @Test
    void windowsLineEndingsAndFortranExponent() throws IOException {
        // CRLF line ends, and line 91 with Fortran's D exponent: 4.00000D+03
        List<String> lines = new ArrayList<>(Files.readAllLines(POWHEG, StandardCharsets.UTF_8));
        lines.set(90, lines.get(90).replace("4.00000E+03", "4.00000D+03"));
        Path path = tempDir.resolve("crlf.lhe");
        Files.writeString(path, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

        try (LheFile file = LheFile.open(path)) {
            assertEquals(4000.0, file.init().beamEnergy1());
            assertEquals(4000.0, file.init().beamEnergy2());
            LheEvent first = file.next();
            // line 102: the #rwgt comment without the carriage return
            assertEquals(powhegLine(102), first.info().extra());
            // line 96, last column: 9.000E+00
            assertEquals(9.0, first.particles().get(0).spin());
        }
        assertEquals(100, readAll(path));
    }
}
