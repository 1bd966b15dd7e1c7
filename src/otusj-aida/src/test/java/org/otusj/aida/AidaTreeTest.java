package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AidaTreeTest {

    private static Histogram1D histogram(String title) {
        return new Histogram1D(title, 1, 0, 1);
    }

    @Test
    void pathParsesIntoDirectoryAndName() {
        AidaPath nested = AidaPath.parse("/Electrons/positron_px");
        AidaPath top = AidaPath.parse("/mass");

        assertEquals("/Electrons", nested.directory());
        assertEquals("positron_px", nested.name());
        assertEquals("/Electrons/positron_px", nested.toString());
        assertEquals("/", top.directory());
        assertEquals("/mass", top.toString());
        assertEquals("/a/b", new AidaPath("/a/b/", "c").directory());
    }

    @Test
    void invalidPathsRejected() {
        for (String path : List.of("", "relative/x", "/", "/dir/", "/a//b", "//b", "/a/./b", "/../b", "/a/..")) {
            assertThrows(IllegalArgumentException.class, () -> AidaPath.parse(path), path);
        }
        assertThrows(IllegalArgumentException.class, () -> new AidaPath("/a", "b/c"));
        assertThrows(IllegalArgumentException.class, () -> new AidaPath("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> new AidaPath("//", "b"));
    }

    @Test
    void putCreatesDirectories() {
        AidaTree tree = new AidaTree();
        Histogram1D px = histogram("px");
        tree.put("/Electrons/Reco/positron_px", px);

        assertEquals(Set.of("/", "/Electrons", "/Electrons/Reco"), tree.directories());
        assertSame(px, tree.get("/Electrons/Reco/positron_px"));
        assertTrue(tree.find("/Electrons/Reco/other").isEmpty());
        assertEquals(1, tree.size());
    }

    @Test
    void objectsKeepInsertionOrder() {
        AidaTree tree = new AidaTree();
        tree.put("/b/second", histogram("2"));
        tree.put("/a/first", histogram("1"));
        tree.put("/third", histogram("3"));

        List<String> paths = tree.objects().keySet().stream().map(AidaPath::toString).toList();
        assertEquals(List.of("/b/second", "/a/first", "/third"), paths);
    }

    @Test
    void existingObjectNotReplaced() {
        AidaTree tree = new AidaTree();
        Histogram1D original = histogram("original");
        tree.put("/Electrons/px", original);

        assertThrows(IllegalArgumentException.class, () -> tree.put("/Electrons/px", histogram("other")));
        assertSame(original, tree.get("/Electrons/px"));
    }

    @Test
    void objectAndDirectoryCannotSharePath() {
        AidaTree tree = new AidaTree();
        tree.put("/Electrons/px", histogram("px"));

        assertThrows(IllegalArgumentException.class, () -> tree.put("/Electrons", histogram("dir")));
        assertThrows(IllegalArgumentException.class, () -> tree.put("/Electrons/px/inner", histogram("inner")));
        assertThrows(IllegalArgumentException.class, () -> tree.mkdirs("/Electrons/px/sub"));
        assertEquals(Set.of("/", "/Electrons"), tree.directories());
    }

    @Test
    void mkdirsIsIdempotent() {
        AidaTree tree = new AidaTree();
        tree.mkdirs("/a/b/");
        tree.mkdirs("/a/b");
        tree.mkdirs("/");

        assertEquals(Set.of("/", "/a", "/a/b"), tree.directories());
        assertEquals(0, tree.size());
    }

    @Test
    void getMissingObjectFails() {
        AidaTree tree = new AidaTree();

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> tree.get("/none"));
        assertTrue(missing.getMessage().contains("/none"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tree.put("/x", null));
    }
}
