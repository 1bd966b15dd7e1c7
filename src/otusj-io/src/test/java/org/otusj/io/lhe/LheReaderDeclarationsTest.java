package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.RunHeader;
import org.otusj.core.testing.TestPaths;

/** What {@link LheReader} declares to the chain checks, and the headers it reads for a dry run. */
class LheReaderDeclarationsTest {

    private static final Path POWHEG = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
    private static final Path MADGRAPH = TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz");

    @TempDir
    Path dir;

    @Test
    void declaresDefaultParticleCollection() {
        LheReader reader = new LheReader();

        assertEquals(Set.of("MCParticles"), reader.outputCollections());
        assertEquals(Set.of(), reader.inputCollections());
    }

    @Test
    void readsInitBlockOfEachInput() throws IOException {
        List<RunHeader> headers = new LheReader().readHeaders(List.of(POWHEG, MADGRAPH));

        assertEquals(2, headers.size());
        assertEquals(0, headers.get(0).runNumber());
        assertEquals(POWHEG, headers.get(0).source());
        assertEquals(1, headers.get(1).runNumber());
        // The init lines of the files: POWHEG 2 x 4000 GeV, MadGraph 2 x 3500 GeV proton beams.
        LheInit powheg = headers.get(0).attribute(LheReader.INIT_ATTRIBUTE, LheInit.class).orElseThrow();
        LheInit madgraph = headers.get(1).attribute(LheReader.INIT_ATTRIBUTE, LheInit.class).orElseThrow();
        assertEquals(8000.0, powheg.centreOfMassEnergy(), 1e-9);
        assertEquals(7000.0, madgraph.centreOfMassEnergy(), 1e-9);
    }

    @Test
    void missingInputFailsHeaderRead() throws IOException {
        Path missing = dir.resolve("missing.lhe");
        Files.deleteIfExists(missing);

        assertThrows(NoSuchFileException.class, () -> new LheReader().readHeaders(List.of(missing)));
    }
}
