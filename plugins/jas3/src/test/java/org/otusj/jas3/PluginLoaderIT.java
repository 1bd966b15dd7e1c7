package org.otusj.jas3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.freehep.application.studio.Plugin;
import org.freehep.jas.services.FileHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.jas3.testing.AidaSamples;
import org.otusj.jas3.testing.PluginFolder;
import org.otusj.jas3.testing.TestStudio;

/**
 * Loads the built plugin as JAS3 does: reads {@code PLUGIN-inf/plugins.xml} from the plugin jar, loads the
 * class it names from the jars it lists in a fresh class loader that shares only the JAS3 API classes with
 * this test, creates it and makes the lifecycle calls against a test studio.
 */
class PluginLoaderIT {

    @TempDir
    Path dir;

    @Test
    void pluginLoadsRegistersAndUnloads() throws Throwable {
        PluginFolder folder = PluginFolder.fromSystemProperties();
        TestStudio studio = new TestStudio();
        try (URLClassLoader loader = folder.isolatedLoader()) {
            Class<?> pluginClass = loader.loadClass(folder.pluginClassName());
            Plugin plugin = (Plugin) pluginClass.getConstructor().newInstance();

            studio.load(plugin);

            assertSame(studio, plugin.getApplication());
            assertMenu(studio);
            List<FileHandler> handlers = studio.lookup().services(FileHandler.class);
            assertEquals(1, handlers.size(), "one file handler registered");
            FileHandler handler = handlers.get(0);
            assertSame(loader, handler.getClass().getClassLoader(), "handler comes from the plugin jar");
            assertHandlerAcceptsOnlyAida(handler);

            assertTrue(plugin.canBeShutDown());
            TestStudio.unload(plugin);
            assertEquals(List.of(), studio.lookup().services(FileHandler.class), "handler removed at shutdown");
        }
        assertEquals(List.of(), studio.errors());
    }

    private static void assertMenu(TestStudio studio) {
        assertEquals(1, studio.menus().size(), "one menu added");
        TestStudio.Menu added = studio.menus().get(0);
        assertTrue(added.item() instanceof JMenu, added.item().getClass().getName());
        JMenu menu = (JMenu) added.item();
        assertEquals("otusj", menu.getText());
        List<String> items = List.of("Run steering file\u2026", "Open AIDA file\u2026", "Compare AIDA files\u2026");
        assertEquals(items.size(), menu.getItemCount());
        for (int i = 0; i < items.size(); i++) {
            JMenuItem item = menu.getItem(i);
            assertEquals(items.get(i), item.getText());
            assertEquals(1, item.getActionListeners().length, item.getText() + " has an action");
        }
    }

    private void assertHandlerAcceptsOnlyAida(FileHandler handler) throws Exception {
        Path gzipped = AidaSamples.writePx(dir.resolve("run.aida.gz"), 3, 500, 20);
        Path plain = AidaSamples.writePx(dir.resolve("run.aida"), 3, 500, 20);
        Path text = Files.writeString(dir.resolve("readme.txt"), "Histograms are in run.aida.gz\n");

        assertTrue(handler.accept(gzipped.toFile()), "gzip-compressed AIDA file");
        assertTrue(handler.accept(plain.toFile()), "plain AIDA file");
        assertFalse(handler.accept(text.toFile()), "text file");

        assertTrue(handler.getFileFilter().accept(new File("run.aida.gz")));
        assertFalse(handler.getFileFilter().accept(new File("readme.txt")));
    }
}
