package org.otusj.otus.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Sliced-Wasserstein distance SW_2^2 with squared Euclidean cost between two samples of vectors, for
 * evaluation: the mean over L random unit directions of the squared 2-Wasserstein distance between the
 * projected one-dimensional samples. The samples may differ in size; the one-dimensional distance is
 * then the integral over quantile levels t in (0, 1) of (F_a^-1(t) - F_b^-1(t))^2, computed exactly.
 */
public final class SlicedWasserstein {

    private SlicedWasserstein() {
    }

    /**
     * Computes SW_2^2 of {@code a} and {@code b} over {@code slices} directions drawn from a generator
     * seeded with {@code seed}, so the same seed gives the same directions for every comparison.
     *
     * @param a sample rows, each of the same dimension
     * @param b sample rows of the same dimension as {@code a}
     * @return the distance in squared input units (GeV^2 for momenta)
     */
    public static double distance(double[][] a, double[][] b, int slices, long seed) {
        return distance(a, b, directions(dimensionOf(a, b), slices, seed));
    }

    /** Computes SW_2^2 over the given unit {@code directions} ([slices][dimension]). */
    public static double distance(double[][] a, double[][] b, double[][] directions) {
        dimensionOf(a, b);
        double sum = 0;
        double[] projectedA = new double[a.length];
        double[] projectedB = new double[b.length];
        for (double[] direction : directions) {
            project(a, direction, projectedA);
            project(b, direction, projectedB);
            sum += wasserstein2Squared(projectedA, projectedB);
        }
        return sum / directions.length;
    }

    /** Draws {@code slices} unit directions uniformly on the sphere (normalised Gaussian vectors). */
    public static double[][] directions(int dimension, int slices, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] directions = new double[slices][dimension];
        for (double[] direction : directions) {
            double norm2 = 0;
            while (norm2 == 0) {
                for (int j = 0; j < dimension; j++) {
                    direction[j] = random.nextGaussian();
                    norm2 += direction[j] * direction[j];
                }
            }
            double norm = Math.sqrt(norm2);
            for (int j = 0; j < dimension; j++) {
                direction[j] /= norm;
            }
        }
        return directions;
    }

    /**
     * Squared 2-Wasserstein distance between two one-dimensional empirical distributions of possibly
     * different sizes. The arrays are sorted in place.
     */
    public static double wasserstein2Squared(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("Wasserstein distance needs two non-empty samples");
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return sortedWasserstein2Squared(a, b);
    }

    /** {@link #wasserstein2Squared} of two non-empty samples that are sorted already. */
    static double sortedWasserstein2Squared(double[] a, double[] b) {
        if (a.length == b.length) {
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                double d = a[i] - b[i];
                sum += d * d;
            }
            return sum / a.length;
        }

        // Walk the merged quantile grid: a[i] covers levels [i/n, (i+1)/n), b[j] covers [j/m, (j+1)/m).
        int n = a.length;
        int m = b.length;
        int i = 0;
        int j = 0;
        double level = 0;
        double sum = 0;
        while (i < n && j < m) {
            double nextA = (double) (i + 1) / n;
            double nextB = (double) (j + 1) / m;
            double next = Math.min(nextA, nextB);
            double d = a[i] - b[j];
            sum += d * d * (next - level);
            level = next;
            if (nextA <= next) {
                i++;
            }
            if (nextB <= next) {
                j++;
            }
        }
        return sum;
    }

    /** Projects {@code rows} on {@code direction} and returns the projections sorted. */
    static double[] sortedProjection(double[][] rows, double[] direction) {
        double[] out = new double[rows.length];
        project(rows, direction, out);
        Arrays.sort(out);
        return out;
    }

    private static void project(double[][] rows, double[] direction, double[] out) {
        for (int r = 0; r < rows.length; r++) {
            double dot = 0;
            for (int j = 0; j < direction.length; j++) {
                dot += rows[r][j] * direction[j];
            }
            out[r] = dot;
        }
    }

    private static int dimensionOf(double[][] a, double[][] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("sliced-Wasserstein distance needs two non-empty samples");
        }
        int dimension = a[0].length;
        for (double[][] sample : new double[][][] {a, b}) {
            for (double[] row : sample) {
                if (row.length != dimension) {
                    throw new IllegalArgumentException("sample rows have dimensions " + dimension + " and " + row.length);
                }
            }
        }
        return dimension;
    }
}
