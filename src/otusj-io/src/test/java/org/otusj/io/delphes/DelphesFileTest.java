package org.otusj.io.delphes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otusj.io.root.RootFile;
import org.otusj.io.root.file.Key;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.BranchReader;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Tree;
import org.otusj.io.root.tree.TreeIterator;
import org.otusj.io.root.tree.ValueType;

/**
 * The ROOT reader on the shared Delphes file (ROOT 6.18, split TClonesArrays), against the JSROOT text
 * dump: keys and cycles, the 383-branch listing, the dumped values and the collection sizes.
 */
class DelphesFileTest {

    private static DelphesReference reference;

    @BeforeAll
    static void loadReference() throws IOException {
        reference = DelphesReference.load();
    }

    @Test
    void keysAndCycles() throws IOException {
        try (RootFile file = RootFile.open(DelphesReference.FILE)) {
            List<String> keys = new ArrayList<>();
            for (Key key : file.keys()) {
                keys.add(key.name() + ";" + key.cycle() + " (" + key.className() + ")");
            }
            // JSROOT lists the StreamerInfo key with the top-level keys; ROOT's key list does not hold it.
            keys.add("StreamerInfo;1 (TList)");
            assertEquals(reference.topLevelKeys, keys);

            for (Map.Entry<String, Long> cycle : reference.entriesByCycle.entrySet()) {
                assertEquals(cycle.getValue(), file.tree(cycle.getKey()).entries(), cycle.getKey());
            }
            assertEquals("Delphes;2", file.tree("Delphes").keyPath(), "without a cycle the highest is read");
            assertEquals("Delphes;1", file.tree("Delphes;1").keyPath());
        }
    }

    @Test
    void branchListing() throws IOException {
        try (RootFile file = RootFile.open(DelphesReference.FILE)) {
            Tree tree = file.tree("Delphes");
            List<Branch> branches = tree.allBranches();
            assertEquals(reference.declaredBranchCount, reference.branches.size(), "dump parsed completely");
            assertEquals(reference.branches.size(), branches.size(), "number of branches");
            for (int i = 0; i < branches.size(); i++) {
                DelphesReference.BranchLine expected = reference.branches.get(i);
                Branch branch = branches.get(i);
                String name = expected.name();
                assertEquals(name, branch.name(), "branch " + i);
                assertEquals(expected.depth(), branch.path().split("/").length - 1, "depth of " + name);
                assertEquals(expected.branchClass(), branch.branchClass(), "class of " + name);
                if (expected.className() != null) {
                    assertEquals(expected.className(), branch.className(), "class name of " + name);
                }
                if (expected.leafClass() != null) {
                    assertEquals(expected.leafClass(), branch.leaves().get(0).leafClass(), "leaf of " + name);
                }
                if (expected.streamerType() != null) {
                    assertEquals(expected.streamerType().intValue(), branch.streamerType(), "streamer type of " + name);
                }
                if (expected.split() != null) {
                    assertEquals(expected.split().intValue(), branch.splitLevel(), "split level of " + name);
                }
            }
        }
    }

    @Test
    void dumpedValues() throws IOException {
        assertFalse(reference.entries.isEmpty(), "no entries parsed from the dump");
        try (RootFile file = RootFile.open(DelphesReference.FILE)) {
            Tree tree = file.tree("Delphes");
            int compared = 0;
            for (Map.Entry<Long, Map<String, DelphesReference.Values>> entry : reference.entries.entrySet()) {
                long number = entry.getKey();
                for (Map.Entry<String, DelphesReference.Values> branch : entry.getValue().entrySet()) {
                    Column column = tree.reader(branch.getKey()).read(number, number + 1);
                    String what = branch.getKey() + " at entry " + number;
                    DelphesReference.Values values = branch.getValue();
                    assertEquals(values.total(), column.count(0), what + ": number of values");
                    for (int k = 0; k < values.values().size(); k++) {
                        assertValue(what + "[" + k + "]", values.values().get(k), column, column.start(0) + k);
                        compared++;
                    }
                }
            }
            assertTrue(compared > 300, "compared only " + compared + " values");
        }
    }

    /**
     * Each dumped branch read by its full path ({@code MissingET/MissingET.MET}) as the first use of a freshly
     * opened tree, which decodes that collection's branch body before any other.
     */
    @Test
    void branchReadFirstByPath() throws IOException {
        Map<String, Map<Long, DelphesReference.Values>> byBranch = new TreeMap<>();
        for (Map.Entry<Long, Map<String, DelphesReference.Values>> entry : reference.entries.entrySet()) {
            for (Map.Entry<String, DelphesReference.Values> branch : entry.getValue().entrySet()) {
                byBranch.computeIfAbsent(branch.getKey(), name -> new TreeMap<>())
                        .put(entry.getKey(), branch.getValue());
            }
        }
        assertTrue(byBranch.containsKey("MissingET.MET"), "the dump lists " + byBranch.keySet());
        int compared = 0;
        for (Map.Entry<String, Map<Long, DelphesReference.Values>> branch : byBranch.entrySet()) {
            String name = branch.getKey();
            String path = name.substring(0, name.indexOf('.')) + "/" + name;
            try (RootFile file = RootFile.open(DelphesReference.FILE)) {
                BranchReader reader = file.tree("Delphes").reader(path);
                for (Map.Entry<Long, DelphesReference.Values> entry : branch.getValue().entrySet()) {
                    long number = entry.getKey();
                    Column column = reader.read(number, number + 1);
                    DelphesReference.Values values = entry.getValue();
                    assertEquals(values.total(), column.count(0), path + " at entry " + number + ": number of values");
                    for (int k = 0; k < values.values().size(); k++) {
                        assertValue(path + " at entry " + number + "[" + k + "]", values.values().get(k), column,
                                column.start(0) + k);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 300, "compared only " + compared + " values");
    }

    /** Compares a printed value; floats with 9 significant digits identify one float32 exactly. */
    private static void assertValue(String what, String expected, Column column, int index) {
        if (column.type() == ValueType.FLOAT32) {
            float reference = Float.parseFloat(expected);
            float actual = column.getFloat(index);
            if (reference == 0.0f) {
                // JavaScript prints -0 as "0", so the sign of zero is not in the dump.
                assertEquals(0.0f, Math.abs(actual), what);
            } else {
                assertEquals(Float.floatToRawIntBits(reference), Float.floatToRawIntBits(actual),
                        what + ": expected " + expected + ", found " + actual);
            }
        } else {
            assertEquals(Long.parseLong(expected), column.getLong(index), what);
        }
    }

    @Test
    void collectionSizes() throws IOException {
        assertEquals(10, reference.sizes.size(), "size rows in the dump");
        try (RootFile file = RootFile.open(DelphesReference.FILE)) {
            Tree tree = file.tree("Delphes");
            for (Map.Entry<Long, Map<String, Integer>> row : reference.sizes.entrySet()) {
                long entry = row.getKey();
                for (Map.Entry<String, Integer> size : row.getValue().entrySet()) {
                    String collection = size.getKey();
                    Column counts = tree.reader(collection).read(entry, entry + 1);
                    assertEquals(size.getValue().longValue(), counts.getLong(0), collection + " count at " + entry);
                    Column sizeBranch = tree.reader(collection + "_size").read(entry, entry + 1);
                    assertEquals(size.getValue().longValue(), sizeBranch.getLong(0), collection + "_size at " + entry);
                    Column pt = tree.reader(collection + (collection.equals("MissingET") ? ".MET" : ".PT"))
                            .read(entry, entry + 1);
                    assertEquals(size.getValue().intValue(), pt.count(0), collection + " members at " + entry);
                }
            }
        }
    }

    @Test
    void readsOnlyRequestedBranches() throws IOException {
        try (RootFile file = RootFile.open(DelphesReference.FILE)) {
            Tree tree = file.tree("Delphes");
            List<String> paths = List.of("Electron.PT", "Jet.PT", "MissingET.MET");
            TreeIterator iterator = tree.iterate(paths, 0, tree.entries(), 3);
            int entries = 0;
            for (TreeIterator.Chunk chunk = iterator.next(); chunk != null; chunk = iterator.next()) {
                entries += chunk.entryCount();
            }
            assertEquals(10, entries);
            // Each of these branches has one basket; nothing else is decompressed, and each basket once.
            assertEquals(3, iterator.basketsRead());
        }
    }
}
