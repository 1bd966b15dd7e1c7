package org.otusj.otus.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Bootstrap over test events of the same-z ratios R_same. Each replica draws as many test events as
 * there are, with replacement. It then recomputes d_SW(D, Det), d_SW(Det', Det) and d_SW(z, Det), with
 * every sample of an event counted as often as the event was drawn. A few test events of the highest
 * energies can dominate a distance in GeV^2, and the spread of the replicas shows how much.
 *
 * <p>Every direction projects and sorts each sample once. A replica then needs only a weighted walk over
 * the sorted values, where the weight of a value is the number of times its event was drawn.
 */
public final class SameZBootstrap {

    /** Share of the replicas below the interval, and above it: a central 68 % interval like one standard deviation. */
    private static final double TAIL = 0.16;

    private SameZBootstrap() {
    }

    /**
     * One labelled sample: rows and the test event each row belongs to.
     *
     * @param rows sample rows, all of one dimension
     * @param events test event index per row, 0 to events - 1
     */
    public record Sample(double[][] rows, int[] events) {
        public Sample {
            if (rows.length != events.length) {
                throw new IllegalArgumentException(rows.length + " rows but " + events.length + " event indices");
            }
        }

        /** Returns the total weight of the rows when event e is drawn counts[e] times. */
        double weight(int[] counts) {
            double total = 0;
            for (int event : events) {
                total += counts[event];
            }
            return total;
        }
    }

    /**
     * The samples of one redraw of the same-z comparison.
     *
     * @param fast D(z) samples
     * @param detector Det(z) samples, the reference of every distance
     * @param floor Det'(z) samples
     * @param identity the true z of each Det(z) row, in the same layout
     */
    public record Redraw(Sample fast, Sample detector, Sample floor, Sample identity) {
    }

    /** The two ratio intervals: the fast simulation's R_same and the identity map's. */
    public record Intervals(BootstrapInterval ratio, BootstrapInterval identityRatio) {
    }

    /**
     * Computes the bootstrap intervals of R_same and of the identity's R_same.
     *
     * @param fast D(z) samples
     * @param detector Det(z) samples, the reference of every distance
     * @param floor Det'(z) samples
     * @param identity the true z of each Det(z) row, in the same layout
     * @param events number of test events
     * @param directions unit directions [slices][dimension]
     * @param replicas number of resampled test sets
     * @param seed seed of the event draws
     * @return the intervals over the replicas whose ratios are defined, because a replica may draw no event
     *     of a sample. An interval is null if no replica's ratio is defined.
     */
    public static Intervals intervals(Sample fast, Sample detector, Sample floor, Sample identity, int events,
            double[][] directions, int replicas, long seed) {
        return intervals(List.of(new Redraw(fast, detector, floor, identity)), events, directions, replicas, seed);
    }

    /**
     * Computes the bootstrap intervals of R_same and of the identity's R_same over several redraws of the
     * same test events. A replica draws the test events once and applies the draw to every redraw. Its
     * ratios divide the distances summed over the redraws, as R_same divides their means.
     *
     * @param redraws the samples of each redraw, with event indices from 0 to events - 1
     * @see #intervals(Sample, Sample, Sample, Sample, int, double[][], int, long)
     */
    public static Intervals intervals(List<Redraw> redraws, int events, double[][] directions, int replicas,
            long seed) {
        if (events < 1 || replicas < 1 || redraws.isEmpty()) {
            throw new IllegalArgumentException("the bootstrap needs at least 1 event, 1 replica and 1 redraw, found "
                    + events + ", " + replicas + " and " + redraws.size());
        }
        int[][] counts = draws(events, replicas, seed);
        double[][] sums = new double[3][replicas];
        for (Redraw redraw : redraws) {
            double[][] redrawSums = distanceSums(redraw.fast(), redraw.detector(), redraw.floor(), redraw.identity(),
                    directions, counts);
            for (int s = 0; s < sums.length; s++) {
                for (int r = 0; r < replicas; r++) {
                    sums[s][r] += redrawSums[s][r];
                }
            }
        }

        double[] ratios = new double[replicas];
        double[] identityRatios = new double[replicas];
        for (int r = 0; r < replicas; r++) {
            ratios[r] = sums[0][r] / sums[1][r];
            identityRatios[r] = sums[2][r] / sums[1][r];
        }
        return new Intervals(interval(ratios, directions.length), interval(identityRatios, directions.length));
    }

    /**
     * Returns the sums over the directions of the three squared 1-D distances per replica: [0] D against
     * Det, [1] Det' against Det, [2] z against Det. Divided by the number of directions they are the
     * replicas' d_SW.
     */
    static double[][] distanceSums(Sample fast, Sample detector, Sample floor, Sample identity, double[][] directions,
            int[][] counts) {
        int replicas = counts.length;
        Sample[] others = {fast, floor, identity};
        // The total weights depend on the replica, not on the direction, so they are summed once here.
        double[] referenceWeights = new double[replicas];
        double[][] otherWeights = new double[others.length][replicas];
        for (int r = 0; r < replicas; r++) {
            referenceWeights[r] = detector.weight(counts[r]);
            for (int s = 0; s < others.length; s++) {
                otherWeights[s][r] = others[s].weight(counts[r]);
            }
        }

        // Directions are independent: each adds its three distances per replica to a sum of its own, and the
        // sums are added in direction order afterwards, so the result does not depend on the thread count.
        double[][][] perDirection = new double[directions.length][][];
        IntStream.range(0, directions.length).parallel().forEach(d -> {
            SortedProjection reference = SortedProjection.of(detector, directions[d]);
            double[][] sums = new double[others.length][replicas];
            for (int s = 0; s < others.length; s++) {
                SortedProjection other = SortedProjection.of(others[s], directions[d]);
                for (int r = 0; r < replicas; r++) {
                    sums[s][r] = weightedDistance(other, otherWeights[s][r], reference, referenceWeights[r], counts[r]);
                }
            }
            perDirection[d] = sums;
        });

        double[][] total = new double[others.length][replicas];
        for (double[][] sums : perDirection) {
            for (int s = 0; s < others.length; s++) {
                for (int r = 0; r < replicas; r++) {
                    total[s][r] += sums[s][r];
                }
            }
        }
        return total;
    }

    /** Draws the event counts per replica: [replica][event], each row summing to the number of events. */
    static int[][] draws(int events, int replicas, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[replicas][events];
        for (int[] replica : counts) {
            for (int i = 0; i < events; i++) {
                replica[random.nextInt(events)]++;
            }
        }
        return counts;
    }

    /**
     * Computes the squared 2-Wasserstein distance between two sorted samples whose values carry the weights
     * counts[event]. Each sample is normalised to total weight 1, so a sample of n values of weight 1 is
     * the plain empirical distribution. Returns NaN if either sample has no value of weight above 0.
     *
     * @param totalA the total weight of {@code a}'s values under {@code counts} (see {@link Sample#weight})
     * @param totalB the same for {@code b}
     */
    static double weightedDistance(SortedProjection a, double totalA, SortedProjection b, double totalB,
            int[] counts) {
        if (totalA == 0 || totalB == 0) {
            // A sample with rows for only a few events can miss all of them in a replica.
            return Double.NaN;
        }
        double scaleA = 1 / totalA;
        double scaleB = 1 / totalB;
        double[] valuesA = a.values;
        double[] valuesB = b.values;
        int[] eventsA = a.events;
        int[] eventsB = b.events;

        // Walk the merged grid of cumulative weights, as for two unweighted samples of different sizes.
        // Values of events not drawn have weight 0 and add nothing.
        int i = 0;
        int j = 0;
        double levelA = counts[eventsA[0]] * scaleA;
        double levelB = counts[eventsB[0]] * scaleB;
        double level = 0;
        double sum = 0;
        while (true) {
            double next = Math.min(levelA, levelB);
            double d = valuesA[i] - valuesB[j];
            sum += d * d * (next - level);
            level = next;
            if (levelA <= next) {
                if (++i == valuesA.length) {
                    break;
                }
                levelA += counts[eventsA[i]] * scaleA;
            }
            if (levelB <= next) {
                if (++j == valuesB.length) {
                    break;
                }
                levelB += counts[eventsB[j]] * scaleB;
            }
        }
        return sum;
    }

    /** Returns the interval over the replicas whose ratio is defined, or null if none is. */
    private static BootstrapInterval interval(double[] values, int slices) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        return new BootstrapInterval(sorted.length, slices, percentile(sorted, TAIL), percentile(sorted, 1 - TAIL));
    }

    /** Linear interpolation between the order statistics, as numpy's default percentile. */
    static double percentile(double[] sorted, double share) {
        double position = share * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** One sample projected on one direction and sorted, with the event of each value. */
    static final class SortedProjection {

        final double[] values;
        final int[] events;

        private SortedProjection(double[] values, int[] events) {
            this.values = values;
            this.events = events;
        }

        static SortedProjection of(Sample sample, double[] direction) {
            int n = sample.rows().length;
            double[] projected = new double[n];
            long[] keys = new long[n];
            for (int r = 0; r < n; r++) {
                double dot = 0;
                double[] row = sample.rows()[r];
                for (int k = 0; k < direction.length; k++) {
                    dot += row[k] * direction[k];
                }
                projected[r] = dot;
                keys[r] = ((long) orderedBits((float) dot) << 32) | r;
            }
            // A primitive sort of (float value, row) keys; the exact double values are read back through
            // the row. Values that round to the same float may swap, which changes a distance by far less
            // than the float rounding of a value (1e-7 relative).
            Arrays.sort(keys);

            double[] values = new double[n];
            int[] events = new int[n];
            for (int k = 0; k < n; k++) {
                int row = (int) keys[k];
                values[k] = projected[row];
                events[k] = sample.events()[row];
            }
            return new SortedProjection(values, events);
        }

        /** Maps a float to an int whose signed order is the float's numeric order. */
        private static int orderedBits(float value) {
            int bits = Float.floatToIntBits(value);
            return bits ^ ((bits >> 31) & 0x7fffffff);
        }
    }
}
