package org.otusj.aida.compare;

import java.util.List;
import org.otusj.aida.AidaPath;

/**
 * The comparison of one histogram present in both files.
 *
 * @param path the histogram's path
 * @param chiSquare chi2 and ndf of the bin differences
 * @param ks the KS distance of the binned cumulative distributions; NaN if it cannot be computed
 * @param wasserstein W1 in the unit of the axis; NaN if it cannot be computed
 * @param failures one sentence per threshold exceeded, or limited statistic that could not be computed;
 *     empty if the comparison passed
 * @param notes one sentence per statistic that could not be computed, such as the KS distance of an empty
 *     histogram. A note alone does not fail the comparison.
 */
public record HistogramComparison(AidaPath path, ChiSquare chiSquare, double ks, double wasserstein,
        List<String> failures, List<String> notes) {

    /** Copies the lists. */
    public HistogramComparison {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** Returns true if no threshold was exceeded. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
