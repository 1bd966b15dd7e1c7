package org.freehep.application;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stand-in for FreeHEP's application base class, reduced to the member the otusj plugin calls. In JAS3
 * the real class shows errors in a dialog; this one logs them to {@code java.util.logging}.
 */
public abstract class Application {

    private static final Logger LOG = Logger.getLogger(Application.class.getName());

    private final String name;

    /** Creates an application called {@code name}. */
    protected Application(String name) {
        this.name = name;
    }

    /**
     * Reports an error to the user. JAS3 shows {@code message} in its error dialog with {@code detail} as
     * the details; this stand-in logs both at level SEVERE.
     *
     * @param detail the cause, or null
     */
    public void error(String message, Throwable detail) {
        LOG.log(Level.SEVERE, name + ": " + message, detail);
    }
}
