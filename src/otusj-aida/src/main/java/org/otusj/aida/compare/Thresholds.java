package org.otusj.aida.compare;

/**
 * Upper limits for a comparison to pass; {@link Double#POSITIVE_INFINITY} leaves a statistic unchecked.
 * A statistic that cannot be computed (NaN) fails a finite limit.
 *
 * @param maxReducedChi2 limit on chi2 / ndf
 * @param maxKs limit on the KS distance
 * @param maxWasserstein limit on W1, in the unit of the histogram axis
 */
public record Thresholds(double maxReducedChi2, double maxKs, double maxWasserstein) {

    /** Thresholds that check nothing. */
    public static final Thresholds NONE = new Thresholds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is NaN or negative
     */
    public Thresholds {
        check(maxReducedChi2, "--max-chi2");
        check(maxKs, "--max-ks");
        check(maxWasserstein, "--max-wasserstein");
    }

    private static void check(double limit, String name) {
        if (!(limit >= 0)) {
            throw new IllegalArgumentException(name + " must be a number >= 0, found " + limit);
        }
    }
}
