package org.otusj.jas3.testing;

import java.awt.Component;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import javax.swing.JMenuItem;
import org.freehep.application.studio.Plugin;
import org.freehep.application.studio.Studio;

/**
 * A stand-in for JAS3 that records what a plugin does: menus added, services registered, pages opened and
 * errors reported. {@link #load} makes the lifecycle calls JAS3 makes.
 */
public final class TestStudio extends Studio {

    /**
     * A menu a plugin added.
     *
     * @param item the menu or menu item
     * @param sortOrder the position the plugin asked for
     */
    public record Menu(JMenuItem item, long sortOrder) {
    }

    /**
     * An error a plugin reported.
     *
     * @param message the message shown to the user
     * @param detail the exception, or null
     */
    public record Error(String message, Throwable detail) {
    }

    private final List<Menu> menus = new CopyOnWriteArrayList<>();
    private final List<Error> errors = new CopyOnWriteArrayList<>();

    /** Creates a studio whose page manager passes every page opened to {@code pageListener}. */
    public TestStudio(BiConsumer<String, Component> pageListener) {
        super("otusj test studio", new RecordingPageManager(pageListener), new RecordingLookup());
    }

    /** Creates a studio that only records the pages opened. */
    public TestStudio() {
        this((title, page) -> {
        });
    }

    @Override
    protected void menuAdded(JMenuItem item, long sortOrder) {
        menus.add(new Menu(item, sortOrder));
    }

    @Override
    public void error(String message, Throwable detail) {
        errors.add(new Error(message, detail));
    }

    /** Returns the menus added. */
    public List<Menu> menus() {
        return List.copyOf(menus);
    }

    /** Returns the errors reported. */
    public List<Error> errors() {
        return List.copyOf(errors);
    }

    /** Returns the lookup, with what plugins registered. */
    public RecordingLookup lookup() {
        return (RecordingLookup) getLookup();
    }

    /** Returns the page manager, with the pages opened. */
    public RecordingPageManager pages() {
        return (RecordingPageManager) getPageManager();
    }

    /**
     * Connects {@code plugin} to this studio as JAS3 does after creating it: the package-private {@code
     * setContext}, which calls {@code init}, then {@code postInit} and {@code applicationVisible}.
     */
    public void load(Plugin plugin) throws Throwable {
        call(plugin, "setContext", this);
        call(plugin, "postInit");
        call(plugin, "applicationVisible");
    }

    /** Unloads {@code plugin} as JAS3 does: the package-private {@code stop}, which calls {@code shutdown}. */
    public static void unload(Plugin plugin) throws Throwable {
        call(plugin, "stop");
    }

    private static void call(Plugin plugin, String name, Object... arguments) throws Throwable {
        Class<?>[] types = arguments.length == 0 ? new Class<?>[0] : new Class<?>[] {Studio.class};
        Method method = Plugin.class.getDeclaredMethod(name, types);
        method.setAccessible(true);
        try {
            method.invoke(plugin, arguments);
        } catch (java.lang.reflect.InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
