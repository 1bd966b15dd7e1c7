package org.otusj.aida.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The data rectangle of one panel: the mapping from data coordinates to pixels, and the frame with its
 * ticks, tick labels and axis labels.
 */
final class PlotArea {

    private static final int TICK_LENGTH = 6;

    private final Rectangle2D box;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final boolean logY;

    /**
     * Creates the area.
     *
     * @param box the data rectangle in pixels
     * @param logY whether y is on a logarithmic scale; yMin must then be positive
     */
    PlotArea(Rectangle2D box, double xMin, double xMax, double yMin, double yMax, boolean logY) {
        this.box = box;
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        this.logY = logY;
    }

    Rectangle2D box() {
        return box;
    }

    double xMin() {
        return xMin;
    }

    double xMax() {
        return xMax;
    }

    /** Returns the pixel column of {@code x}. */
    double px(double x) {
        return box.getX() + (x - xMin) / (xMax - xMin) * box.getWidth();
    }

    /** Returns the pixel row of {@code y}; rows grow downwards. */
    double py(double y) {
        double fraction = logY ? Math.log(y / yMin) / Math.log(yMax / yMin) : (y - yMin) / (yMax - yMin);
        return box.getY() + box.getHeight() * (1 - fraction);
    }

    /** Restricts drawing to the data rectangle and returns the previous clip, for {@link #unclip}. */
    Shape clip(Graphics2D g) {
        Shape previous = g.getClip();
        g.clip(box);
        return previous;
    }

    void unclip(Graphics2D g, Shape previous) {
        g.setClip(previous);
    }

    /**
     * Draws the frame with ticks on all four sides, the tick labels on the left and, if {@code xTickLabels},
     * at the bottom, and the axis labels (null for none).
     */
    void drawFrame(Graphics2D g, boolean xTickLabels, String xLabel, String yLabel) {
        g.setColor(PlotStyle.FOREGROUND);
        g.setStroke(PlotStyle.THIN);
        g.draw(box);
        g.setFont(PlotStyle.TICK);
        FontMetrics metrics = g.getFontMetrics();

        double xStep = Ticks.step(xMin, xMax, Math.max(2, (int) (box.getWidth() / 90)));
        for (double tick : Ticks.positions(xMin, xMax, xStep)) {
            double x = px(tick);
            g.draw(new Line2D.Double(x, box.getMaxY(), x, box.getMaxY() - TICK_LENGTH));
            g.draw(new Line2D.Double(x, box.getY(), x, box.getY() + TICK_LENGTH));
            if (xTickLabels) {
                String text = Ticks.label(tick, xStep);
                g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0),
                        (float) (box.getMaxY() + metrics.getAscent() + 4));
            }
        }

        int maxLabelWidth = 0;
        for (double tick : yTicks()) {
            double y = py(tick);
            g.draw(new Line2D.Double(box.getX(), y, box.getX() + TICK_LENGTH, y));
            g.draw(new Line2D.Double(box.getMaxX(), y, box.getMaxX() - TICK_LENGTH, y));
            String text = yTickLabel(tick);
            maxLabelWidth = Math.max(maxLabelWidth, metrics.stringWidth(text));
            g.drawString(text, (float) (box.getX() - metrics.stringWidth(text) - 5),
                    (float) (y + metrics.getAscent() / 2.0 - 2));
        }

        g.setFont(PlotStyle.LABEL);
        FontMetrics labelMetrics = g.getFontMetrics();
        if (xLabel != null && xTickLabels) {
            float width = labelMetrics.stringWidth(xLabel);
            g.drawString(xLabel, (float) (box.getMaxX() - width),
                    (float) (box.getMaxY() + metrics.getHeight() + labelMetrics.getAscent() + 8));
        }
        if (yLabel != null) {
            AffineTransform saved = g.getTransform();
            double x = box.getX() - maxLabelWidth - 12;
            g.translate(x, box.getY());
            g.rotate(-Math.PI / 2);
            float width = labelMetrics.stringWidth(yLabel);
            g.drawString(yLabel, -width, 0f);
            g.setTransform(saved);
        }
    }

    /** Draws a dashed horizontal line across the area at {@code y}. */
    void drawHorizontalGuide(Graphics2D g, double y) {
        if (y < yMin || y > yMax) {
            return;
        }
        g.setColor(PlotStyle.GUIDE);
        g.setStroke(PlotStyle.DASHED);
        g.draw(new Line2D.Double(box.getX(), py(y), box.getMaxX(), py(y)));
    }

    private java.util.List<Double> yTicks() {
        if (!logY) {
            return Ticks.positions(yMin, yMax, yStep());
        }
        java.util.List<Double> ticks = new java.util.ArrayList<>();
        for (int power = (int) Math.ceil(Math.log10(yMin)); power <= Math.floor(Math.log10(yMax)); power++) {
            ticks.add(Math.pow(10, power));
        }
        return ticks;
    }

    private double yStep() {
        return Ticks.step(yMin, yMax, Math.max(4, (int) (box.getHeight() / 60)));
    }

    private String yTickLabel(double tick) {
        if (logY) {
            return Ticks.powerOfTenLabel(tick);
        }
        return Ticks.label(tick, yStep());
    }
}
