package org.otusj.core.steering;

import java.util.List;

/**
 * An invalid steering file. The message lists every problem found, one per line, each starting with
 * {@code file:line}.
 */
public final class SteeringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public SteeringException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public SteeringException(SourceLocation location, String problem) {
        this(List.of(location + ": " + problem));
    }

    /** The problems, each with its location. */
    public List<String> problems() {
        return problems;
    }
}
