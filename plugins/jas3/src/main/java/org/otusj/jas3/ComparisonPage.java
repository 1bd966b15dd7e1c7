package org.otusj.jas3;

import jas.hist.JASHist;
import jas.hist.JASHist1DHistogramStyle;
import jas.hist.JASHistData;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.DataPoint;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Measurement;
import org.otusj.aida.compare.BinnedStatistics;
import org.otusj.aida.compare.HistogramComparison;

/**
 * The page of one compared pair of 1-D histograms: both over each other (the reference filled as in
 * {@code otusj view}, the candidate as an outline with error bars), the ratio candidate / reference with
 * sigma_r = r sqrt((s1/h1)^2 + (s2/h2)^2) in a panel below on the same x range, and the path with the
 * comparison statistics of {@code otusj compare} above. Call on the Swing event thread.
 */
final class ComparisonPage {

    /** Share of the page height given to the ratio panel. */
    private static final double RATIO_SHARE = 0.35;

    /** Highest ratio shown; points above are outside the panel. */
    private static final double MAX_RATIO = 3.0;

    private ComparisonPage() {
    }

    /**
     * Returns the page, or a {@link JasPlots.Result} reason as text if the JAS plotter cannot draw the pair.
     *
     * @param referenceLabel legend text of the reference, such as its file name
     * @param candidateLabel legend text of the candidate
     */
    static JComponent create(HistogramComparison comparison, Histogram1D reference, Histogram1D candidate,
            String referenceLabel, String candidateLabel) {
        AidaPath path = comparison.path();
        JasPlots.Result main = JasPlots.plot(path, reference);
        JasPlots.Result other = JasPlots.plot(path, candidate);
        if (main.plot() == null || other.plot() == null) {
            String reason = main.plot() == null ? main.reason() : other.reason();
            return TextPage.create(path + ": " + reason);
        }

        JASHist overlay = main.plot();
        JasPlots.firstData(overlay).setLegendText(referenceLabel);
        JASHistData added = overlay.addData(JasPlots.firstSource(other.plot()));
        drawAsOutline((JASHist1DHistogramStyle) added.getStyle());
        added.setLegendText(candidateLabel);
        added.show(true);
        overlay.setShowStatistics(false);
        overlay.setShowLegend(JASHist.LEGEND_ALWAYS);

        JPanel page = new JPanel(new GridBagLayout());
        page.setBackground(Color.WHITE);
        page.add(header(comparison, reference), constraints(0, 0));
        page.add(overlay, constraints(1, 1 - RATIO_SHARE));
        page.add(ratioPanel(path, reference, candidate), constraints(2, RATIO_SHARE));
        page.setPreferredSize(new Dimension(640, 560));
        return page;
    }

    private static void drawAsOutline(JASHist1DHistogramStyle style) {
        style.setHistogramFill(false);
        style.setShowHistogramBars(true);
        style.setHistogramBarLineColor(JasPlots.CANDIDATE_LINE);
        style.setHistogramBarLineWidth(2f);
        style.setShowErrorBars(true);
        style.setErrorBarColor(JasPlots.CANDIDATE_LINE);
    }

    private static JComponent ratioPanel(AidaPath path, Histogram1D reference, Histogram1D candidate) {
        DataPointSet ratio = BinnedStatistics.ratio(reference, candidate, false);
        String xLabel = reference.annotation(AidaObject.X_LABEL_KEY);
        ratio.setAnnotation(AidaObject.X_LABEL_KEY, xLabel == null || xLabel.isBlank() ? path.name() : xLabel);
        ratio.setAnnotation(AidaObject.Y_LABEL_KEY, "candidate / reference");
        JasPlots.Result result = JasPlots.pointsPlot(path, ratio);
        if (result.plot() == null) {
            return TextPage.create("No ratio: " + result.reason() + " (every bin of one histogram is empty)");
        }
        JASHist plot = result.plot();
        // The panel is low, so it goes without a title.
        plot.setTitle("");
        plot.getXAxis().setRangeAutomatic(false);
        plot.getXAxis().setRange(reference.xAxis().lowerEdge(), reference.xAxis().upperEdge());
        double[] range = ratioRange(ratio);
        plot.getYAxis().setRangeAutomatic(false);
        plot.getYAxis().setRange(range[0], range[1]);
        return plot;
    }

    /**
     * Returns the y range of the ratio panel: every r +- sigma_r and 1, clipped to [0, {@value #MAX_RATIO}],
     * with a margin of a tenth of the span (at least 0.02) on both sides.
     */
    private static double[] ratioRange(DataPointSet ratio) {
        double low = 1.0;
        double high = 1.0;
        for (DataPoint point : ratio.points()) {
            Measurement r = point.coordinate(1);
            if (Double.isFinite(r.value())) {
                low = Math.min(low, r.value() - (Double.isFinite(r.errorMinus()) ? r.errorMinus() : 0));
                high = Math.max(high, r.value() + (Double.isFinite(r.errorPlus()) ? r.errorPlus() : 0));
            }
        }
        low = Math.max(low, 0.0);
        high = Math.min(high, MAX_RATIO);
        double margin = 0.1 * Math.max(high - low, 0.2);
        return new double[] {Math.max(low - margin, 0.0), high + margin};
    }

    private static JComponent header(HistogramComparison comparison, Histogram1D reference) {
        String statistics = String.format(Locale.ROOT, "chi2/ndf = %.4g / %d, KS = %.4g, W1 = %.4g%s",
                comparison.chiSquare().chi2(), comparison.chiSquare().ndf(), comparison.ks(), comparison.wasserstein(),
                unitSuffix(reference));
        if (!comparison.notes().isEmpty()) {
            statistics += " (" + String.join("; ", comparison.notes()) + ")";
        }
        String text = "<html>" + escape(comparison.path().toString()) + "<br>" + escape(statistics) + "</html>";
        JLabel label = new JLabel(text);
        label.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JPanel panel = new JPanel(new BorderLayout());
        panel.setBackground(Color.WHITE);
        panel.add(label, BorderLayout.CENTER);
        return panel;
    }

    /** Returns " GeV" for an x label such as "p_x [GeV]", or "" if the label names no unit in brackets. */
    private static String unitSuffix(Histogram1D histogram) {
        String label = histogram.annotation(AidaObject.X_LABEL_KEY);
        if (label == null || !label.endsWith("]") || label.lastIndexOf('[') < 0) {
            return "";
        }
        return " " + label.substring(label.lastIndexOf('[') + 1, label.length() - 1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static GridBagConstraints constraints(int row, double weight) {
        GridBagConstraints constraints = new GridBagConstraints();
        constraints.gridx = 0;
        constraints.gridy = row;
        constraints.weightx = 1;
        constraints.weighty = weight;
        constraints.fill = GridBagConstraints.BOTH;
        return constraints;
    }
}
