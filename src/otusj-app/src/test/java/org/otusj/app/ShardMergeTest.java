package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.core.testing.TestPaths;

/** Shards of a run, added up with {@code otusj merge}, give the histograms of the unsplit run. */
class ShardMergeTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    private Path steering() throws IOException {
        Path lhe = TestPaths.repositoryFile("lhe-examples/powheg-box-v2-Z.lhe");
        Path card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");
        return Files.writeString(dir.resolve("chain.xml"), """
                <otusj>
                  <execute><processor name="Reader"/><processor name="Detector"/><processor name="Histograms"/></execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="BatchSize" value="8"/>
                  </global>
                  <processor name="Reader" type="LheReader"/>
                  <processor name="Detector" type="CardDetector"><parameter name="CardFile" value="%s"/></processor>
                  <processor name="Histograms" type="ParticleHistograms">
                    <parameter name="Collections" value="Electrons MCParticles"/>
                  </processor>
                </otusj>
                """.formatted(lhe, card));
    }

    @Test
    void mergedShardsEqualUnsplitRun() throws IOException {
        Path steering = steering();
        assertEquals(0, Main.execute("run", steering.toString(), "--global.OutputDirectory=" + dir.resolve("whole")),
                output.err());
        List<String> mergeArguments = new ArrayList<>(List.of("merge"));
        for (int k = 0; k < 3; k++) {
            Path shardDirectory = dir.resolve("shard" + k);
            assertEquals(0, Main.execute("run", steering.toString(), "--shard", k + "/3", "--threads", "2",
                    "--global.OutputDirectory=" + shardDirectory), output.err());
            mergeArguments.add(shardDirectory.resolve("histograms.aida.gz").toString());
        }
        Path merged = dir.resolve("merged.aida.gz");
        mergeArguments.addAll(List.of("-o", merged.toString()));
        assertEquals(0, Main.execute(mergeArguments.toArray(String[]::new)), output.err());

        AidaTree whole = AidaXmlReader.read(dir.resolve("whole/histograms.aida.gz"));
        AidaTree sum = AidaXmlReader.read(merged);
        Map<AidaPath, Histogram1D> expected = whole.objects(Histogram1D.class);
        Map<AidaPath, Histogram1D> actual = sum.objects(Histogram1D.class);
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.size() >= 10, expected.keySet().toString());
        for (Map.Entry<AidaPath, Histogram1D> entry : expected.entrySet()) {
            Histogram1D a = entry.getValue();
            Histogram1D b = actual.get(entry.getKey());
            String name = entry.getKey().toString();
            assertEquals(a.allEntries(), b.allEntries(), name);
            for (int bin = 0; bin < a.xAxis().bins(); bin++) {
                assertEquals(a.binEntries(bin), b.binEntries(bin), name + " bin " + bin);
                assertEquals(a.binHeight(bin), b.binHeight(bin), 1e-12, name + " bin " + bin);
            }
            // The moments add up in another order, so they agree to rounding.
            assertEquals(a.mean(), b.mean(), 1e-9 * Math.max(1, Math.abs(a.mean())), name);
            assertEquals(a.rms(), b.rms(), 1e-9 * Math.max(1, a.rms()), name);
        }
    }
}
