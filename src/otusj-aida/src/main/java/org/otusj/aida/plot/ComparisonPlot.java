package org.otusj.aida.plot;

import hep.aida.IAxis;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.otusj.aida.AidaObject;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.compare.BinnedStatistics;

/**
 * Two 1-D histograms over each other with a ratio panel below: the reference as points with error bars,
 * the candidate as a step line with error bars, a legend, and the ratio r = candidate / reference with
 * sigma_r = r sqrt((s1/h1)^2 + (s2/h2)^2), which is r sqrt(1/h1 + 1/h2) for unweighted histograms.
 *
 * <p>The x label comes from the reference's {@code XLabel} annotation (with its unit, such as "p_x
 * [GeV]"), the y label from {@code YLabel} ("Entries" if missing; for shapes "Normalised entries", or the
 * label with " (normalised)" appended). With
 * {@code shape}, both histograms are divided by their in-range sum of heights.
 */
public final class ComparisonPlot implements Plot {

    private static final Dimension SIZE = new Dimension(800, 700);

    /** Widest ratio range shown; points beyond are clipped. */
    private static final double MAX_RATIO = 3.0;

    private final Histogram1D reference;
    private final Histogram1D candidate;
    private final String referenceLabel;
    private final String candidateLabel;
    private final boolean shape;
    private String note;

    /**
     * Creates the plot.
     *
     * @param referenceLabel legend text of the reference, such as "Delphes"
     * @param candidateLabel legend text of the candidate, such as "OTUS"
     * @param shape whether to normalise both histograms to unit in-range area
     * @throws IllegalArgumentException if the bin edges differ, or {@code shape} is set and an in-range sum
     *     of heights is not positive
     */
    public ComparisonPlot(Histogram1D reference, Histogram1D candidate, String referenceLabel, String candidateLabel,
            boolean shape) {
        BinnedStatistics.requireSameBinning(reference, candidate);
        this.reference = reference;
        this.candidate = candidate;
        this.referenceLabel = Objects.requireNonNull(referenceLabel, "referenceLabel");
        this.candidateLabel = Objects.requireNonNull(candidateLabel, "candidateLabel");
        this.shape = shape;
        if (shape) {
            area(reference);
            area(candidate);
        }
    }

    /** Sets a line of text shown in the upper left of the main panel, such as the comparison statistics. */
    public ComparisonPlot withNote(String text) {
        this.note = text;
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

        int left = 90;
        int right = 25;
        int top = 45;
        int bottom = 62;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        double mainHeight = Math.round(plotHeight * 0.68);

        IAxis axis = reference.xAxis();
        double scale1 = shape ? 1.0 / area(reference) : 1.0;
        double scale2 = shape ? 1.0 / area(candidate) : 1.0;
        double[][] first = contents(reference, scale1);
        double[][] second = contents(candidate, scale2);

        g.setColor(PlotStyle.FOREGROUND);
        g.setFont(PlotStyle.TITLE);
        g.drawString(reference.title(), left, 28);

        double[] yRange = yRange(first, second);
        PlotArea main = new PlotArea(new Rectangle2D.Double(left, top, plotWidth, mainHeight), axis.lowerEdge(),
                axis.upperEdge(), yRange[0], yRange[1], false);
        HistogramPainter.drawSteps(g, main, axis, second[0], PlotStyle.CANDIDATE);
        HistogramPainter.drawErrorBars(g, main, axis, second[0], second[1], PlotStyle.CANDIDATE);
        HistogramPainter.drawPoints(g, main, axis, first[0], first[1], PlotStyle.REFERENCE);
        String yLabel = AxisLabels.of(reference, AidaObject.Y_LABEL_KEY, "Entries");
        if (shape) {
            // Shapes are scaled to unit area, so the file's own label ("Events", say) no longer fits as it is.
            yLabel = yLabel.equals("Entries") ? "Normalised entries" : yLabel + " (normalised)";
        }
        main.drawFrame(g, false, null, yLabel);
        drawLegend(g, main);

        double[][] ratio = ratio(first, second);
        double[] ratioRange = ratioRange(ratio);
        PlotArea lower = new PlotArea(new Rectangle2D.Double(left, top + mainHeight, plotWidth, plotHeight - mainHeight),
                axis.lowerEdge(), axis.upperEdge(), ratioRange[0], ratioRange[1], false);
        lower.drawHorizontalGuide(g, 1.0);
        HistogramPainter.drawPoints(g, lower, axis, ratio[0], ratio[1], PlotStyle.FOREGROUND);
        String xLabel = AxisLabels.of(reference, AidaObject.X_LABEL_KEY, "x");
        lower.drawFrame(g, true, xLabel, candidateLabel + " / " + referenceLabel);
    }

    private void drawLegend(Graphics2D g, PlotArea main) {
        g.setFont(PlotStyle.LABEL);
        FontMetrics metrics = g.getFontMetrics();
        int textWidth = Math.max(metrics.stringWidth(referenceLabel), metrics.stringWidth(candidateLabel));
        double x = main.box().getMaxX() - textWidth - 50;
        double y = main.box().getY() + 20;
        HistogramPainter.drawLegendEntry(g, x, y, PlotStyle.REFERENCE, true, referenceLabel);
        HistogramPainter.drawLegendEntry(g, x, y + 22, PlotStyle.CANDIDATE, false, candidateLabel);
        if (note != null) {
            g.setColor(PlotStyle.FOREGROUND);
            g.setFont(PlotStyle.TICK);
            g.drawString(note, (float) (main.box().getX() + 12), (float) (main.box().getY() + 20));
        }
    }

    /** Returns {heights, errors} of the in-range bins times {@code scale}. */
    private static double[][] contents(Histogram1D histogram, double scale) {
        int bins = histogram.xAxis().bins();
        double[][] contents = new double[2][bins];
        for (int i = 0; i < bins; i++) {
            contents[0][i] = histogram.binHeight(i) * scale;
            contents[1][i] = histogram.binError(i) * scale;
        }
        return contents;
    }

    /** Returns {r, sigma_r} per bin, NaN where a height is 0. */
    private static double[][] ratio(double[][] first, double[][] second) {
        int bins = first[0].length;
        double[][] ratio = new double[2][bins];
        for (int i = 0; i < bins; i++) {
            double h1 = first[0][i];
            double h2 = second[0][i];
            if (h1 == 0 || h2 == 0) {
                ratio[0][i] = Double.NaN;
                ratio[1][i] = Double.NaN;
                continue;
            }
            double r = h2 / h1;
            double relative1 = first[1][i] / h1;
            double relative2 = second[1][i] / h2;
            ratio[0][i] = r;
            ratio[1][i] = Math.abs(r) * Math.sqrt(relative1 * relative1 + relative2 * relative2);
        }
        return ratio;
    }

    private static double[] yRange(double[][] first, double[][] second) {
        double min = 0;
        double max = 0;
        for (double[][] contents : new double[][][] {first, second}) {
            for (int i = 0; i < contents[0].length; i++) {
                if (Double.isFinite(contents[0][i])) {
                    min = Math.min(min, contents[0][i] - contents[1][i]);
                    max = Math.max(max, contents[0][i] + contents[1][i]);
                }
            }
        }
        if (!(max > min)) {
            max = min + 1;
        }
        return new double[] {min, max + 0.2 * (max - min)};
    }

    private static double[] ratioRange(double[][] ratio) {
        double min = 1.0;
        double max = 1.0;
        for (int i = 0; i < ratio[0].length; i++) {
            if (Double.isFinite(ratio[0][i])) {
                min = Math.min(min, ratio[0][i] - ratio[1][i]);
                max = Math.max(max, ratio[0][i] + ratio[1][i]);
            }
        }
        min = Math.max(min, 0.0);
        max = Math.min(max, MAX_RATIO);
        double span = Math.max(max - min, 0.2);
        return new double[] {Math.max(min - 0.1 * span, 0.0), max + 0.1 * span};
    }

    private static double area(Histogram1D histogram) {
        double sum = histogram.sumBinHeights();
        if (!(sum > 0)) {
            throw new IllegalArgumentException("histogram '" + histogram.title() + "' has an in-range sum of heights of "
                    + sum + "; a shape plot needs a positive sum");
        }
        return sum;
    }
}
