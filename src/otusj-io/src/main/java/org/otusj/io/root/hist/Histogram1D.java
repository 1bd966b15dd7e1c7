package org.otusj.io.root.hist;

/**
 * A one-dimensional ROOT histogram ({@code TH1F} or {@code TH1D}) as stored: bin contents with the
 * underflow bin first and the overflow bin last, and the statistics ROOT keeps.
 *
 * @param className {@code TH1F} or {@code TH1D}
 * @param name histogram name
 * @param title histogram title
 * @param axis the x axis
 * @param contents {@code nbins + 2} bin contents, index 0 the underflow and index {@code nbins + 1} the
 *     overflow; TH1F contents are float32 values widened exactly
 * @param sumw2 per-bin sums of squared weights, same indexing, or an empty array when the histogram was
 *     filled without {@code Sumw2()}
 * @param entries number of entries ({@code fEntries})
 * @param sumWeights sum of weights of in-range fills ({@code fTsumw})
 * @param sumWeights2 sum of squared weights ({@code fTsumw2})
 * @param sumWeightsX sum of weight times x ({@code fTsumwx})
 * @param sumWeightsX2 sum of weight times x squared ({@code fTsumwx2})
 * @param maximum maximum set for drawing, -1111 when unset
 * @param minimum minimum set for drawing, -1111 when unset
 */
public record Histogram1D(String className, String name, String title, Axis axis, double[] contents, double[] sumw2,
        double entries, double sumWeights, double sumWeights2, double sumWeightsX, double sumWeightsX2, double maximum,
        double minimum) {

    /**
     * A {@code TAxis}.
     *
     * @param name axis name
     * @param title axis title
     * @param bins number of bins, without underflow and overflow
     * @param min lower edge of the first bin
     * @param max upper edge of the last bin
     * @param edges {@code bins + 1} edges for variable binning, or an empty array for uniform bins
     */
    public record Axis(String name, String title, int bins, double min, double max, double[] edges) {
    }

    /** Number of bins without underflow and overflow. */
    public int bins() {
        return axis.bins();
    }
}
