package org.otusj.core.processor;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions for misspelt names, by case-insensitive Levenshtein distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * Returns the candidate closest to {@code input} if it is within max(2, length/3) edits, so that
     * only plausible typos get a suggestion.
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String key = input.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = levenshtein(key, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int limit = Math.max(2, input.length() / 3);
        return (best != null && bestDistance <= limit) ? Optional.of(best) : Optional.empty();
    }

    /** Formats " Did you mean 'X'?" or an empty string. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> " Did you mean '" + s + "'?").orElse("");
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
