package org.otusj.aida.plot;

import hep.aida.IAxis;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.otusj.aida.AidaObject;
import org.otusj.aida.Histogram1D;

/**
 * One 1-D histogram as a step line with points and error bars, titled, with axis labels (and units) from
 * its {@code XLabel} and {@code YLabel} annotations.
 */
public final class HistogramPlot implements Plot {

    private static final Dimension SIZE = new Dimension(800, 560);

    private final Histogram1D histogram;

    /** Creates the plot of {@code histogram}. */
    public HistogramPlot(Histogram1D histogram) {
        this.histogram = histogram;
    }

    @Override
    public Dimension size() {
        return new Dimension(SIZE);
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(PlotStyle.BACKGROUND);
        g.fillRect(0, 0, width, height);

        IAxis axis = histogram.xAxis();
        int bins = axis.bins();
        double[] heights = new double[bins];
        double[] errors = new double[bins];
        double min = 0;
        double max = 0;
        for (int i = 0; i < bins; i++) {
            heights[i] = histogram.binHeight(i);
            errors[i] = histogram.binError(i);
            min = Math.min(min, heights[i] - errors[i]);
            max = Math.max(max, heights[i] + errors[i]);
        }
        if (!(max > min)) {
            max = min + 1;
        }

        g.setColor(PlotStyle.FOREGROUND);
        g.setFont(PlotStyle.TITLE);
        g.drawString(histogram.title(), 90, 28);

        PlotArea area = new PlotArea(new Rectangle2D.Double(90, 45, width - 115, height - 107), axis.lowerEdge(),
                axis.upperEdge(), min, max + 0.15 * (max - min), false);
        HistogramPainter.drawSteps(g, area, axis, heights, PlotStyle.REFERENCE);
        HistogramPainter.drawPoints(g, area, axis, heights, errors, PlotStyle.REFERENCE);
        area.drawFrame(g, true, AxisLabels.of(histogram, AidaObject.X_LABEL_KEY, "x"),
                AxisLabels.of(histogram, AidaObject.Y_LABEL_KEY, "Entries"));
    }
}
