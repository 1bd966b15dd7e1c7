package org.otusj.jas3;

import javax.swing.SwingUtilities;
import org.freehep.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs an error and shows it in JAS3's error dialog, on the Swing event thread. */
final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Application application;

    ErrorReporter(Application application) {
        this.application = application;
    }

    /**
     * Logs {@code message} with {@code cause} and shows both in JAS3's error dialog; may be called from any
     * thread.
     *
     * @param cause the exception, or null
     */
    void report(String message, Throwable cause) {
        LOG.error(message, cause);
        SwingUtilities.invokeLater(() -> application.error(message, cause));
    }

    /** Returns the exception's message, or its class name when it has none. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getName() : message;
    }
}
