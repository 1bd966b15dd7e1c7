package org.otusj.otus.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The same-z samples of a closure test, kept apart per redraw. For every test event and every redraw r they
 * are K decoder samples D(z), K detector responses Det(z) and K more Det'(z), each row with its true z and
 * the index of its test event.
 *
 * <p>Why redraws: R_same compares sets of about 10,000 samples, and a distance in GeV^2 between such sets
 * is dominated by a few draws of the highest-energy electrons that land far from their true energy. Two
 * draws of the same test events can give distances a factor of four apart. Each redraw is a complete
 * comparison at the size the criterion is set for, so averaging the distances over redraws removes the
 * draw noise without changing that size.
 */
public final class SameZSamples {

    private final List<Rows> fast = new ArrayList<>();
    private final List<Rows> detector = new ArrayList<>();
    private final List<Rows> floor = new ArrayList<>();
    private int events;

    /** One kind of sample in one redraw: rows, their true z and their test event indices. */
    private static final class Rows {
        final List<double[]> rows = new ArrayList<>();
        final List<double[]> truths = new ArrayList<>();
        final List<Integer> events = new ArrayList<>();

        void add(double[] row, double[] truth, int event) {
            rows.add(row);
            truths.add(truth);
            events.add(event);
        }

        SameZBootstrap.Sample sample() {
            return new SameZBootstrap.Sample(array(rows), indices());
        }

        SameZBootstrap.Sample truthSample() {
            return new SameZBootstrap.Sample(array(truths), indices());
        }

        private int[] indices() {
            return events.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * @param redraws R, at least 1
     */
    public SameZSamples(int redraws) {
        if (redraws < 1) {
            throw new IllegalArgumentException("Redraws must be at least 1, found " + redraws);
        }
        for (int r = 0; r < redraws; r++) {
            fast.add(new Rows());
            detector.add(new Rows());
            floor.add(new Rows());
        }
    }

    /** Starts a test event and returns its index for the add methods. */
    public int addEvent() {
        return events++;
    }

    /** Adds a decoder sample D(z) of redraw r. */
    public void addFast(int redraw, double[] row, double[] z, int event) {
        fast.get(redraw).add(row, z, event);
    }

    /** Adds a detector response Det(z) of redraw r, the reference of every same-z distance. */
    public void addDetector(int redraw, double[] row, double[] z, int event) {
        detector.get(redraw).add(row, z, event);
    }

    /** Adds a second detector response Det'(z) of redraw r. */
    public void addFloor(int redraw, double[] row, double[] z, int event) {
        floor.get(redraw).add(row, z, event);
    }

    /** Number of test events. */
    public int events() {
        return events;
    }

    /** Number of redraws R. */
    public int redraws() {
        return fast.size();
    }

    /** Returns the index of the first redraw that lacks D, Det or Det' samples, or -1 if every redraw has all three. */
    public int firstIncompleteRedraw() {
        for (int r = 0; r < redraws(); r++) {
            if (fast.get(r).rows.isEmpty() || detector.get(r).rows.isEmpty() || floor.get(r).rows.isEmpty()) {
                return r;
            }
        }
        return -1;
    }

    /** Returns the sample counts over all redraws, as "n fast-sim, n detector and n second detector samples". */
    public String counts() {
        return pooledSize(fast) + " fast-sim, " + pooledSize(detector) + " detector and " + pooledSize(floor)
                + " second detector samples";
    }

    /** Returns the samples of redraw r for the distances and the bootstrap. The identity map's rows are Det's true z. */
    public SameZBootstrap.Redraw redraw(int r) {
        Rows det = detector.get(r);
        return new SameZBootstrap.Redraw(fast.get(r).sample(), det.sample(), floor.get(r).sample(), det.truthSample());
    }

    /**
     * The samples of all redraws together, for projections, resolutions, the mass window and transport plots.
     *
     * @param fast D(z)
     * @param fastTruth the true z of each row of {@code fast}
     * @param detector Det(z)
     * @param detectorTruth the true z of each row of {@code detector}
     * @param floor Det'(z)
     */
    public record Pooled(double[][] fast, double[][] fastTruth, double[][] detector, double[][] detectorTruth,
            double[][] floor) {
    }

    /** Returns the samples of all redraws together. */
    public Pooled pooled() {
        return new Pooled(pooled(fast, false), pooled(fast, true), pooled(detector, false), pooled(detector, true),
                pooled(floor, false));
    }

    private static double[][] pooled(List<Rows> redraws, boolean truths) {
        List<double[]> all = new ArrayList<>();
        for (Rows rows : redraws) {
            all.addAll(truths ? rows.truths : rows.rows);
        }
        return array(all);
    }

    private static int pooledSize(List<Rows> redraws) {
        return redraws.stream().mapToInt(rows -> rows.rows.size()).sum();
    }

    private static double[][] array(List<double[]> rows) {
        return rows.toArray(new double[0][]);
    }
}
