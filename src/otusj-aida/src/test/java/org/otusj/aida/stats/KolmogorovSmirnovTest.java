package org.otusj.aida.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.otusj.core.testing.ExternalTools;

/** Checks the Kolmogorov-Smirnov distance and p-value against SciPy and against hand-worked cases. */
class KolmogorovSmirnovTest {

    /** Prints ks_2samp(a, b).statistic for each pair of lines (sample a, sample b) of the input file. */
    private static final String KS_SCRIPT = String.join("\n",
            "import sys",
            "from scipy.stats import ks_2samp",
            "lines = open(sys.argv[1]).read().splitlines()",
            "for i in range(0, len(lines), 2):",
            "    a = [float(t) for t in lines[i].split()]",
            "    b = [float(t) for t in lines[i + 1].split()]",
            "    print(repr(float(ks_2samp(a, b).statistic)))",
            "");

    /** Prints kstwobign.sf(lambda) for each line of the input file. */
    private static final String SURVIVAL_SCRIPT = String.join("\n",
            "import sys",
            "from scipy.stats import kstwobign",
            "for line in open(sys.argv[1]).read().splitlines():",
            "    print(repr(float(kstwobign.sf(float(line)))))",
            "");

    @TempDir
    Path tempDir;

    /** Sample pairs with continuous values, ties within and across samples, and unequal sizes. */
    private static List<double[][]> samplePairs() {
        SplittableRandom random = new SplittableRandom(20220510L);
        List<double[][]> pairs = new ArrayList<>();

        pairs.add(new double[][] {gaussian(random, 50, 0.0), gaussian(random, 70, 0.3)});
        pairs.add(new double[][] {gaussian(random, 5000, 0.0), gaussian(random, 3000, 0.05)});
        pairs.add(new double[][] {integers(random, 100, 10), integers(random, 37, 12)});
        pairs.add(new double[][] {halfSteps(random, 200), halfSteps(random, 200)});
        pairs.add(new double[][] {gaussian(random, 1, 0.0), gaussian(random, 5, 0.0)});
        pairs.add(new double[][] {integers(random, 1000, 3), integers(random, 999, 3)});

        double[] same = gaussian(random, 40, 0.0);
        pairs.add(new double[][] {same, same.clone()});
        pairs.add(new double[][] {{1, 2, 3}, {4, 5}});
        pairs.add(new double[][] {
            {Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, Double.POSITIVE_INFINITY},
            {0.0, 2.0, Double.POSITIVE_INFINITY}});
        return pairs;
    }

    private static double[] gaussian(SplittableRandom random, int size, double shift) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextGaussian() + shift;
        }
        return values;
    }

    private static double[] integers(SplittableRandom random, int size, int bound) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextInt(bound);
        }
        return values;
    }

    private static double[] halfSteps(SplittableRandom random, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = Math.rint(2.0 * random.nextGaussian()) / 2.0;
        }
        return values;
    }

    private static String line(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(" "));
    }

    @Test
    void distanceMatchesScipy() throws Exception {
        List<double[][]> pairs = samplePairs();
        List<String> lines = new ArrayList<>();
        for (double[][] pair : pairs) {
            lines.add(line(pair[0]));
            lines.add(line(pair[1]));
        }
        Path samples = tempDir.resolve("samples.txt");
        Files.write(samples, lines);

        List<String> expected = ExternalTools.python(KS_SCRIPT, tempDir, samples.toString()).lines().toList();

        assertEquals(pairs.size(), expected.size(), "one SciPy result per sample pair");
        for (int i = 0; i < pairs.size(); i++) {
            double d = KolmogorovSmirnov.distance(pairs.get(i)[0], pairs.get(i)[1]);
            assertEquals(Double.parseDouble(expected.get(i)), d, 1e-12, "sample pair " + i);
        }
    }

    @Test
    void distanceOfHandWorkedSamples() {
        // a = {1, 2, 2, 3}, b = {2, 4}: after 1, F_a = 1/4 and F_b = 0; after 2, 3/4 and 1/2;
        // after 3, 1 and 1/2; after 4, 1 and 1. The largest gap is 1/2.
        assertEquals(0.5, KolmogorovSmirnov.distance(new double[] {3, 2, 1, 2}, new double[] {4, 2}));
        assertEquals(0.0, KolmogorovSmirnov.distance(new double[] {1, 1, 2}, new double[] {2, 1, 1}));
        assertEquals(1.0, KolmogorovSmirnov.distance(new double[] {1, 2}, new double[] {3}));
        assertEquals(1.0, KolmogorovSmirnov.distance(new double[] {5}, new double[] {-5}));
    }

    @Test
    void distanceLeavesInputsUnchanged() {
        double[] a = {3, 1, 2};
        double[] b = {9, -1};
        KolmogorovSmirnov.distance(a, b);

        assertArrayEquals(new double[] {3, 1, 2}, a);
        assertArrayEquals(new double[] {9, -1}, b);
    }

    @Test
    void invalidSamplesRejected() {
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.distance(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.distance(new double[] {1}, new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> KolmogorovSmirnov.distance(new double[] {1, Double.NaN}, new double[] {1}));
    }

    @Test
    void survivalMatchesScipyKstwobign() throws Exception {
        double[] lambdas = {1e-3, 0.05, 0.2, 0.3, 0.5, 0.8, 0.99, 0.999999, 1.0, 1.000001, 1.2, 1.5, 2.0, 3.0, 5.0, 8.0};
        Path input = tempDir.resolve("lambdas.txt");
        Files.writeString(input, line(lambdas).replace(' ', '\n'));

        List<String> expected = ExternalTools.python(SURVIVAL_SCRIPT, tempDir, input.toString()).lines().toList();

        assertEquals(lambdas.length, expected.size());
        for (int i = 0; i < lambdas.length; i++) {
            double reference = Double.parseDouble(expected.get(i));
            double survival = KolmogorovSmirnov.kolmogorovSurvival(lambdas[i]);
            assertEquals(reference, survival, 1e-10 * reference + 1e-15, "lambda = " + lambdas[i]);
        }
    }

    @Test
    void pValueMatchesScipyKstwobign() throws Exception {
        List<double[][]> pairs = samplePairs();
        double[] lambdas = new double[pairs.size()];
        double[] pValues = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            int n = pairs.get(i)[0].length;
            int m = pairs.get(i)[1].length;
            double d = KolmogorovSmirnov.distance(pairs.get(i)[0], pairs.get(i)[1]);
            lambdas[i] = Math.sqrt((double) n * m / (n + m)) * d;
            pValues[i] = KolmogorovSmirnov.asymptoticPValue(d, n, m);
        }
        Path input = tempDir.resolve("lambdas.txt");
        Files.writeString(input, line(lambdas).replace(' ', '\n'));

        List<String> expected = ExternalTools.python(SURVIVAL_SCRIPT, tempDir, input.toString()).lines().toList();

        for (int i = 0; i < pairs.size(); i++) {
            double reference = Double.parseDouble(expected.get(i));
            assertEquals(reference, pValues[i], 1e-10 * reference + 1e-15, "sample pair " + i);
        }
    }

    @Test
    void survivalLimits() {
        assertEquals(1.0, KolmogorovSmirnov.kolmogorovSurvival(0.0));
        assertEquals(1.0, KolmogorovSmirnov.kolmogorovSurvival(-1.0));
        assertEquals(0.0, KolmogorovSmirnov.kolmogorovSurvival(100.0));
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.kolmogorovSurvival(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.asymptoticPValue(1.5, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.asymptoticPValue(0.5, 0, 10));
    }
}
