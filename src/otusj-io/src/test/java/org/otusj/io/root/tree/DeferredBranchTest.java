package org.otusj.io.root.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;
import org.otusj.io.root.RootFile;
import org.otusj.io.root.file.Directory;
import org.otusj.io.root.file.FileHeader;
import org.otusj.io.root.file.FileSource;
import org.otusj.io.root.file.Key;
import org.otusj.io.root.file.RecordReader;

/**
 * Which parts of the shared Delphes tree are decoded: no top-level branch body when the tree is read,
 * only what a lookup by path needs afterwards, and all after {@link Tree#allBranches()}. The StreamerInfo
 * record is read only for a type name that needs it.
 */
class DeferredBranchTest {

    private static final Path DELPHES = TestPaths.sharedFile("delphes/seungjin-yang_tmp_debug_RDataFrame_delphes.root");

    private static Map<String, Branch> topLevel(Tree tree) {
        Map<String, Branch> byName = new HashMap<>();
        for (Branch branch : tree.branches()) {
            byName.put(branch.name(), branch);
        }
        return byName;
    }

    @Test
    void treeReadDecodesNoBody() throws IOException {
        try (RootFile file = RootFile.open(DELPHES)) {
            Tree tree = file.tree("Delphes");
            assertEquals(34, tree.branches().size());
            for (Branch branch : tree.branches()) {
                assertFalse(branch.isDecoded(), branch.name() + " was decoded with the tree");
            }
        }
    }

    @Test
    void pathLookupDecodesItsCollection() throws IOException {
        try (RootFile file = RootFile.open(DELPHES)) {
            Tree tree = file.tree("Delphes");
            Branch met = tree.branch("MissingET/MissingET.MET");
            assertEquals("MissingET/MissingET.MET", met.path());
            assertEquals(10, met.entries());

            Map<String, Branch> byName = topLevel(tree);
            assertTrue(byName.get("MissingET").isDecoded());
            for (String untouched : List.of("Electron", "Muon", "Jet", "FatJet", "ScalarHT", "Track")) {
                assertFalse(byName.get(untouched).isDecoded(), untouched + " was decoded for MissingET");
            }
        }
    }

    @Test
    void allBranchesDecodesEveryBody() throws IOException {
        try (RootFile file = RootFile.open(DELPHES)) {
            Tree tree = file.tree("Delphes");
            assertEquals(383, tree.allBranches().size());
            for (Branch branch : tree.branches()) {
                assertTrue(branch.isDecoded(), branch.name());
            }
        }
    }

    @Test
    void bareNameFindsMemberBranch() throws IOException {
        try (RootFile file = RootFile.open(DELPHES)) {
            Tree tree = file.tree("Delphes");
            assertEquals("Jet/Jet.PT", tree.branch("Jet.PT").path());
        }
    }

    @Test
    void readabilityNeedsNoStreamerInfo() throws IOException {
        AtomicInteger loads = new AtomicInteger();
        try (RootFile file = RootFile.open(DELPHES);
                RecordReader records = new RecordReader(FileSource.open(DELPHES))) {
            Directory top = Directory.readTop(records, FileHeader.read(records.source()));
            Key key = top.key("Delphes").orElseThrow();
            Tree tree = Tree.read(records.readObject(key, key.path()), key.path(), records, () -> {
                loads.incrementAndGet();
                return file.streamerInfos();
            });

            int readable = 0;
            for (Branch branch : tree.branch("Electron").descendants()) {
                readable += tree.layout(branch).isReadable() ? 1 : 0;
            }
            assertEquals(18, readable, "Electron members readable");
            assertEquals(0, loads.get(), "StreamerInfo loaded to decide readability");

            BranchLayout particle = tree.layout(tree.branch("Electron/Electron.Particle"));
            assertFalse(particle.isReadable());
            assertEquals("TRef", particle.typeName());
            assertEquals(1, loads.get());
        }
    }
}
