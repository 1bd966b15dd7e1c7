package org.freehep.application.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JMenuItem;
import org.junit.jupiter.api.Test;

/** Checks the lifecycle calls of the stand-in plugin base class, in the order JAS3 makes them. */
class PluginTest {

    /** A studio that records the menus plugins add. */
    private static final class MenuRecordingStudio extends Studio {
        private final List<String> menus = new ArrayList<>();

        MenuRecordingStudio() {
            super("test", null, null);
        }

        @Override
        protected void menuAdded(JMenuItem item, long sortOrder) {
            menus.add(item.getText() + "@" + sortOrder);
        }
    }

    /** A plugin that records its lifecycle calls and adds one menu in init. */
    private static final class RecordingPlugin extends Plugin {
        private final List<String> calls = new ArrayList<>();

        @Override
        protected void init() {
            calls.add("init");
            addMenu(new JMenuItem("Tools"), 42);
        }

        @Override
        protected void shutdown() {
            calls.add("shutdown");
        }
    }

    @Test
    void setContextCallsInitWithApplication() throws Throwable {
        MenuRecordingStudio studio = new MenuRecordingStudio();
        RecordingPlugin plugin = new RecordingPlugin();
        assertNull(plugin.getApplication());

        plugin.setContext(studio);

        assertSame(studio, plugin.getApplication());
        assertEquals(List.of("init"), plugin.calls);
        assertEquals(List.of("Tools@42"), studio.menus);
    }

    @Test
    void stopCallsShutdown() throws Throwable {
        RecordingPlugin plugin = new RecordingPlugin();
        plugin.setContext(new MenuRecordingStudio());

        plugin.stop();

        assertEquals(List.of("init", "shutdown"), plugin.calls);
    }

    @Test
    void pluginCannotBeShutDownByDefault() {
        assertEquals(false, new RecordingPlugin().canBeShutDown());
    }
}
