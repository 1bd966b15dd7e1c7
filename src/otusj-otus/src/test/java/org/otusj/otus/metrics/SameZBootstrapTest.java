package org.otusj.otus.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap of R_same against computations that share no code with it: quantile functions
 * integrated on a grid, the unweighted sliced-Wasserstein distance, and the closed form of well
 * separated events.
 */
class SameZBootstrapTest {

    @Test
    void weightedDistanceMatchesQuantileIntegral() {
        double[][] a = {{3.0}, {-1.5}, {7.25}, {0.5}, {2.0}, {-4.0}, {9.5}};
        int[] eventsA = {0, 1, 2, 3, 0, 2, 4};
        double[][] b = {{1.0}, {6.0}, {-2.0}, {4.5}, {0.0}};
        int[] eventsB = {4, 1, 3, 0, 2};
        int[] counts = {2, 0, 1, 3, 1};

        SameZBootstrap.Sample sampleA = new SameZBootstrap.Sample(a, eventsA);
        SameZBootstrap.Sample sampleB = new SameZBootstrap.Sample(b, eventsB);

        double found = SameZBootstrap.weightedDistance(project(sampleA), sampleA.weight(counts), project(sampleB),
                sampleB.weight(counts), counts);

        assertEquals(quantileIntegral(a, eventsA, b, eventsB, counts), found, 1e-12);
    }

    @Test
    void unitCountsGivePlainDistance() {
        SplittableRandom random = new SplittableRandom(3);
        int events = 40;
        SameZBootstrap.Sample fast = sample(events, 5, 4, random, 1.2);
        SameZBootstrap.Sample detector = sample(events, 5, 4, random, 1.0);
        SameZBootstrap.Sample floor = sample(events, 5, 4, random, 1.0);
        SameZBootstrap.Sample identity = sample(events, 5, 4, random, 0.0);
        double[][] directions = SlicedWasserstein.directions(4, 30, 5);
        int[][] ones = new int[1][events];
        Arrays.fill(ones[0], 1);

        double[][] sums = SameZBootstrap.distanceSums(fast, detector, floor, identity, directions, ones);

        assertEquals(SlicedWasserstein.distance(fast.rows(), detector.rows(), directions), sums[0][0] / 30, 1e-9);
        assertEquals(SlicedWasserstein.distance(floor.rows(), detector.rows(), directions), sums[1][0] / 30, 1e-9);
        assertEquals(SlicedWasserstein.distance(identity.rows(), detector.rows(), directions), sums[2][0] / 30, 1e-9);
    }

    @Test
    void separatedEventsFollowClosedForm() {
        // Events 1000 apart on a line: the sorted samples keep the events in blocks at the same levels, so a
        // replica's distance is sum_e c_e W_e / sum_e c_e, with W_e the distance of event e alone.
        int events = 25;
        int draws = 6;
        SplittableRandom random = new SplittableRandom(11);
        double[][] fast = new double[events * draws][1];
        double[][] detector = new double[events * draws][1];
        double[][] floor = new double[events * draws][1];
        int[] labels = new int[events * draws];
        double[] fastAlone = new double[events];
        double[] floorAlone = new double[events];
        for (int e = 0; e < events; e++) {
            double width = 1 + e % 4;
            double shift = e % 3 == 0 ? 2.0 : 0.0;
            double[] d = new double[draws];
            double[] f = new double[draws];
            double[] g = new double[draws];
            for (int k = 0; k < draws; k++) {
                int row = e * draws + k;
                labels[row] = e;
                d[k] = 1000.0 * e + width * random.nextGaussian();
                f[k] = 1000.0 * e + shift + 1.3 * width * random.nextGaussian();
                g[k] = 1000.0 * e + width * random.nextGaussian();
                detector[row][0] = d[k];
                fast[row][0] = f[k];
                floor[row][0] = g[k];
            }
            fastAlone[e] = sortedSquaredDifference(f, d);
            floorAlone[e] = sortedSquaredDifference(g, d);
        }
        SameZBootstrap.Sample det = new SameZBootstrap.Sample(detector, labels);
        int replicas = 200;
        long seed = 17;

        SameZBootstrap.Intervals intervals = SameZBootstrap.intervals(new SameZBootstrap.Sample(fast, labels), det,
                new SameZBootstrap.Sample(floor, labels), det, events, new double[][] {{1.0}}, replicas, seed);

        int[][] counts = SameZBootstrap.draws(events, replicas, seed);
        double[] ratios = new double[replicas];
        for (int r = 0; r < replicas; r++) {
            double numerator = 0;
            double denominator = 0;
            for (int e = 0; e < events; e++) {
                numerator += counts[r][e] * fastAlone[e];
                denominator += counts[r][e] * floorAlone[e];
            }
            ratios[r] = numerator / denominator;
        }
        Arrays.sort(ratios);
        // numpy.percentile(ratios, [16, 84]) with linear interpolation: positions 31.84 and 167.16.
        double low = ratios[31] + 0.84 * (ratios[32] - ratios[31]);
        double high = ratios[167] + 0.16 * (ratios[168] - ratios[167]);

        assertEquals(low, intervals.ratio().low(), 1e-9 * low);
        assertEquals(high, intervals.ratio().high(), 1e-9 * high);
        assertTrue(intervals.ratio().low() < intervals.ratio().high());
        // Det against itself: 0 in every replica.
        assertEquals(0, intervals.identityRatio().high(), 1e-12);
    }

    @Test
    void redrawsAddTheirDistancesBeforeDividing() {
        SplittableRandom random = new SplittableRandom(11);
        int events = 30;
        SameZBootstrap.Sample fast = sample(events, 4, 3, random, 1.5);
        SameZBootstrap.Sample detector = sample(events, 4, 3, random, 1.0);
        SameZBootstrap.Sample floor = sample(events, 4, 3, random, 1.0);
        SameZBootstrap.Sample identity = sample(events, 4, 3, random, 0.0);
        double[][] directions = SlicedWasserstein.directions(3, 20, 9);

        // The second redraw swaps D and Det': in every replica the summed numerator equals the summed
        // denominator, so every ratio is 1, while each redraw alone gives ratios far from 1.
        List<SameZBootstrap.Redraw> swapped = List.of(new SameZBootstrap.Redraw(fast, detector, floor, identity),
                new SameZBootstrap.Redraw(floor, detector, fast, identity));
        SameZBootstrap.Intervals both = SameZBootstrap.intervals(swapped, events, directions, 50, 4);
        SameZBootstrap.Intervals first = SameZBootstrap.intervals(fast, detector, floor, identity, events, directions,
                50, 4);

        assertEquals(1, both.ratio().low(), 1e-12);
        assertEquals(1, both.ratio().high(), 1e-12);
        assertTrue(first.ratio().low() > 1.2, first.ratio().toString());
    }

    @Test
    void drawsResampleEveryEventOnceOnAverage() {
        int events = 50;
        int replicas = 4000;
        int[][] counts = SameZBootstrap.draws(events, replicas, 23);

        double sum = 0;
        double sumSquares = 0;
        for (int[] replica : counts) {
            assertEquals(events, Arrays.stream(replica).sum());
            for (int count : replica) {
                sum += count;
                sumSquares += count * count;
            }
        }
        double mean = sum / (events * (double) replicas);
        double variance = sumSquares / (events * (double) replicas) - mean * mean;
        // Multinomial with n draws over n events: each count has mean 1 and variance 1 - 1/n = 0.98.
        assertEquals(1.0, mean, 1e-12);
        assertEquals(0.98, variance, 0.02);
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        double[] sorted = {1, 2, 3, 4};

        // numpy.percentile([1, 2, 3, 4], 16) = 1.48 and numpy.percentile([1, 2, 3, 4], 84) = 3.52.
        assertEquals(1.48, SameZBootstrap.percentile(sorted, 0.16), 1e-12);
        assertEquals(3.52, SameZBootstrap.percentile(sorted, 0.84), 1e-12);
    }

    @Test
    void mismatchedEventLabelsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SameZBootstrap.Sample(new double[2][1], new int[3]));
    }

    private static SameZBootstrap.SortedProjection project(SameZBootstrap.Sample sample) {
        return SameZBootstrap.SortedProjection.of(sample, new double[] {1.0});
    }

    /**
     * Integrates (F_a^-1(u) - F_b^-1(u))^2 over u with the midpoint rule on a grid whose cells contain no
     * step of either quantile function, which makes the rule exact.
     */
    private static double quantileIntegral(double[][] a, int[] eventsA, double[][] b, int[] eventsB, int[] counts) {
        int totalA = total(eventsA, counts);
        int totalB = total(eventsB, counts);
        int cells = totalA * totalB * 8;
        double sum = 0;
        for (int k = 0; k < cells; k++) {
            double u = (k + 0.5) / cells;
            double d = quantile(a, eventsA, counts, totalA, u) - quantile(b, eventsB, counts, totalB, u);
            sum += d * d;
        }
        return sum / cells;
    }

    /** Returns the smallest value whose cumulative weight share reaches u. */
    private static double quantile(double[][] rows, int[] events, int[] counts, int total, double u) {
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(rows[p][0], rows[q][0]));
        double cumulative = 0;
        for (int i : order) {
            cumulative += counts[events[i]] / (double) total;
            if (counts[events[i]] > 0 && cumulative >= u) {
                return rows[i][0];
            }
        }
        throw new AssertionError("no quantile at " + u);
    }

    private static int total(int[] events, int[] counts) {
        int total = 0;
        for (int event : events) {
            total += counts[event];
        }
        return total;
    }

    private static double sortedSquaredDifference(double[] a, double[] b) {
        double[] x = a.clone();
        double[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return sum / x.length;
    }

    /** Builds K rows per event around an event centre, with Gaussian scatter of the given width. */
    private static SameZBootstrap.Sample sample(int events, int draws, int dimension, SplittableRandom random,
            double width) {
        double[][] rows = new double[events * draws][dimension];
        int[] labels = new int[events * draws];
        for (int e = 0; e < events; e++) {
            for (int k = 0; k < draws; k++) {
                labels[e * draws + k] = e;
                for (int j = 0; j < dimension; j++) {
                    rows[e * draws + k][j] = 10.0 * e * (j + 1) + width * random.nextGaussian();
                }
            }
        }
        return new SameZBootstrap.Sample(rows, labels);
    }
}
