package org.otusj.core.processor;

/**
 * Signals that the loop should end after the current event: later processors still process it, no
 * further event is read, and every processor's {@link Processor#end} runs as usual.
 */
public final class StopProcessingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StopProcessingException(String reason) {
        super(reason, null, false, false);
    }
}
