package org.otusj.aida.plot;

import hep.aida.IAxis;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** Draws the in-range bins of a 1-D distribution as points with error bars or as a step line. */
final class HistogramPainter {

    private HistogramPainter() {
    }

    /**
     * Draws a marker at each bin centre with a vertical error bar of +-error and a horizontal bar across
     * the bin. Bins with a non-finite height are skipped.
     */
    static void drawPoints(Graphics2D g, PlotArea area, IAxis axis, double[] heights, double[] errors, Color color) {
        Shape previous = area.clip(g);
        g.setColor(color);
        g.setStroke(PlotStyle.LINE);
        double radius = PlotStyle.MARKER_RADIUS;
        for (int i = 0; i < heights.length; i++) {
            if (!Double.isFinite(heights[i])) {
                continue;
            }
            double x = area.px(axis.binCentre(i));
            double y = area.py(heights[i]);
            g.draw(new Line2D.Double(area.px(axis.binLowerEdge(i)), y, area.px(axis.binUpperEdge(i)), y));
            if (Double.isFinite(errors[i]) && errors[i] > 0) {
                g.draw(new Line2D.Double(x, area.py(heights[i] - errors[i]), x, area.py(heights[i] + errors[i])));
            }
            g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        }
        area.unclip(g, previous);
    }

    /** Draws a vertical error bar of +-error at each bin centre, without marker. */
    static void drawErrorBars(Graphics2D g, PlotArea area, IAxis axis, double[] heights, double[] errors,
            Color color) {
        Shape previous = area.clip(g);
        g.setColor(color);
        g.setStroke(PlotStyle.LINE);
        for (int i = 0; i < heights.length; i++) {
            if (Double.isFinite(heights[i]) && Double.isFinite(errors[i]) && errors[i] > 0) {
                double x = area.px(axis.binCentre(i));
                g.draw(new Line2D.Double(x, area.py(heights[i] - errors[i]), x, area.py(heights[i] + errors[i])));
            }
        }
        area.unclip(g, previous);
    }

    /** Draws the outline of the histogram: a horizontal segment per bin joined by vertical steps. */
    static void drawSteps(Graphics2D g, PlotArea area, IAxis axis, double[] heights, Color color) {
        Shape previous = area.clip(g);
        g.setColor(color);
        g.setStroke(PlotStyle.LINE);
        Path2D.Double outline = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < heights.length; i++) {
            double height = Double.isFinite(heights[i]) ? heights[i] : 0.0;
            double left = area.px(axis.binLowerEdge(i));
            double right = area.px(axis.binUpperEdge(i));
            double y = area.py(height);
            if (!started) {
                outline.moveTo(left, y);
                started = true;
            } else {
                outline.lineTo(left, y);
            }
            outline.lineTo(right, y);
        }
        g.draw(outline);
        area.unclip(g, previous);
    }

    /** Draws a legend entry: a marker with a bar, or a short line, then the text. */
    static void drawLegendEntry(Graphics2D g, double x, double y, Color color, boolean marker, String text) {
        g.setColor(color);
        g.setStroke(PlotStyle.LINE);
        g.draw(new Line2D.Double(x, y, x + 24, y));
        if (marker) {
            double radius = PlotStyle.MARKER_RADIUS;
            g.fill(new Ellipse2D.Double(x + 12 - radius, y - radius, 2 * radius, 2 * radius));
            g.draw(new Line2D.Double(x + 12, y - 7, x + 12, y + 7));
        }
        g.setColor(PlotStyle.FOREGROUND);
        g.setFont(PlotStyle.LABEL);
        g.drawString(text, (float) (x + 32), (float) (y + g.getFontMetrics().getAscent() / 2.0 - 2));
    }
}
