package org.otusj.io.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.otusj.core.testing.TestPaths;
import org.otusj.io.root.describe.KeyDescription;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Leaf;
import org.otusj.io.root.tree.Tree;

/**
 * Decoding of top-level branch bodies on first use, where a body may need classes and objects first
 * written in another body. For every shared ROOT file and tree, the decoded structure (paths, classes,
 * leaves, count branches, basket tables and layouts) must not depend on the order of first use. A late
 * top-level branch read first must give the JSROOT reference values.
 */
class LazyBranchDecodingTest {

    @TestFactory
    Stream<DynamicNode> structureIndependentOfOrder() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : sharedRootFiles()) {
            List<DynamicNode> trees = new ArrayList<>();
            for (String tree : treeKeys(file)) {
                trees.add(DynamicContainer.dynamicContainer(tree, List.of(
                        DynamicTest.dynamicTest("last top-level branch first",
                                () -> assertEquals(fileOrder(file, tree), lastFirst(file, tree))),
                        DynamicTest.dynamicTest("deepest path of the last branch first",
                                () -> assertEquals(fileOrder(file, tree), deepPathFirst(file, tree))),
                        DynamicTest.dynamicTest("branches first used from several threads",
                                () -> assertEquals(fileOrder(file, tree), concurrent(file, tree))))));
            }
            files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), trees));
        }
        assertTrue(files.size() >= 10, "expected the shared ROOT and Delphes files, found " + files.size());
        return files.stream();
    }

    @TestFactory
    Stream<DynamicNode> lateBranchReadFirstMatchesJsroot() throws IOException {
        List<DynamicNode> tests = new ArrayList<>();
        for (JsrootReference reference : JsrootReference.all()) {
            for (JsonElement tree : reference.trees()) {
                JsonObject expected = tree.getAsJsonObject();
                String keyPath = expected.get("path").getAsString();
                tests.add(DynamicTest.dynamicTest(reference.fileName() + " " + keyPath,
                        () -> checkLateBranchFirst(reference, keyPath, expected)));
            }
        }
        assertFalse(tests.isEmpty(), "no trees in the reference dumps");
        return tests.stream();
    }

    /**
     * Reads the dumped values of the top-level branch that comes last in the file, in a freshly opened
     * tree, before anything else of the tree is used.
     */
    private static void checkLateBranchFirst(JsrootReference reference, String keyPath, JsonObject expected)
            throws IOException {
        List<String> topLevel = new ArrayList<>();
        try (RootFile file = RootFile.open(reference.rootFile)) {
            for (Branch branch : file.tree(keyPath).branches()) {
                topLevel.add(branch.name());
            }
        }
        String latest = null;
        int latestIndex = -1;
        for (Map.Entry<String, JsonElement> row : expected.getAsJsonObject("rows").entrySet()) {
            for (String path : row.getValue().getAsJsonObject().keySet()) {
                int index = topLevel.indexOf(path.split("/")[0]);
                if (index > latestIndex) {
                    latestIndex = index;
                    latest = path;
                }
            }
        }
        assertTrue(latest != null, "the dump of " + keyPath + " has no values of a top-level branch");

        int compared = 0;
        for (Map.Entry<String, JsonElement> row : expected.getAsJsonObject("rows").entrySet()) {
            JsonElement value = row.getValue().getAsJsonObject().get(latest);
            if (value == null) {
                continue;
            }
            long entry = Long.parseLong(row.getKey());
            try (RootFile file = RootFile.open(reference.rootFile)) {
                Tree tree = file.tree(keyPath);
                Column column = tree.reader(latest).read(entry, entry + 1);
                RootReferenceTest.assertValue(latest + " at entry " + entry, tree.layout(tree.branch(latest)),
                        column, 0, value);
                compared++;
            }
        }
        assertTrue(compared > 0, "no rows of " + latest);
    }

    /** Returns the structure after decoding all branches in file order. */
    private static List<String> fileOrder(Path path, String keyPath) throws IOException {
        try (RootFile file = RootFile.open(path)) {
            return structure(file.tree(keyPath));
        }
    }

    /** Returns the structure after first using the top-level branches from the last to the first. */
    private static List<String> lastFirst(Path path, String keyPath) throws IOException {
        try (RootFile file = RootFile.open(path)) {
            Tree tree = file.tree(keyPath);
            List<Branch> topLevel = tree.branches();
            for (int i = topLevel.size() - 1; i >= 0; i--) {
                touch(tree, topLevel.get(i));
            }
            return structure(tree);
        }
    }

    /** Returns the structure after first looking up the deepest branch of the last top-level one by its path. */
    private static List<String> deepPathFirst(Path path, String keyPath) throws IOException {
        String deepest = null;
        try (RootFile file = RootFile.open(path)) {
            List<Branch> topLevel = file.tree(keyPath).branches();
            Branch last = topLevel.get(topLevel.size() - 1);
            deepest = last.path();
            for (Branch branch : last.descendants()) {
                if (branch.path().split("/").length > deepest.split("/").length) {
                    deepest = branch.path();
                }
            }
        }
        try (RootFile file = RootFile.open(path)) {
            Tree tree = file.tree(keyPath);
            Branch found = tree.branch(deepest);
            assertEquals(deepest, found.path(), "lookup by path");
            touch(tree, found);
            return structure(tree);
        }
    }

    /** Returns the structure after several threads first used different top-level branches at once. */
    private static List<String> concurrent(Path path, String keyPath) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (RootFile file = RootFile.open(path)) {
            Tree tree = file.tree(keyPath);
            List<Branch> topLevel = tree.branches();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = topLevel.size() - 1; i >= 0; i--) {
                Branch branch = topLevel.get(i);
                tasks.add(pool.submit(() -> {
                    start.await();
                    touch(tree, branch);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get();
            }
            return structure(tree);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Uses {@code branch} and everything below it, which decodes its top-level branch's body. */
    private static void touch(Tree tree, Branch branch) {
        tree.layout(branch);
        for (Branch child : branch.descendants()) {
            tree.layout(child);
        }
    }

    /** Lists one line per branch, depth first, with every decoded field and the layout. */
    private static List<String> structure(Tree tree) {
        List<String> lines = new ArrayList<>();
        for (Branch branch : tree.allBranches()) {
            StringBuilder line = new StringBuilder();
            line.append(branch.path()).append(" | ").append(branch.branchClass()).append(" | ").append(branch.title())
                    .append(" | class ").append(branch.className()).append(" v").append(branch.classVersion())
                    .append(" clones ").append(branch.clonesName()).append(" | id ").append(branch.elementId())
                    .append(" type ").append(branch.elementType()).append(" streamer ").append(branch.streamerType())
                    .append(" split ").append(branch.splitLevel()).append(" | entries ").append(branch.entries())
                    .append(" bytes ").append(branch.totalBytes()).append('/').append(branch.zipBytes())
                    .append(" | parent ").append(branch.parent() == null ? "-" : branch.parent().path())
                    .append(" | count ").append(branch.countBranch() == null ? "-" : branch.countBranch().path());
            for (Leaf leaf : branch.leaves()) {
                line.append(" | leaf ").append(leaf).append(' ').append(leaf.title()).append(" length ")
                        .append(leaf.length()).append('x').append(leaf.lengthType()).append(" unsigned ")
                        .append(leaf.isUnsigned()).append(" element ").append(leaf.elementId()).append('/')
                        .append(leaf.elementType());
            }
            for (int i = 0; i < branch.basketCount(); i++) {
                line.append(" | basket ").append(branch.basketSeek(i)).append(' ').append(branch.basketBytes(i))
                        .append(' ').append(branch.basketEntry(i));
            }
            line.append(" | ").append(tree.layout(branch));
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lists the key paths with cycle of every tree in the top directory and its subdirectories. */
    private static List<String> treeKeys(Path path) throws IOException {
        List<String> trees = new ArrayList<>();
        try (RootFile file = RootFile.open(path)) {
            for (KeyDescription key : file.describe().keys()) {
                if ("TTree".equals(key.className())) {
                    trees.add(key.path() + ";" + key.cycle());
                }
            }
        }
        return trees;
    }

    private static List<Path> sharedRootFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("root", "delphes")) {
            try (Stream<Path> listing = Files.list(TestPaths.sharedData().resolve(folder))) {
                files.addAll(listing.filter(p -> p.getFileName().toString().endsWith(".root")).sorted()
                        .collect(Collectors.toList()));
            }
        }
        return files;
    }
}
