package org.otusj.otus.train;

/** Training cannot go on, e.g. because a loss term became NaN or infinite. */
public final class TrainingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }
}
