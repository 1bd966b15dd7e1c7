package org.otusj.jas3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.JMenu;
import javax.swing.SwingUtilities;
import org.freehep.jas.services.FileHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.jas3.testing.LheExample;
import org.otusj.jas3.testing.RecordingPageManager.Page;
import org.otusj.jas3.testing.TestStudio;

/**
 * Checks the plugin in a test studio on the test class path, without a display: menus, file handler,
 * runs and their progress pages, and errors shown in the studio's error dialog.
 */
class OtusjPluginTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    private TestStudio studio;
    private OtusjPlugin plugin;

    @BeforeEach
    void loadPlugin() throws Throwable {
        studio = new TestStudio();
        plugin = new OtusjPlugin();
        studio.load(plugin);
    }

    @AfterEach
    void unloadPlugin() throws Throwable {
        TestStudio.unload(plugin);
    }

    @Test
    void initAddsOtusjMenu() {
        assertEquals(1, studio.menus().size());
        JMenu menu = (JMenu) studio.menus().get(0).item();
        assertEquals("otusj", menu.getText());
        assertEquals(3, menu.getItemCount());
        assertEquals("Run steering file\u2026", menu.getItem(0).getText());
        assertEquals("Open AIDA file\u2026", menu.getItem(1).getText());
        assertEquals("Compare AIDA files\u2026", menu.getItem(2).getText());
    }

    @Test
    void initRegistersFileHandlerAndShutdownRemovesIt() throws Throwable {
        assertEquals(1, studio.lookup().services(FileHandler.class).size());
        assertTrue(plugin.canBeShutDown());

        TestStudio.unload(plugin);

        assertEquals(List.of(), studio.lookup().services(FileHandler.class));
    }

    @Test
    void initKeepsDjlOffline() {
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
    }

    @Test
    void runPageShowsFinishedRun() throws Exception {
        Path steering = LheExample.writeSteering(dir.resolve("zee.xml"), dir.resolve("out"), 40, "zee.aida.gz");

        plugin.runSteeringFile(steering);

        RunPage page = (RunPage) awaitPage(title -> title.equals("otusj run: zee.xml")).component();
        String status = awaitStatus(page, text -> text.startsWith("Finished"));
        assertTrue(status.startsWith("Finished: 40 events read"), status);
        assertTrue(Files.exists(dir.resolve("out/zee.aida.gz")));
    }

    @Test
    void invalidSteeringFileShowsError() throws Exception {
        Path steering = Files.writeString(dir.resolve("broken.xml"), "<otusj><execute></otusj>\n");

        plugin.runSteeringFile(steering);

        RunPage page = (RunPage) awaitPage(title -> title.equals("otusj run: broken.xml")).component();
        awaitStatus(page, text -> text.startsWith("Failed"));
        TestStudio.Error error = awaitError();
        assertTrue(error.message().startsWith("Invalid steering file " + steering), error.message());
        assertTrue(error.message().contains("broken.xml:1"), "file:line of the problem: " + error.message());
    }

    @Test
    void unreadableAidaFileShowsError() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.aida"), "not AIDA\n");

        plugin.openAidaFile(text);

        TestStudio.Error error = awaitError();
        assertTrue(error.message().startsWith("Cannot open AIDA file " + text), error.message());
        assertFalse(studio.pages().pages().stream().anyMatch(page -> page.title().startsWith("notes.aida")));
    }

    private Page awaitPage(Predicate<String> title) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            for (Page page : studio.pages().pages()) {
                if (title.test(page.title())) {
                    return page;
                }
            }
            Thread.sleep(50);
        }
        fail("no matching page opened; pages: " + studio.pages().pages());
        return null;
    }

    private String awaitStatus(RunPage page, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        AtomicReference<String> status = new AtomicReference<>();
        while (System.nanoTime() < deadline) {
            SwingUtilities.invokeAndWait(() -> status.set(page.statusText()));
            if (expected.test(status.get())) {
                return status.get();
            }
            Thread.sleep(50);
        }
        fail("run page status is still '" + status.get() + "'; errors: " + studio.errors());
        return null;
    }

    private TestStudio.Error awaitError() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            // The plugin shows errors through invokeLater; let the event queue run first.
            SwingUtilities.invokeAndWait(() -> {
            });
            if (!studio.errors().isEmpty()) {
                return studio.errors().get(0);
            }
            Thread.sleep(50);
        }
        fail("no error was reported");
        return null;
    }
}
