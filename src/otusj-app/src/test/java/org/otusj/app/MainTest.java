package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.TestPaths;

class MainTest {

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

    @Test
    void processorsListsEveryModule() {
        assertEquals(0, Main.execute("processors"));

        String listing = out.toString(StandardCharsets.UTF_8);
        for (String type : new String[] {"LheReader", "CardDetector", "ParticleHistograms", "OtusSelection", "OtusTrain",
                "OtusFastSim", "OtusClosureReport"}) {
            assertTrue(listing.contains(type + System.lineSeparator()), type + " missing from:\n" + listing);
        }
        assertTrue(listing.contains("RequiredElectrons"), listing);
    }

    @Test
    void helpReachesSubcommands() {
        assertEquals(0, Main.execute("help", "run"));
        assertEquals(0, Main.execute("processors", "--help"));

        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("Usage: otusj run"), help);
        assertTrue(help.contains("Usage: otusj processors"), help);
    }

    @Test
    void invalidSteeringExitsWithTwoAndLine() throws IOException {
        Path lhe = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
        Path steering = Files.writeString(dir.resolve("typo.xml"), """
                <otusj>
                  <execute><processor name="Reader"/><processor name="Detector"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Reader" type="LheReader"/>
                  <processor name="Detector" type="CardDetectr"/>
                </otusj>
                """.formatted(lhe));

        assertEquals(2, Main.execute("run", steering.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(steering + ":5:"), message);
        assertTrue(message.contains("Did you mean 'CardDetector'?"), message);
    }

    @Test
    void failingRunExitsWithOne() throws IOException {
        Path truncated = Files.writeString(dir.resolve("truncated.lhe"),
                "<LesHouchesEvents version=\"1.0\">\n<init>\n2212 2212 4000 4000 0 0 0 0 3 1\n");
        Path steering = Files.writeString(dir.resolve("run.xml"), """
                <otusj>
                  <execute><processor name="Reader"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Reader" type="LheReader"/>
                </otusj>
                """.formatted(truncated));

        assertEquals(1, Main.execute("run", steering.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("truncated.lhe"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void powhegExampleRunsThroughDetector() throws IOException {
        Path lhe = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
        Path card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");
        Path steering = Files.writeString(dir.resolve("ok.xml"), """
                <otusj>
                  <execute><processor name="Reader"/><processor name="Detector"/></execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="OutputDirectory" value="%s"/>
                  </global>
                  <processor name="Reader" type="LheReader"/>
                  <processor name="Detector" type="CardDetector">
                    <parameter name="CardFile" value="%s"/>
                  </processor>
                </otusj>
                """.formatted(lhe, dir.resolve("out"), card));

        assertEquals(0, Main.execute("run", steering.toString()), err.toString(StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        String readerRow = table.lines().filter(line -> line.startsWith("Reader ")).findFirst().orElse("");
        String[] columns = readerRow.trim().split("\\s+");
        // The POWHEG example holds 100 events (100 <event> tags); columns: name, type, events, ...
        assertTrue(columns.length > 2, table);
        assertEquals("100", columns[2], table);
    }
}
