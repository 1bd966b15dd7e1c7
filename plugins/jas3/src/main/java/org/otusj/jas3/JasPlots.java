package org.otusj.jas3;

import jas.hist.DataSource;
import jas.hist.JASHist;
import jas.hist.JASHist1DHistogramStyle;
import jas.hist.JASHistData;
import jas.hist.JASHistStyle;
import jas.hist.JASHistScatterPlotStyle;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.util.Enumeration;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.view.AidaWindow;

/**
 * JAS plotter views of AIDA objects. Histograms, profiles and clouds are drawn as {@code otusj view} draws
 * them ({@link AidaWindow}); data point sets of dimension 2 as points with y errors. Call on the Swing
 * event thread.
 */
final class JasPlots {

    /** Outline and error bar colour of the candidate in comparisons; the screenshot test looks for it. */
    static final Color CANDIDATE_LINE = new Color(0xc8, 0x1e, 0x1e);

    /** Colour of points, such as the ratio panel of comparisons; the screenshot test looks for it. */
    static final Color POINTS = new Color(0x1a, 0x8a, 0x3a);

    private static final int POINT_SIZE = 6;

    /**
     * A plot, or why an object has none.
     *
     * @param plot the plot, or null
     * @param reason why there is no plot, or null
     */
    record Result(JASHist plot, String reason) {

        static Result of(JASHist plot) {
            return new Result(plot, null);
        }

        static Result skipped(String reason) {
            return new Result(null, reason);
        }
    }

    private JasPlots() {
    }

    /**
     * Returns the plot of {@code object}, or the reason it has none: the JAS plotter draws neither variable
     * bins nor points of a dimension other than 2.
     */
    static Result plot(AidaPath path, AidaObject object) {
        if (object instanceof DataPointSet points) {
            return pointsPlot(path, points);
        }
        return fromAidaWindow(path, object);
    }

    /**
     * Returns a plot of the points of {@code points}, with the axis labels of its annotations, or "x" and
     * "y".
     */
    static Result pointsPlot(AidaPath path, DataPointSet points) {
        if (points.dimension() != 2) {
            return Result.skipped("data point set of dimension " + points.dimension() + "; only dimension 2 is drawn");
        }
        if (points.size() == 0) {
            return Result.skipped("data point set without points");
        }
        JASHist plot = new JASHist();
        plot.setBackground(Color.WHITE);
        plot.setTitle(points.title().isEmpty() ? path.toString() : points.title());
        plot.getXAxis().setLabel(label(points, AidaObject.X_LABEL_KEY, "x"));
        plot.getYAxis().setLabel(label(points, AidaObject.Y_LABEL_KEY, "y"));
        plot.setShowStatistics(false);
        JASHistData data = plot.addData(new PointsSource(points));
        drawAsPoints(data.getStyle(), POINTS);
        data.show(true);
        return Result.of(plot);
    }

    /** Returns the data source of the first data set of {@code plot}. */
    static DataSource firstSource(JASHist plot) {
        Enumeration<?> data = plot.getDataSources();
        return ((JASHistData) data.nextElement()).getDataSource();
    }

    /** Returns the first data set of {@code plot}. */
    static JASHistData firstData(JASHist plot) {
        return (JASHistData) plot.getDataSources().nextElement();
    }

    /** Sets a style to points without bars or lines, with error bars, in {@code color}. */
    static void drawAsPoints(JASHistStyle style, Color color) {
        if (style instanceof JASHist1DHistogramStyle histogramStyle) {
            histogramStyle.setShowHistogramBars(false);
            histogramStyle.setShowLinesBetweenPoints(false);
            histogramStyle.setShowDataPoints(true);
            histogramStyle.setDataPointStyle(JASHist1DHistogramStyle.SYMBOL_BOX);
            histogramStyle.setDataPointSize(POINT_SIZE);
            histogramStyle.setDataPointColor(color);
            histogramStyle.setShowErrorBars(true);
            histogramStyle.setErrorBarColor(color);
        } else if (style instanceof JASHistScatterPlotStyle scatterStyle) {
            scatterStyle.setDataPointStyle(JASHist1DHistogramStyle.SYMBOL_BOX);
            scatterStyle.setDataPointSize(POINT_SIZE);
            scatterStyle.setDataPointColor(color);
        }
    }

    /**
     * Takes the plot that {@link AidaWindow} builds for a tree of this one object out of its window, so
     * that the plugin draws exactly what {@code otusj view} draws.
     */
    // NOTE: otusj-app exposes its JAS plotter data sources only through AidaWindow's frame. A public
    // per-object factory there would make this detour through a never-shown JFrame unnecessary.
    private static Result fromAidaWindow(AidaPath path, AidaObject object) {
        AidaTree single = new AidaTree();
        single.put(path, object);
        AidaWindow window = AidaWindow.create(path.toString(), single);
        try {
            if (window.plotted() == 0) {
                String skipped = window.skipped().isEmpty() ? path.toString() : window.skipped().get(0);
                return Result.skipped("not drawn by the JAS plotter: " + skipped);
            }
            JASHist plot = findPlot(window.frame().getContentPane());
            if (plot == null) {
                return Result.skipped("no JAS plotter view was built for " + path);
            }
            plot.getParent().remove(plot);
            return Result.of(plot);
        } finally {
            window.frame().dispose();
        }
    }

    private static JASHist findPlot(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JASHist plot) {
                return plot;
            }
            if (child instanceof Container nested) {
                JASHist found = findPlot(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String label(AidaObject object, String key, String fallback) {
        String label = object.annotation(key);
        return label == null || label.isBlank() ? fallback : label;
    }
}
