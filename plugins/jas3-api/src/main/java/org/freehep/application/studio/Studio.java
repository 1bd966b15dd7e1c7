package org.freehep.application.studio;

import javax.swing.JMenuItem;
import org.freehep.application.mdi.MDIApplication;
import org.freehep.application.mdi.PageManager;
import org.freehep.util.FreeHEPLookup;

/** Stand-in for FreeHEP's plugin host, the base of JAS3's main application class. */
public class Studio extends MDIApplication {

    private final FreeHEPLookup lookup;

    /**
     * Creates a studio. JAS3's constructor creates its own page manager and lookup; this one takes them
     * so that tests can record what a plugin does.
     */
    protected Studio(String name, PageManager pageManager, FreeHEPLookup lookup) {
        super(name, pageManager);
        this.lookup = lookup;
    }

    /** Returns the lookup in which plugins register services such as file handlers. */
    public final FreeHEPLookup getLookup() {
        return lookup;
    }

    /**
     * Receives a menu that a plugin added with {@link Plugin#addMenu}. This hook exists only in the
     * stand-in, for tests; JAS3 merges the menu into its menu bar. It does nothing here.
     *
     * @param sortOrder the position among the application's menus, as given by the plugin
     */
    protected void menuAdded(JMenuItem item, long sortOrder) {
    }
}
