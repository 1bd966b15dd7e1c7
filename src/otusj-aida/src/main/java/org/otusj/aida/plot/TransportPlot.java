package org.otusj.aida.plot;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.otusj.aida.AidaObject;
import org.otusj.aida.Histogram2D;

/**
 * A transport plot: two 2-D histograms of a target component (z) against a source component (x) side by
 * side, such as the OTUS decoder output and the true detector response for the same generator particles.
 * Each is drawn as a colour map under its own title, on one shared colour scale, so equal colours mean
 * equal heights.
 *
 * <p>Axis labels (with units) come from the {@code XLabel} and {@code YLabel} annotations of the left
 * histogram, the colour bar label from its {@code ZLabel} ("Entries" if missing).
 */
public final class TransportPlot implements Plot {

    private static final Dimension SIZE = new Dimension(1300, 620);

    private final Histogram2D left;
    private final String leftTitle;
    private final Histogram2D right;
    private final String rightTitle;
    private String title;
    private boolean logarithmic;

    /**
     * Creates the plot.
     *
     * @param left the histogram drawn on the left, such as the decoder output
     * @param leftTitle its title, such as "OTUS decoder"
     * @param right the histogram drawn on the right, such as the detector response
     * @param rightTitle its title, such as "Delphes"
     */
    public TransportPlot(Histogram2D left, String leftTitle, Histogram2D right, String rightTitle) {
        this.left = Objects.requireNonNull(left, "left");
        this.leftTitle = Objects.requireNonNull(leftTitle, "leftTitle");
        this.right = Objects.requireNonNull(right, "right");
        this.rightTitle = Objects.requireNonNull(rightTitle, "rightTitle");
    }

    /** Sets a title above both panels, such as "positron p_z: reconstructed against generated". */
    public TransportPlot withTitle(String text) {
        this.title = text;
        return this;
    }

    /** Selects a logarithmic colour scale, from the smallest positive bin height of both to the largest. */
    public TransportPlot logarithmic(boolean enabled) {
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

        int top = title == null ? 45 : 70;
        if (title != null) {
            g.setColor(PlotStyle.FOREGROUND);
            g.setFont(PlotStyle.TITLE);
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(title, (width - metrics.stringWidth(title)) / 2f, 28f);
        }

        ColorScale scale = ColorMapPainter.scaleFor(logarithmic, left, right);
        double panelWidth = (width - 90 - 90 - 150) / 2.0;
        double panelHeight = height - top - 62;
        String xLabel = AxisLabels.of(left, AidaObject.X_LABEL_KEY, "x");
        String yLabel = AxisLabels.of(left, AidaObject.Y_LABEL_KEY, "z");
        drawPanel(g, left, leftTitle, new Rectangle2D.Double(90, top, panelWidth, panelHeight), scale, xLabel, yLabel);
        drawPanel(g, right, rightTitle, new Rectangle2D.Double(90 + panelWidth + 90, top, panelWidth, panelHeight),
                scale, xLabel, yLabel);
        ColorMapPainter.drawColorBar(g, new Rectangle2D.Double(width - 125, top, 20, panelHeight), scale,
                AxisLabels.of(left, AidaObject.Z_LABEL_KEY, "Entries"));
    }

    private static void drawPanel(Graphics2D g, Histogram2D histogram, String panelTitle, Rectangle2D box,
            ColorScale scale, String xLabel, String yLabel) {
        g.setColor(PlotStyle.FOREGROUND);
        g.setFont(PlotStyle.LABEL);
        g.drawString(panelTitle, (float) box.getX(), (float) (box.getY() - 10));
        PlotArea area = ColorMapPainter.area(histogram, box);
        ColorMapPainter.drawCells(g, area, histogram, scale);
        area.drawFrame(g, true, xLabel, yLabel);
    }
}
