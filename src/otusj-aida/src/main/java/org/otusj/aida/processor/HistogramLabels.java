package org.otusj.aida.processor;

import hep.aida.IAxis;
import org.otusj.aida.Histogram1D;

/**
 * Titles and axis labels shared by the histograms of one processor.
 *
 * @param titlePrefix text put before every title, such as the sample name; empty for none
 * @param yLabel label of the y axis, the quantity the bin heights count
 */
record HistogramLabels(String titlePrefix, String yLabel) {

    /** Creates an empty histogram titled {@code text} after the prefix, with both axis labels set. */
    Histogram1D histogram(String text, String xLabel, IAxis axis) {
        String title = titlePrefix.isBlank() ? text : titlePrefix.strip() + " " + text;
        Histogram1D histogram = new Histogram1D(title, axis);
        histogram.setAnnotation(Histogram1D.X_LABEL_KEY, xLabel);
        histogram.setAnnotation(Histogram1D.Y_LABEL_KEY, yLabel);
        return histogram;
    }
}
