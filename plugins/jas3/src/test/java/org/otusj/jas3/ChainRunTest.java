package org.otusj.jas3;

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
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.core.steering.SteeringException;
import org.otusj.jas3.testing.LheExample;

/** Runs real steering files as the plugin runs them, without Swing. */
class ChainRunTest {

    @TempDir
    Path dir;

    @Test
    void runWritesAndFindsHistograms() throws Exception {
        Path output = dir.resolve("out");
        Path steering = LheExample.writeSteering(dir.resolve("zee.xml"), output, 40, "zee.aida.gz");
        ChainRun run = new ChainRun(steering);

        RunResult result = run.run();

        assertEquals(List.of(output.resolve("zee.aida.gz")), result.aidaFiles());
        assertEquals(output, result.outputDirectory());
        assertEquals(40, result.summary().eventsRead());
        assertEquals(40, run.eventsRead());
        assertEquals(40, run.expectedEvents());
        assertFalse(result.stoppedByUser());
        AidaTree tree = AidaXmlReader.read(result.aidaFiles().get(0));
        Histogram1D px = tree.get("/MCParticles/positron_px", Histogram1D.class);
        assertEquals(LheExample.eventsWithPositron(40), px.allEntries());
    }

    @Test
    void secondRunFindsRewrittenFile() throws Exception {
        Path output = dir.resolve("out");
        Path steering = LheExample.writeSteering(dir.resolve("zee.xml"), output, 10, "zee.aida");
        new ChainRun(steering).run();

        RunResult again = new ChainRun(steering).run();

        assertEquals(List.of(output.resolve("zee.aida")), again.aidaFiles());
    }

    @Test
    void stopBeforeFirstEventStillWritesOutputs() throws Exception {
        Path output = dir.resolve("out");
        Path steering = LheExample.writeSteering(dir.resolve("zee.xml"), output, 40, "zee.aida.gz");
        ChainRun run = new ChainRun(steering);
        run.requestStop();

        RunResult result = run.run();

        assertTrue(result.stoppedByUser());
        assertEquals(0, result.summary().eventsRead());
        assertEquals(List.of(output.resolve("zee.aida.gz")), result.aidaFiles());
        Histogram1D px = AidaXmlReader.read(result.aidaFiles().get(0)).get("/MCParticles/positron_px",
                Histogram1D.class);
        assertEquals(0, px.allEntries());
    }

    @Test
    void unknownProcessorTypeIsInvalid() throws IOException {
        Path steering = LheExample.writeSteering(dir.resolve("zee.xml"), dir.resolve("out"), 10, "zee.aida");
        Files.writeString(steering, Files.readString(steering).replace("ParticleHistograms", "ParticleHistogram"));

        SteeringException invalid = assertThrows(SteeringException.class, () -> new ChainRun(steering).run());

        assertTrue(invalid.getMessage().contains("zee.xml"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("ParticleHistograms"),
                "did-you-mean suggestion: " + invalid.getMessage());
        assertFalse(Files.exists(dir.resolve("out/zee.aida")), "nothing was run");
    }
}
