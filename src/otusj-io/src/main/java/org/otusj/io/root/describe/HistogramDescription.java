package org.otusj.io.root.describe;

/**
 * A one-dimensional histogram, as listed by {@link FileDescription}.
 *
 * @param keyPath key path with cycle
 * @param className {@code TH1F} or {@code TH1D}
 * @param name histogram name
 * @param title histogram title
 * @param bins number of bins without underflow and overflow
 * @param min lower edge of the axis
 * @param max upper edge of the axis
 * @param entries number of entries
 * @param sumWeights sum of weights of in-range fills
 */
public record HistogramDescription(String keyPath, String className, String name, String title, int bins, double min,
        double max, double entries, double sumWeights) {
}
