package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.steering.SteeringFile;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;

class RunOptionsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    /** Reader, detector and histograms on the 100-event POWHEG example, output under ${out}. */
    private Path steering() throws IOException {
        Path lhe = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
        Path card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");
        return Files.writeString(dir.resolve("chain.xml"), """
                <otusj>
                  <constants>
                    <constant name="out" value="%s"/>
                    <constant name="card" value="%s"/>
                  </constants>
                  <execute>
                    <processor name="Reader"/><processor name="Detector"/><processor name="Histograms"/>
                  </execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="OutputDirectory" value="${out}"/>
                    <parameter name="BatchSize" value="16"/>
                  </global>
                  <processor name="Reader" type="LheReader"/>
                  <processor name="Detector" type="CardDetector"><parameter name="CardFile" value="${card}"/></processor>
                  <processor name="Histograms" type="ParticleHistograms">
                    <parameter name="Collections" value="Electrons MCParticles"/>
                  </processor>
                </otusj>
                """.formatted(dir.resolve("out"), card, lhe));
    }

    private static String readerEvents(String table) {
        String row = table.lines().filter(line -> line.startsWith("Reader ")).findFirst().orElse("");
        String[] columns = row.trim().split("\\s+");
        return columns.length > 2 ? columns[2] : "missing in:\n" + table;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    @Test
    void globalOverrideAndConstantApply() throws IOException {
        Path out = dir.resolve("elsewhere");
        int status = Main.execute("run", steering().toString(), "--global.MaxEvents=10", "--constant.out=" + out,
                "--Histograms.OutputFile=h.aida.gz");

        assertEquals(0, status, output.err());
        assertEquals("10", readerEvents(output.out()));
        assertTrue(Files.isRegularFile(out.resolve("h.aida.gz")), output.err());
    }

    @Test
    void misspeltOverrideTargetExitsTwo() throws IOException {
        int status = Main.execute("run", steering().toString(), "--Histogram.OutputFile=h.aida.gz");

        assertEquals(2, status);
        assertTrue(output.err().contains("command-line option --Histogram.OutputFile=h.aida.gz: no processor or group"
                + " named 'Histogram'"), output.err());
        assertTrue(output.err().contains("Did you mean 'Histograms'?"), output.err());
    }

    @Test
    void misspeltOverrideParameterExitsTwo() throws IOException {
        int status = Main.execute("run", steering().toString(), "--Detector.CardFil=x.tcl");

        assertEquals(2, status);
        assertTrue(output.err().contains("unknown parameter 'CardFil'"), output.err());
        assertTrue(output.err().contains("Did you mean 'CardFile'?"), output.err());
    }

    @Test
    void optionOfNoKnownFormExitsTwo() throws IOException {
        assertEquals(2, Main.execute("run", steering().toString(), "--verbose"));
        assertTrue(output.err().contains("unknown option '--verbose'"), output.err());
    }

    @Test
    void conflictingShardExitsTwo() throws IOException {
        assertEquals(2, Main.execute("run", steering().toString(), "--shard", "1/2", "--global.Shard=0/2"));
        assertTrue(output.err().contains("--shard 1/2 conflicts with --global.Shard=0/2"), output.err());

        output.reset();
        assertEquals(0, Main.execute("run", "--dry-run", steering().toString(), "--shard", "1/2", "--global.Shard=1/2"),
                output.err());
    }

    @Test
    void invalidShardExitsTwo() throws IOException {
        assertEquals(2, Main.execute("run", steering().toString(), "--shard", "2/2"));
        assertTrue(output.err().contains("invalid shard 2/2"), output.err());
    }

    @Test
    void dryRunChecksWithoutRunning() throws IOException {
        int status = Main.execute("run", "--dry-run", steering().toString());

        assertEquals(0, status, output.err());
        assertTrue(output.out().contains("Reader (LheReader)"), output.out());
        assertTrue(output.out().contains("Histograms (ParticleHistograms)"), output.out());
        assertTrue(output.out().contains("OK, no event was read"), output.out());
        assertFalse(Files.exists(dir.resolve("out/histograms.aida.gz")), "a dry run must not write outputs");
    }

    @Test
    void dryRunReportsInvalidSteering() throws IOException {
        Path steering = steering();
        Files.writeString(steering, Files.readString(steering).replace("ParticleHistograms", "ParticleHistogram"));

        assertEquals(2, Main.execute("run", "--dry-run", steering.toString()));
        assertTrue(output.err().contains("Did you mean 'ParticleHistograms'?"), output.err());
    }

    /**
     * Runs {@code otusj run} on a shipped Z steering file with its input file and detector cards given as
     * absolute paths, because the tests do not run from the repository root, and with {@code options}.
     */
    private static int runShipped(String file, boolean dryRun, String... options) throws IOException {
        String card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl").toString();
        List<String> arguments = new ArrayList<>(List.of("run", TestPaths.repositoryFile(file).toString(),
                "--global.InputFiles=" + TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz"),
                "--Detector.CardFile=" + card));
        if (file.endsWith("closure.xml")) {
            arguments.add("--DetectorReplica.CardFile=" + card);
        }
        if (dryRun) {
            arguments.add("--dry-run");
        }
        arguments.addAll(List.of(options));
        return Main.execute(arguments.toArray(new String[0]));
    }

    @Test
    void dryRunListsEveryInvalidTrainingSetting() throws IOException {
        // Conditional noise does not fit the per-object response of the shipped job, on either side.
        int status = runShipped("steering/zee-train.xml", true, "--Trainer.EncoderNoise=conditional",
                "--Trainer.DecoderNoise=CONDITIONAL", "--Trainer.FineTuneEpochs=-1", "--Trainer.MassSliceGroups=0");

        assertEquals(2, status);
        String message = output.err();
        assertTrue(message.contains("encoder (EncoderArchitecture, EncoderNoise)"), message);
        assertTrue(message.contains("decoder (DecoderArchitecture, DecoderNoise)"), message);
        assertTrue(message.contains("phase fine-tune: epochs must not be negative, found -1"), message);
        assertTrue(message.contains("MassSliceGroups must be at least 1, found 0"), message);
    }

    @Test
    void dryRunChecksClosureBootstrap() throws IOException {
        int status = runShipped("steering/zee-closure.xml", true, "--Closure.BootstrapReplicas=1",
                "--Closure.BootstrapSlices=2000");

        assertEquals(2, status);
        String message = output.err();
        assertTrue(message.contains("BootstrapReplicas must be 0 (no intervals) or at least 10, found 1"), message);
        assertTrue(message.contains("BootstrapSlices must be between 1 and Slices (1000), found 2000"), message);
    }

    @Test
    void invalidSettingStopsRunBeforeStart() throws IOException {
        int status = runShipped("steering/zee-train.xml", false, "--global.OutputDirectory=" + dir.resolve("out"),
                "--Trainer.FineTuneEpochs=-1");

        assertEquals(2, status);
        assertTrue(output.err().contains("invalid settings in"), output.err());
        assertTrue(output.err().contains("phase fine-tune: epochs must not be negative, found -1"), output.err());
        assertFalse(Files.exists(dir.resolve("out")), "no processor may start, so nothing is written");
    }

    @Test
    void dumpWritesResolvedFileAndRunsNothing() throws IOException {
        Path dumped = dir.resolve("resolved.xml");
        int status = Main.execute("run", steering().toString(), "--dump", dumped.toString(), "--threads", "2",
                "--Detector.RequiredElectrons=1");

        assertEquals(0, status, output.err());
        assertFalse(Files.exists(dir.resolve("out")), "--dump must not run the chain");
        String text = Files.readString(dumped);
        assertFalse(text.contains("${"), text);
        SteeringFile reparsed = new SteeringParser().parse(dumped);
        assertEquals(dir.resolve("out").toString(), value(reparsed.globals(), "OutputDirectory"));
        assertEquals("2", value(reparsed.globals(), "Threads"));
        assertEquals("1", value(reparsed.processors().get("Detector").parameters(), "RequiredElectrons"));
    }

    private static String value(java.util.List<org.otusj.core.steering.SteeringParameter> parameters, String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void dumpToStandardOutput() throws IOException {
        assertEquals(0, Main.execute("run", "--dump", "-", steering().toString()), output.err());
        assertTrue(output.out().startsWith("<?xml"), output.out());
        assertTrue(output.out().contains("<parameter name=\"OutputDirectory\" value=\"" + dir.resolve("out") + "\"/>"),
                output.out());
    }

    @Test
    void threadsGiveSameHistograms() throws IOException {
        Path steering = steering();
        assertEquals(0, Main.execute("run", steering.toString(), "--constant.out=" + dir.resolve("one")), output.err());
        assertEquals(0, Main.execute("run", steering.toString(), "--constant.out=" + dir.resolve("three"),
                "--threads", "3"), output.err());

        assertArrayEquals(gunzip(dir.resolve("one/histograms.aida.gz")), gunzip(dir.resolve("three/histograms.aida.gz")));
    }

    @Test
    void plotsExampleRunsWithConditions() throws IOException {
        Path example = TestPaths.repositoryFile("steering/zee-plots.xml");
        String input = "--constant.Input=" + TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz");
        String card = "--constant.Card=" + TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");

        assertEquals(0, Main.execute("run", "--dry-run", example.toString(), input, card), output.err());
        assertTrue(output.out().contains("SelectedPlots (ParticleHistograms) if TwoElectrons"), output.out());

        output.reset();
        assertEquals(0, Main.execute("run", example.toString(), input, card, "--global.MaxEvents=200",
                "--constant.Output=" + dir.resolve("plots")), output.err());
        String table = output.out();
        long selected = eventsOf(table, "SelectedPlots");
        long other = eventsOf(table, "OtherPlots");
        assertEquals(200, selected + other, table);
        assertTrue(selected > 0, table);
        assertTrue(other > 0, table);
        assertTrue(Files.isRegularFile(dir.resolve("plots/two-electrons.aida.gz")));
        assertTrue(Files.isRegularFile(dir.resolve("plots/other-events.aida.gz")));
    }

    private static long eventsOf(String table, String processor) {
        String row = table.lines().filter(line -> line.startsWith(processor + " ")).findFirst().orElseThrow();
        return Long.parseLong(row.trim().split("\\s+")[2]);
    }
}
