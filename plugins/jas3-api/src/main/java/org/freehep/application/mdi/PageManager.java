package org.freehep.application.mdi;

import java.awt.Component;
import javax.swing.Icon;

/** Stand-in for FreeHEP's page manager, which shows components as pages (tabs or internal frames). */
public abstract class PageManager {

    /** Creates a page manager. */
    protected PageManager() {
    }

    /**
     * Shows {@code page} as a new page; call on the Swing event thread.
     *
     * @param title the page title
     * @param icon the page icon, or null
     * @return the context of the new page
     */
    public abstract PageContext openPage(Component page, String title, Icon icon);
}
