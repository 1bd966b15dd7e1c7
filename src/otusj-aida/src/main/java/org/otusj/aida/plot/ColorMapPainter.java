package org.otusj.aida.plot;

import hep.aida.IAxis;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.otusj.aida.Histogram2D;

/** Draws the in-range bins of a 2-D histogram as coloured cells, and the colour bar of the scale. */
final class ColorMapPainter {

    private ColorMapPainter() {
    }

    /** Returns a plot area spanning the histogram's axes inside {@code box}. */
    static PlotArea area(Histogram2D histogram, Rectangle2D box) {
        IAxis x = histogram.xAxis();
        IAxis y = histogram.yAxis();
        return new PlotArea(box, x.lowerEdge(), x.upperEdge(), y.lowerEdge(), y.upperEdge(), false);
    }

    /**
     * Fills each in-range bin with entries with the colour of its height. Bins without entries stay
     * background, and heights below the scale get its lowest colour.
     */
    static void drawCells(Graphics2D g, PlotArea area, Histogram2D histogram, ColorScale scale) {
        Shape previous = area.clip(g);
        IAxis x = histogram.xAxis();
        IAxis y = histogram.yAxis();
        for (int i = 0; i < x.bins(); i++) {
            double left = area.px(x.binLowerEdge(i));
            double right = area.px(x.binUpperEdge(i));
            for (int j = 0; j < y.bins(); j++) {
                if (histogram.binEntries(i, j) == 0) {
                    continue;
                }
                double top = area.py(y.binUpperEdge(j));
                double bottom = area.py(y.binLowerEdge(j));
                g.setColor(scale.color(histogram.binHeight(i, j)));

                // Half a pixel of overlap keeps anti-aliased cells from showing seams.
                g.fill(new Rectangle2D.Double(left, top, right - left + 0.5, bottom - top + 0.5));
            }
        }
        area.unclip(g, previous);
    }

    /** Draws a vertical colour bar in {@code box} with tick labels on its right and {@code label} beside. */
    static void drawColorBar(Graphics2D g, Rectangle2D box, ColorScale scale, String label) {
        int steps = 128;
        for (int k = 0; k < steps; k++) {
            double y0 = box.getMaxY() - box.getHeight() * (k + 1) / steps;
            g.setColor(ColorScale.colorAt((k + 0.5) / steps));
            g.fill(new Rectangle2D.Double(box.getX(), y0, box.getWidth(), box.getHeight() / steps + 0.5));
        }
        g.setColor(PlotStyle.FOREGROUND);
        g.setStroke(PlotStyle.THIN);
        g.draw(box);

        PlotArea bar = new PlotArea(box, 0, 1, scale.min(), scale.max(), scale.logarithmic());
        g.setFont(PlotStyle.TICK);
        FontMetrics metrics = g.getFontMetrics();
        int widest = 0;
        for (double tick : ticks(scale)) {
            double y = bar.py(tick);
            g.draw(new Line2D.Double(box.getMaxX() - 4, y, box.getMaxX(), y));
            String text = scale.logarithmic() ? Ticks.powerOfTenLabel(tick)
                    : Ticks.label(tick, Ticks.step(scale.min(), scale.max(), 6));
            widest = Math.max(widest, metrics.stringWidth(text));
            g.drawString(text, (float) (box.getMaxX() + 4), (float) (y + metrics.getAscent() / 2.0 - 2));
        }

        if (label != null) {
            g.setFont(PlotStyle.LABEL);
            AffineTransform saved = g.getTransform();
            g.translate(box.getMaxX() + widest + 10 + g.getFontMetrics().getAscent(), box.getY());
            g.rotate(Math.PI / 2);
            g.drawString(label, 0f, 0f);
            g.setTransform(saved);
        }
    }

    private static java.util.List<Double> ticks(ColorScale scale) {
        if (!scale.logarithmic()) {
            return Ticks.positions(scale.min(), scale.max(), Ticks.step(scale.min(), scale.max(), 6));
        }
        java.util.List<Double> ticks = new java.util.ArrayList<>();
        for (int power = (int) Math.ceil(Math.log10(scale.min())); power <= Math.floor(Math.log10(scale.max()));
                power++) {
            ticks.add(Math.pow(10, power));
        }
        return ticks;
    }

    /**
     * Returns the scale covering the in-range bins with entries of all {@code histograms}: from 0 (linear)
     * or the smallest positive height (logarithmic) to the largest height.
     */
    static ColorScale scaleFor(boolean logarithmic, Histogram2D... histograms) {
        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (Histogram2D histogram : histograms) {
            for (int i = 0; i < histogram.xAxis().bins(); i++) {
                for (int j = 0; j < histogram.yAxis().bins(); j++) {
                    double height = histogram.binHeight(i, j);
                    max = Math.max(max, height);
                    if (height > 0) {
                        minPositive = Math.min(minPositive, height);
                    }
                }
            }
        }
        if (logarithmic) {
            double min = Double.isInfinite(minPositive) ? 1.0 : minPositive;
            return new ColorScale(min, Math.max(max, min * 10), true);
        }
        return new ColorScale(0.0, max > 0 ? max : 1.0, false);
    }
}
