package org.otusj.io.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;
import org.otusj.io.root.describe.BranchDescription;
import org.otusj.io.root.describe.FileDescription;
import org.otusj.io.root.describe.TreeDescription;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.BranchReader;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Tree;
import org.otusj.io.root.tree.TreeIterator;

/** Entry ranges, basket selection, branch lookup and the inspection listing, on the shared files. */
class RootFileApiTest {

    private static final Path HZZ = TestPaths.sharedFile("root/uproot-HZZ-zlib.root");

    @Test
    void rangesCrossingBasketsMatchWholeRead() throws IOException {
        try (RootFile file = RootFile.open(HZZ)) {
            Tree tree = file.tree("events");
            Branch branch = tree.branch("Muon_Px");
            assertTrue(branch.basketCount() > 1, "Muon_Px should span several baskets");
            Column whole = tree.reader(branch).readAll();

            BranchReader reader = tree.reader(branch);
            int value = 0;
            for (long start = 0; start < tree.entries(); start += 7) {
                long stop = Math.min(tree.entries(), start + 7);
                Column part = reader.read(start, stop);
                for (int e = 0; e < part.entryCount(); e++) {
                    assertEquals(whole.count((int) start + e), part.count(e), "count of entry " + (start + e));
                    for (int k = 0; k < part.count(e); k++) {
                        assertEquals(Float.floatToRawIntBits(whole.getFloat(value)),
                                Float.floatToRawIntBits(part.getFloat(part.start(e) + k)), "value " + value);
                        value++;
                    }
                }
            }
            assertEquals(whole.size(), value);
            // Consecutive ranges reuse the cached basket: each basket is decompressed once.
            assertEquals(branch.basketCount(), reader.basketsRead());
        }
    }

    @Test
    void lastEntryReadsOnlyLastBasket() throws IOException {
        try (RootFile file = RootFile.open(HZZ)) {
            Tree tree = file.tree("events");
            BranchReader reader = tree.reader("Muon_Charge");
            Column last = reader.read(tree.entries() - 1, tree.entries());
            assertEquals(1, last.entryCount());
            // The JSROOT dump of entry 2420: Muon_Charge = [-1]; the branch has two baskets.
            assertEquals(-1, last.getLong(0));
            assertEquals(1, reader.basketsRead());
        }
    }

    @Test
    void iteratorChunksCoverRange() throws IOException {
        try (RootFile file = RootFile.open(HZZ)) {
            Tree tree = file.tree("events");
            TreeIterator iterator = tree.iterate(java.util.List.of("NJet", "Jet_Px", "MET_px"), 100, 1100, 250);
            long expected = 100;
            int chunks = 0;
            for (TreeIterator.Chunk chunk = iterator.next(); chunk != null; chunk = iterator.next()) {
                assertEquals(expected, chunk.firstEntry());
                Column njet = chunk.column("NJet");
                Column px = chunk.column("Jet_Px");
                for (int e = 0; e < chunk.entryCount(); e++) {
                    assertEquals(njet.getLong(e), px.count(e), "NJet counts Jet_Px at entry " + (expected + e));
                }
                expected += chunk.entryCount();
                chunks++;
            }
            assertEquals(1100, expected);
            assertEquals(4, chunks);
        }
    }

    @Test
    void invalidRangeAndUnknownBranch() throws IOException {
        try (RootFile file = RootFile.open(HZZ)) {
            Tree tree = file.tree("events");
            assertThrows(IllegalArgumentException.class, () -> tree.reader("NJet").read(0, tree.entries() + 1));
            NoSuchElementException missing = assertThrows(NoSuchElementException.class, () -> tree.branch("NoSuch"));
            assertTrue(missing.getMessage().contains("NJet"), missing.getMessage());
            assertThrows(NoSuchElementException.class, () -> file.tree("nothere"));
        }
    }

    @Test
    void describeListsKeysTreesAndHistograms() throws IOException {
        try (RootFile file = RootFile.open(HZZ)) {
            FileDescription description = file.describe();
            assertEquals(61005, description.rootVersion());
            assertEquals(104, description.compression());
            TreeDescription tree = description.trees().get(0);
            assertEquals("events;1", tree.keyPath());
            assertEquals(2421, tree.entries());
            BranchDescription jetPx = tree.branches().get(1);
            assertEquals("Jet_Px", jetPx.name());
            assertEquals("float32[NJet]", jetPx.type());
            assertEquals("Jet_Px:TLeafF[NJet]", jetPx.leaves());
            String text = description.toText();
            assertTrue(text.contains("ROOT 6.10/05"), text);
            assertTrue(text.contains("compression zlib level 4"), text);
            assertTrue(text.contains("Jet_Px  float32[NJet]  TBranch  leaves Jet_Px:TLeafF[NJet]  2421 entries"), text);
        }
        try (RootFile file = RootFile.open(TestPaths.sharedFile("root/uproot-histograms.root"))) {
            FileDescription description = file.describe();
            assertEquals(3, description.histograms().size());
            assertTrue(description.toText().contains("TH1F one;1: 10 bins in [-3, 3], 10000 entries"),
                    description.toText());
        }
    }
}
