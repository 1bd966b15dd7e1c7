package org.otusj.aida.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.core.testing.ExternalTools;

/** Checks the comparison statistics against NumPy and SciPy and against cases worked out by hand. */
class BinnedStatisticsTest {

    /**
     * Reads groups of five lines (edges, h1, e1, h2, e2) and prints chi2, ndf, chi2 of shapes, its ndf, the
     * KS distance of the cumulative sums and scipy's wasserstein_distance of the bin centres weighted by the
     * heights.
     */
    private static final String STATISTICS_SCRIPT = String.join("\n",
            "import sys",
            "import numpy as np",
            "from scipy.stats import wasserstein_distance",
            "lines = open(sys.argv[1]).read().splitlines()",
            "for i in range(0, len(lines), 5):",
            "    edges, h1, e1, h2, e2 = (np.array(lines[i + k].split(), dtype=float) for k in range(5))",
            "    var = e1 ** 2 + e2 ** 2",
            "    used = var > 0",
            "    chi2 = np.sum((h1[used] - h2[used]) ** 2 / var[used])",
            "    a1, a2 = h1.sum(), h2.sum()",
            "    var_shape = (e1 / a1) ** 2 + (e2 / a2) ** 2",
            "    used_shape = var_shape > 0",
            "    chi2_shape = np.sum((h1[used_shape] / a1 - h2[used_shape] / a2) ** 2 / var_shape[used_shape])",
            "    ks = np.max(np.abs(np.cumsum(h1) / a1 - np.cumsum(h2) / a2))",
            "    centres = 0.5 * (edges[:-1] + edges[1:])",
            "    w1 = wasserstein_distance(centres, centres, u_weights=h1, v_weights=h2)",
            "    print(repr(float(chi2)), int(used.sum()), repr(float(chi2_shape)), int(used_shape.sum()) - 1,",
            "          repr(float(ks)), repr(float(w1)))",
            "");

    /** Prints r = h2 / h1 and r sqrt(1/h1 + 1/h2) per bin for unweighted histograms (lines h1, h2). */
    private static final String RATIO_SCRIPT = String.join("\n",
            "import sys",
            "import numpy as np",
            "h1, h2 = (np.array(line.split(), dtype=float) for line in open(sys.argv[1]).read().splitlines())",
            "used = (h1 > 0) & (h2 > 0)",
            "r = h2[used] / h1[used]",
            "sigma = r * np.sqrt(1.0 / h1[used] + 1.0 / h2[used])",
            "for value, error in zip(r, sigma):",
            "    print(repr(float(value)), repr(float(error)))",
            "");

    @TempDir
    Path tempDir;

    @Test
    void handWorkedUnweightedCase() {
        // h1 = [1, 3, 0, 4], h2 = [2, 1, 1, 4] with errors sqrt(h):
        // chi2 = 1/3 + 4/4 + 1/1 + 0/8 = 7/3 over 4 bins.
        // CDFs [1, 4, 4, 8] / 8 and [2, 3, 4, 8] / 8 differ by 1/8, 1/8, 0, 0: KS = 1/8, W1 = 2/8 at unit spacing.
        Histogram1D h1 = unweighted(new int[] {1, 3, 0, 4});
        Histogram1D h2 = unweighted(new int[] {2, 1, 1, 4});

        ChiSquare chi2 = BinnedStatistics.chiSquare(h1, h2, false);
        assertEquals(7.0 / 3.0, chi2.chi2(), 1e-12);
        assertEquals(4, chi2.ndf());
        assertEquals(7.0 / 12.0, chi2.reduced(), 1e-12);
        assertEquals(0.125, BinnedStatistics.ksDistance(h1, h2), 1e-15);
        assertEquals(0.25, BinnedStatistics.wasserstein(h1, h2), 1e-15);
    }

    @Test
    void identicalHistogramsGiveZero() {
        Histogram1D h = unweighted(new int[] {5, 0, 7, 1});

        assertEquals(0.0, BinnedStatistics.chiSquare(h, h, false).chi2());
        assertEquals(3, BinnedStatistics.chiSquare(h, h, false).ndf());
        assertEquals(0.0, BinnedStatistics.ksDistance(h, h));
        assertEquals(0.0, BinnedStatistics.wasserstein(h, h));
    }

    @Test
    void statisticsMatchNumpyAndScipy() throws Exception {
        List<Histogram1D[]> pairs = pairs();
        List<String> lines = new ArrayList<>();
        for (Histogram1D[] pair : pairs) {
            double[] edges = new double[pair[0].xAxis().bins() + 1];
            for (int i = 0; i < pair[0].xAxis().bins(); i++) {
                edges[i] = pair[0].xAxis().binLowerEdge(i);
            }
            edges[edges.length - 1] = pair[0].xAxis().upperEdge();
            lines.add(line(edges));
            for (Histogram1D h : pair) {
                double[] heights = new double[h.xAxis().bins()];
                double[] errors = new double[h.xAxis().bins()];
                for (int i = 0; i < heights.length; i++) {
                    heights[i] = h.binHeight(i);
                    errors[i] = h.binError(i);
                }
                lines.add(line(heights));
                lines.add(line(errors));
            }
        }
        Path input = Files.write(tempDir.resolve("pairs.txt"), lines);

        List<String> expected = ExternalTools.python(STATISTICS_SCRIPT, tempDir, input.toString()).lines().toList();

        assertEquals(pairs.size(), expected.size());
        for (int p = 0; p < pairs.size(); p++) {
            String[] values = expected.get(p).split(" ");
            Histogram1D h1 = pairs.get(p)[0];
            Histogram1D h2 = pairs.get(p)[1];
            ChiSquare absolute = BinnedStatistics.chiSquare(h1, h2, false);
            ChiSquare shape = BinnedStatistics.chiSquare(h1, h2, true);
            String pair = "pair " + p;
            assertEquals(Double.parseDouble(values[0]), absolute.chi2(), 1e-9 * absolute.chi2(), pair);
            assertEquals(Integer.parseInt(values[1]), absolute.ndf(), pair);
            assertEquals(Double.parseDouble(values[2]), shape.chi2(), 1e-9 * shape.chi2(), pair);
            assertEquals(Integer.parseInt(values[3]), shape.ndf(), pair);
            assertEquals(Double.parseDouble(values[4]), BinnedStatistics.ksDistance(h1, h2), 1e-12, pair);
            assertEquals(Double.parseDouble(values[5]), BinnedStatistics.wasserstein(h1, h2), 1e-10, pair);
        }
    }

    @Test
    void ratioErrorMatchesPoissonFormula() throws Exception {
        int[] counts1 = {4, 9, 0, 25, 100, 7};
        int[] counts2 = {5, 3, 2, 0, 121, 7};
        Path input = Files.write(tempDir.resolve("counts.txt"), List.of(line(toDouble(counts1)),
                line(toDouble(counts2))));
        List<String> expected = ExternalTools.python(RATIO_SCRIPT, tempDir, input.toString()).lines().toList();

        DataPointSet ratio = BinnedStatistics.ratio(unweighted(counts1), unweighted(counts2), false);
        assertEquals(expected.size(), ratio.size());
        for (int i = 0; i < ratio.size(); i++) {
            String[] values = expected.get(i).split(" ");
            assertEquals(Double.parseDouble(values[0]), ratio.point(i).coordinate(1).value(), 1e-14, "point " + i);
            assertEquals(Double.parseDouble(values[1]), ratio.point(i).coordinate(1).errorPlus(), 1e-14, "point " + i);
        }
        // Bins 0, 1, 4 and 5 have both heights; x is the bin centre with half the width as error.
        assertEquals(4.5, ratio.point(2).coordinate(0).value());
        assertEquals(0.5, ratio.point(2).coordinate(0).errorMinus());
    }

    @Test
    void differentBinningRejected() {
        Histogram1D a = new Histogram1D("a", 4, 0, 4);
        Histogram1D b = new Histogram1D("b", new double[] {0, 1, 2, 3.5, 4});
        a.fill(1);
        b.fill(1);

        assertThrows(IllegalArgumentException.class, () -> BinnedStatistics.chiSquare(a, b, false));
        assertThrows(IllegalArgumentException.class, () -> BinnedStatistics.ksDistance(a, b));
        assertThrows(IllegalArgumentException.class, () -> BinnedStatistics.ratio(a, b, false));
    }

    @Test
    void emptyHistogramHasNoShape() {
        Histogram1D empty = new Histogram1D("empty", 4, 0, 4);
        Histogram1D filled = unweighted(new int[] {1, 2, 3, 4});

        assertThrows(IllegalArgumentException.class, () -> BinnedStatistics.ksDistance(empty, filled));
        assertThrows(IllegalArgumentException.class, () -> BinnedStatistics.wasserstein(filled, empty));
        assertEquals(4, BinnedStatistics.chiSquare(empty, filled, false).ndf());
    }

    /** Pairs of histograms: unweighted Gaussians, weighted fills, variable bins and a shifted shape. */
    private static List<Histogram1D[]> pairs() {
        SplittableRandom random = new SplittableRandom(99);
        List<Histogram1D[]> pairs = new ArrayList<>();
        double[] variable = {-3, -2, -1, -0.5, 0, 0.25, 0.5, 1, 2, 4};
        for (int p = 0; p < 6; p++) {
            Histogram1D h1 = p % 2 == 0 ? new Histogram1D("h1", 30, -4, 4) : new Histogram1D("h1", variable);
            Histogram1D h2 = p % 2 == 0 ? new Histogram1D("h2", 30, -4, 4) : new Histogram1D("h2", variable);
            int fills = 200 + 400 * p;
            for (int i = 0; i < fills; i++) {
                double weight1 = p >= 2 ? random.nextDouble(0.2, 2.0) : 1.0;
                double weight2 = p >= 2 ? random.nextDouble(0.2, 2.0) : 1.0;
                h1.fill(random.nextGaussian(), weight1);
                h2.fill(random.nextGaussian() * (1 + 0.05 * p) + 0.1 * p, weight2);
            }
            pairs.add(new Histogram1D[] {h1, h2});
        }
        return pairs;
    }

    private static Histogram1D unweighted(int[] counts) {
        Histogram1D h = new Histogram1D("counts", counts.length, 0, counts.length);
        for (int bin = 0; bin < counts.length; bin++) {
            for (int i = 0; i < counts[bin]; i++) {
                h.fill(bin + 0.5);
            }
        }
        return h;
    }

    private static double[] toDouble(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }

    private static String line(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(" "));
    }
}
