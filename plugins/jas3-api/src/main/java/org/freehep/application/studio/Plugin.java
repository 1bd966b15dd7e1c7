package org.freehep.application.studio;

import javax.swing.JMenuItem;

/**
 * Stand-in for the base class of JAS3 plugins. JAS3 creates a plugin with the public no-argument
 * constructor, then calls {@link #setContext}, which calls {@link #init}; later {@link #postInit} when all
 * plugins are loaded, {@link #applicationVisible} when the main window shows, and {@link #stop}, which
 * calls {@link #shutdown}, when the plugin is unloaded.
 */
public abstract class Plugin {

    private Studio application;

    /** Creates the plugin; JAS3 calls this constructor by reflection. */
    public Plugin() {
    }

    /**
     * Sets up the plugin: menus, services. Other plugins may not be loaded yet.
     *
     * @throws Throwable any failure, which JAS3 reports and then skips the plugin
     */
    protected void init() throws Throwable {
    }

    /** Called when all plugins are loaded and before the main window is visible. Does nothing here. */
    protected void postInit() {
    }

    /** Called when the main window has become visible. Does nothing here. */
    protected void applicationVisible() {
    }

    /** Returns true if the plugin may be unloaded while the application runs; false unless overridden. */
    public boolean canBeShutDown() {
        return false;
    }

    /** Releases what {@link #init} set up. Does nothing here. */
    protected void shutdown() {
    }

    /** Returns the application that loaded the plugin, or null before {@link #setContext}. */
    public Studio getApplication() {
        return application;
    }

    /**
     * Adds {@code item} to the application's menu bar.
     *
     * @param sortOrder the position among the application's menus
     */
    protected void addMenu(JMenuItem item, long sortOrder) {
        application.menuAdded(item, sortOrder);
    }

    /** Connects the plugin to {@code studio} and calls {@link #init}; called by JAS3 after construction. */
    void setContext(Studio studio) throws Throwable {
        this.application = studio;
        init();
    }

    /** Calls {@link #shutdown}; called by JAS3 when it unloads the plugin. */
    void stop() {
        shutdown();
    }
}
