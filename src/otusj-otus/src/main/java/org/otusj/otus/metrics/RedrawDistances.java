package org.otusj.otus.metrics;

import java.util.stream.IntStream;

/**
 * The three same-z distances of one redraw, in GeV^2.
 *
 * @param fastSim d_SW({D(z)}, {Det(z)})
 * @param floor d_SW({Det'(z)}, {Det(z)})
 * @param identity d_SW({z}, {Det(z)})
 */
public record RedrawDistances(double fastSim, double floor, double identity) {

    /**
     * Computes the distances of one redraw over the given directions, each equal to
     * {@link SlicedWasserstein#distance(double[][], double[][], double[][])} of its two samples. Each direction
     * projects and sorts the reference Det once for all three. Directions run in parallel, and their terms are
     * added in direction order, so the result does not depend on the thread count.
     */
    public static RedrawDistances of(SameZBootstrap.Redraw redraw, double[][] directions) {
        double[][][] others = {redraw.fast().rows(), redraw.floor().rows(), redraw.identity().rows()};
        double[][] terms = new double[directions.length][];
        IntStream.range(0, directions.length).parallel().forEach(d -> {
            double[] reference = SlicedWasserstein.sortedProjection(redraw.detector().rows(), directions[d]);
            terms[d] = new double[others.length];
            for (int s = 0; s < others.length; s++) {
                terms[d][s] = SlicedWasserstein.sortedWasserstein2Squared(
                        SlicedWasserstein.sortedProjection(others[s], directions[d]), reference);
            }
        });

        double[] sums = new double[others.length];
        for (double[] term : terms) {
            for (int s = 0; s < others.length; s++) {
                sums[s] += term[s];
            }
        }
        return new RedrawDistances(sums[0] / directions.length, sums[1] / directions.length,
                sums[2] / directions.length);
    }

    /** Returns R_same of this redraw alone. */
    public double ratio() {
        return fastSim / floor;
    }

    /** Returns the identity map's R_same of this redraw alone. */
    public double identityRatio() {
        return identity / floor;
    }
}
