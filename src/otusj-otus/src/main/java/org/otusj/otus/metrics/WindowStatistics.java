package org.otusj.otus.metrics;

/**
 * The share of a sample inside a window [low, high] and the mean and standard deviation of the values
 * inside it; for the Z to e+e- invariant mass in 80-100 GeV, say.
 *
 * @param events size of the whole sample
 * @param inside values inside the window
 * @param fraction inside / events
 * @param mean mean of the values inside, NaN if none
 * @param std sample standard deviation (divisor n - 1) of the values inside, NaN if fewer than two
 */
public record WindowStatistics(int events, int inside, double fraction, double mean, double std) {

    /** Computes the statistics of {@code values} for the window [low, high]. */
    public static WindowStatistics of(double[] values, double low, double high) {
        int inside = 0;
        double sum = 0;
        for (double value : values) {
            if (value >= low && value <= high) {
                inside++;
                sum += value;
            }
        }
        double mean = inside > 0 ? sum / inside : Double.NaN;

        double squares = 0;
        for (double value : values) {
            if (value >= low && value <= high) {
                squares += (value - mean) * (value - mean);
            }
        }
        double std = inside > 1 ? Math.sqrt(squares / (inside - 1)) : Double.NaN;
        double fraction = values.length > 0 ? (double) inside / values.length : Double.NaN;
        return new WindowStatistics(values.length, inside, fraction, mean, std);
    }
}
