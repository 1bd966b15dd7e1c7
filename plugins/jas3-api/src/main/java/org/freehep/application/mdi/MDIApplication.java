package org.freehep.application.mdi;

import org.freehep.application.Application;

/** Stand-in for FreeHEP's application with pages (multiple document interface). */
public abstract class MDIApplication extends Application {

    private final PageManager pageManager;

    /**
     * Creates the application. The real JAS3 class creates its own page manager; this constructor takes
     * one so that tests can record pages.
     */
    protected MDIApplication(String name, PageManager pageManager) {
        super(name);
        this.pageManager = pageManager;
    }

    /** Returns the manager that shows the application's pages. */
    public final PageManager getPageManager() {
        return pageManager;
    }
}
