package org.otusj.otus.metrics;

/**
 * A central 68 % bootstrap interval of a ratio: its 16th and 84th percentiles over {@code replicas}
 * resamplings of the test events.
 *
 * @param replicas number of resampled test sets
 * @param slices number of sliced-Wasserstein directions each replica uses
 * @param low 16th percentile
 * @param high 84th percentile
 */
public record BootstrapInterval(int replicas, int slices, double low, double high) {
}
