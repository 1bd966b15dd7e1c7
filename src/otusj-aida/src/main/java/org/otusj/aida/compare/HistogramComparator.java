package org.otusj.aida.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;

/**
 * Compares every 1-D histogram that a reference and a candidate tree hold at the same path, with the
 * statistics of {@link BinnedStatistics}, and checks them against {@link Thresholds}.
 */
public final class HistogramComparator {

    private final Thresholds thresholds;
    private final boolean shape;

    /**
     * Creates a comparator.
     *
     * @param shape compare normalised shapes in the chi-square (KS and W1 always compare shapes)
     */
    public HistogramComparator(Thresholds thresholds, boolean shape) {
        this.thresholds = thresholds;
        this.shape = shape;
    }

    /** Returns true if the chi-square compares normalised shapes. */
    public boolean shape() {
        return shape;
    }

    /**
     * Compares the trees. Histograms only in the reference, or with different binning, are listed in the
     * report and make it fail. Histograms only in the candidate are listed but do not fail it.
     */
    public ComparisonReport compare(AidaTree reference, AidaTree candidate) {
        Map<AidaPath, Histogram1D> referenceHistograms = reference.objects(Histogram1D.class);
        Map<AidaPath, Histogram1D> candidateHistograms = candidate.objects(Histogram1D.class);

        List<HistogramComparison> rows = new ArrayList<>();
        List<AidaPath> onlyInReference = new ArrayList<>();
        Map<AidaPath, String> incompatible = new LinkedHashMap<>();
        for (Map.Entry<AidaPath, Histogram1D> entry : referenceHistograms.entrySet()) {
            Histogram1D other = candidateHistograms.get(entry.getKey());
            if (other == null) {
                onlyInReference.add(entry.getKey());
                continue;
            }
            try {
                rows.add(compare(entry.getKey(), entry.getValue(), other));
            } catch (IllegalArgumentException differentBinning) {
                incompatible.put(entry.getKey(), differentBinning.getMessage());
            }
        }

        List<AidaPath> onlyInCandidate = new ArrayList<>();
        for (AidaPath path : candidateHistograms.keySet()) {
            if (!referenceHistograms.containsKey(path)) {
                onlyInCandidate.add(path);
            }
        }
        return new ComparisonReport(rows, onlyInReference, onlyInCandidate, incompatible, thresholds, shape);
    }

    /**
     * Compares one pair of histograms.
     *
     * @throws IllegalArgumentException if their bin edges differ
     */
    public HistogramComparison compare(AidaPath path, Histogram1D reference, Histogram1D candidate) {
        BinnedStatistics.requireSameBinning(reference, candidate);
        List<String> notes = new ArrayList<>();
        ChiSquare chiSquare = shape
                ? shapeChiSquare(reference, candidate, notes)
                : BinnedStatistics.chiSquare(reference, candidate, false);
        double ks = shapeStatistic(() -> BinnedStatistics.ksDistance(reference, candidate), "KS distance", notes);
        double wasserstein = shapeStatistic(() -> BinnedStatistics.wasserstein(reference, candidate),
                "Wasserstein distance", notes);

        List<String> failures = new ArrayList<>();
        check(chiSquare.reduced(), thresholds.maxReducedChi2(), "chi2/ndf", failures);
        check(ks, thresholds.maxKs(), "KS distance", failures);
        check(wasserstein, thresholds.maxWasserstein(), "Wasserstein distance", failures);
        return new HistogramComparison(path, chiSquare, ks, wasserstein, failures, notes);
    }

    private static ChiSquare shapeChiSquare(Histogram1D reference, Histogram1D candidate, List<String> notes) {
        try {
            return BinnedStatistics.chiSquare(reference, candidate, true);
        } catch (IllegalArgumentException empty) {
            notes.add("chi2 of shapes not computed: " + empty.getMessage());
            return new ChiSquare(Double.NaN, 0);
        }
    }

    /** Returns the statistic, or NaN with a note when a histogram has no positive sum of heights. */
    private static double shapeStatistic(java.util.function.DoubleSupplier statistic, String name, List<String> notes) {
        try {
            return statistic.getAsDouble();
        } catch (IllegalArgumentException empty) {
            notes.add(name + " not computed: " + empty.getMessage());
            return Double.NaN;
        }
    }

    private static void check(double value, double limit, String name, List<String> failures) {
        if (limit == Double.POSITIVE_INFINITY) {
            return;
        }
        if (Double.isNaN(value)) {
            failures.add(name + " is undefined but limited to " + limit);
        } else if (value > limit) {
            failures.add(name + " " + value + " exceeds the limit " + limit);
        }
    }
}
