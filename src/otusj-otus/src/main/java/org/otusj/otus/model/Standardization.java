package org.otusj.otus.model;

import java.util.Arrays;

/**
 * Per-column mean and standard deviation of a training sample, used to feed networks numbers of order
 * one. Columns with zero spread get a standard deviation of 1, so they pass through unscaled.
 *
 * @param mean column means in GeV
 * @param std column standard deviations in GeV (population definition, divisor N)
 */
public record Standardization(double[] mean, double[] std) {

    public Standardization {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " columns, std " + std.length);
        }
        mean = mean.clone();
        std = std.clone();
        for (int j = 0; j < std.length; j++) {
            if (!(std[j] > 0) || !Double.isFinite(std[j])) {
                throw new IllegalArgumentException("standard deviation of column " + j + " must be positive, found "
                        + std[j]);
            }
        }
    }

    /** Computes the statistics of the selected {@code columns} of {@code rows}. */
    public static Standardization fit(double[][] rows, int[] columns) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot standardise an empty sample");
        }
        double[] mean = new double[columns.length];
        double[] std = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double sum = 0;
            for (double[] row : rows) {
                sum += row[columns[j]];
            }
            mean[j] = sum / rows.length;

            double squares = 0;
            for (double[] row : rows) {
                double d = row[columns[j]] - mean[j];
                squares += d * d;
            }
            double sd = Math.sqrt(squares / rows.length);
            std[j] = sd > 0 ? sd : 1.0;
        }
        return new Standardization(mean, std);
    }

    /** Column indices 0 .. n-1. */
    public static int[] allColumns(int n) {
        int[] columns = new int[n];
        Arrays.setAll(columns, j -> j);
        return columns;
    }

    public int columns() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Standardization s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Standardization[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
