package org.otusj.core.processor;

/** Signals that later processors should not see the current event (an event failing a selection). */
public final class SkipEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SkipEventException() {
        super(null, null, false, false);
    }
}
