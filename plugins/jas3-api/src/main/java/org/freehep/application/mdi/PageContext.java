package org.freehep.application.mdi;

/** Stand-in for FreeHEP's handle on one open page; the otusj plugin uses the type only. */
public abstract class PageContext {

    /** Creates a page context. */
    protected PageContext() {
    }
}
