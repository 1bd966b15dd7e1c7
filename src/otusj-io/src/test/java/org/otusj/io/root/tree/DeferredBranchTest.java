package org.otusj.io.root.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;
import org.otusj.io.root.RootFile;

/**
 * Which top-level branch bodies of the shared Delphes tree are decoded: none when the tree is read, only
 * what a lookup by path needs afterwards, and all after {@link Tree#allBranches()}.
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
}
