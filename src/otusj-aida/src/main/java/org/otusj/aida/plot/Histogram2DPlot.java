package org.otusj.aida.plot;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.otusj.aida.AidaObject;
import org.otusj.aida.Histogram2D;

/**
 * One 2-D histogram as a colour map of its bin heights with a colour bar; axis labels (with units) come
 * from the {@code XLabel}, {@code YLabel} and {@code ZLabel} annotations. Bins without entries stay white.
 */
public final class Histogram2DPlot implements Plot {

    private static final Dimension SIZE = new Dimension(760, 620);

    private final Histogram2D histogram;
    private boolean logarithmic;

    /** Creates the plot of {@code histogram} on a linear colour scale. */
    public Histogram2DPlot(Histogram2D histogram) {
        this.histogram = histogram;
    }

    /** Selects a logarithmic colour scale, from the smallest positive bin height to the largest. */
    public Histogram2DPlot logarithmic(boolean enabled) {
        this.logarithmic = enabled;
        return this;
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

        g.setColor(PlotStyle.FOREGROUND);
        g.setFont(PlotStyle.TITLE);
        g.drawString(histogram.title(), 90, 28);

        ColorScale scale = ColorMapPainter.scaleFor(logarithmic, histogram);
        PlotArea area = ColorMapPainter.area(histogram, new Rectangle2D.Double(90, 45, width - 230, height - 107));
        ColorMapPainter.drawCells(g, area, histogram, scale);
        area.drawFrame(g, true, AxisLabels.of(histogram, AidaObject.X_LABEL_KEY, "x"),
                AxisLabels.of(histogram, AidaObject.Y_LABEL_KEY, "y"));
        ColorMapPainter.drawColorBar(g, new Rectangle2D.Double(width - 125, 45, 20, height - 107), scale,
                AxisLabels.of(histogram, AidaObject.Z_LABEL_KEY, "Entries"));
    }
}
