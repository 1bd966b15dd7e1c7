package org.otusj.otus.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.ExternalTools;

class ProjectionStatisticsTest {

    @TempDir
    Path dir;

    /** Reference values from NumPy and SciPy for the same samples, computed as the Javadoc defines them. */
    private static final String REFERENCE = """
            import sys
            import numpy as np
            from scipy import stats
            a = np.loadtxt(sys.argv[1])
            b = np.loadtxt(sys.argv[2])
            low, high = np.quantile(b, [0.005, 0.995])
            na, _ = np.histogram(a[(a >= low) & (a <= high)], bins=40, range=(low, high))
            nb, _ = np.histogram(b[(b >= low) & (b <= high)], bins=40, range=(low, high))
            NA, NB = na.sum(), nb.sum()
            filled = (na + nb) > 0
            chi2 = np.sum((NB * na[filled] - NA * nb[filled]) ** 2 / (NA * NB * (na[filled] + nb[filled])))
            ndf = filled.sum() - 1
            ks = stats.ks_2samp(a, b).statistic
            w1 = stats.wasserstein_distance(a, b)
            # W2^2 from the quantile functions on the merged grid of levels.
            sa, sb = np.sort(a), np.sort(b)
            levels = np.union1d(np.arange(1, len(a) + 1) / len(a), np.arange(1, len(b) + 1) / len(b))
            lower = np.concatenate(([0.0], levels[:-1]))
            mid = (lower + levels) / 2
            qa = sa[np.minimum((mid * len(a)).astype(int), len(a) - 1)]
            qb = sb[np.minimum((mid * len(b)).astype(int), len(b) - 1)]
            w2 = np.sum((qa - qb) ** 2 * (levels - lower))
            print(repr(float(chi2)), int(ndf), repr(float(ks)), repr(float(w2)), repr(float(w1)))
            """;

    private double[] sample(int n, double mean, double width, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + width * random.nextGaussian();
        }
        return values;
    }

    private void compareWithScipy(double[] a, double[] b) throws IOException, InterruptedException {
        Path fileA = dir.resolve("a.txt");
        Path fileB = dir.resolve("b.txt");
        Files.writeString(fileA, join(a));
        Files.writeString(fileB, join(b));
        String[] reference = ExternalTools.python(REFERENCE, dir, fileA.toString(), fileB.toString()).trim().split("\\s+");

        ProjectionStatistics statistics = ProjectionStatistics.compare(a, b);
        assertEquals(Double.parseDouble(reference[0]), statistics.chi2(), 1e-9 * (1 + statistics.chi2()), "chi2");
        assertEquals(Integer.parseInt(reference[1]), statistics.ndf(), "ndf");
        assertEquals(Double.parseDouble(reference[2]), statistics.ks(), 1e-12, "KS");
        assertEquals(Double.parseDouble(reference[3]), statistics.wasserstein2(), 1e-9 * (1 + statistics.wasserstein2()),
                "W2^2");
        assertEquals(Double.parseDouble(reference[4]), statistics.wasserstein1(), 1e-9 * (1 + statistics.wasserstein1()),
                "W1");
    }

    private static String join(double[] values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(Double.toString(value)).append('\n');
        }
        return text.toString();
    }

    @Test
    void equalSizesMatchScipy() throws IOException, InterruptedException {
        compareWithScipy(sample(2000, 91.0, 3.0, 1), sample(2000, 90.5, 3.4, 2));
    }

    @Test
    void unequalSizesMatchScipy() throws IOException, InterruptedException {
        compareWithScipy(sample(733, 0.0, 1.0, 3), sample(1250, 0.2, 1.1, 4));
    }

    @Test
    void identicalSamplesGiveZero() {
        double[] a = sample(500, 5, 2, 5);
        ProjectionStatistics statistics = ProjectionStatistics.compare(a, a);
        assertEquals(0.0, statistics.chi2());
        assertEquals(0.0, statistics.ks());
        assertEquals(0.0, statistics.wasserstein2());
        assertEquals(0.0, statistics.wasserstein1());
        assertEquals(39, statistics.ndf(), "40 bins, all filled by 500 Gaussian values, minus 1");
    }

    @Test
    void handComputedShift() {
        // b = a + 2: W1 = 2 and W2^2 = 4 exactly; KS = share of a below 2 + min(a)... computed on a grid 0..9.
        double[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] b = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        ProjectionStatistics statistics = ProjectionStatistics.compare(a, b);
        assertEquals(2.0, statistics.wasserstein1(), 1e-12);
        assertEquals(4.0, statistics.wasserstein2(), 1e-12);
        // F_a(1.5) = 0.2 and F_b(1.5) = 0: the largest gap of the two step functions is 0.2.
        assertEquals(0.2, statistics.ks(), 1e-12);
    }
}
