package org.otusj.core.condition;

import java.util.Collection;
import java.util.Optional;

/**
 * Splits a condition reference into the processor that sets it and the flag: {@code Selection} is the
 * processor's own value (flag ""), {@code Selection.highPt} the flag {@code highPt}. Processor names may
 * contain dots, so the longest processor name that the reference starts with wins.
 */
public final class ConditionNames {

    private ConditionNames() {
    }

    /** A reference split into processor name and flag. */
    public record Split(String processor, String flag) {
    }

    /** Splits {@code reference} against the known {@code processors}, or returns empty if none matches. */
    public static Optional<Split> split(String reference, Collection<String> processors) {
        if (processors.contains(reference)) {
            return Optional.of(new Split(reference, ""));
        }
        for (int dot = reference.lastIndexOf('.'); dot > 0; dot = reference.lastIndexOf('.', dot - 1)) {
            String processor = reference.substring(0, dot);
            if (processors.contains(processor)) {
                return Optional.of(new Split(processor, reference.substring(dot + 1)));
            }
        }
        return Optional.empty();
    }

    /** Returns the processor part of {@code reference} as typed: everything before the first dot. */
    public static String processorGuess(String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? reference : reference.substring(0, dot);
    }
}
