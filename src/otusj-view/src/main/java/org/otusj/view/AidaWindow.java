package org.otusj.view;

import jas.hist.DataSource;
import jas.hist.JASHist;
import jas.hist.JASHist1DHistogramStyle;
import jas.hist.JASHist2DHistogramStyle;
import jas.hist.JASHistData;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Profile1D;

/**
 * A window that shows the histograms, profiles and clouds of an AIDA tree with the JAS plotter 2.2.6, one
 * plot per object in a scrollable grid. Data point sets and objects with variable bins, which the JAS
 * plotter cannot draw, are listed below the grid instead.
 */
public final class AidaWindow {

    /** Fill colour of the 1-D histograms; the screenshot test looks for it. */
    public static final Color HISTOGRAM_FILL = new Color(0x6f, 0x8f, 0xd9);

    /** Outline and error bar colour of the 1-D histograms. */
    public static final Color HISTOGRAM_LINE = new Color(0x1f, 0x3a, 0x93);

    private static final Dimension CELL = new Dimension(440, 330);

    private final JFrame frame;
    private final int plotted;
    private final List<String> skipped;

    private AidaWindow(JFrame frame, int plotted, List<String> skipped) {
        this.frame = frame;
        this.plotted = plotted;
        this.skipped = skipped;
    }

    /** Builds the window for {@code tree}, not yet visible; call on the Swing event thread. */
    public static AidaWindow create(String windowTitle, AidaTree tree) {
        List<JASHist> plots = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<AidaPath, AidaObject> entry : tree.objects().entrySet()) {
            try {
                JASHist plot = plot(entry.getKey(), entry.getValue());
                if (plot == null) {
                    skipped.add(entry.getKey() + " (" + entry.getValue().getClass().getSimpleName() + ")");
                } else {
                    plots.add(plot);
                }
            } catch (RuntimeException notShown) {
                // IllegalArgumentException for variable bins, or the JAS plotter's own package-private
                // DataManagerException (a RuntimeException) for data it rejects.
                skipped.add(entry.getKey() + " (" + notShown.getMessage() + ")");
            }
        }

        int columns = Math.max(1, Math.min(3, (int) Math.ceil(Math.sqrt(plots.size()))));
        int rows = Math.max(1, (plots.size() + columns - 1) / columns);
        JPanel grid = new JPanel(new GridLayout(rows, columns, 6, 6));
        grid.setBackground(Color.WHITE);
        for (JASHist plot : plots) {
            plot.setPreferredSize(CELL);
            grid.add(plot);
        }

        JFrame frame = new JFrame(windowTitle);
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        JScrollPane scroll = new JScrollPane(grid);
        scroll.setPreferredSize(new Dimension(Math.min(columns, 3) * (CELL.width + 6) + 30,
                Math.min(rows, 2) * (CELL.height + 6) + 10));
        frame.getContentPane().add(scroll, BorderLayout.CENTER);
        if (!skipped.isEmpty()) {
            JLabel note = new JLabel("Not shown: " + String.join(", ", skipped));
            note.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
            frame.getContentPane().add(note, BorderLayout.SOUTH);
        }
        frame.pack();
        return new AidaWindow(frame, plots.size(), skipped);
    }

    /** Returns the frame. */
    public JFrame frame() {
        return frame;
    }

    /** Returns the number of objects plotted. */
    public int plotted() {
        return plotted;
    }

    /** Returns the objects not plotted, each with the reason. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    /** Returns the plot of {@code object}, or null for a kind the JAS plotter does not draw. */
    private static JASHist plot(AidaPath path, AidaObject object) {
        if (object instanceof Histogram1D) {
            return plot1D(path, object, JasHistogram1D.of((Histogram1D) object), "Entries");
        }
        if (object instanceof Profile1D) {
            return plot1D(path, object, JasHistogram1D.of((Profile1D) object), "Mean of y");
        }
        if (object instanceof Cloud1D) {
            Cloud1D cloud = ((Cloud1D) object).copy();
            cloud.convert();
            return plot1D(path, object, JasHistogram1D.of(cloud.histogram()), "Entries");
        }
        if (object instanceof Histogram2D) {
            return plot2D(path, object, new JasHistogram2D((Histogram2D) object));
        }
        return null;
    }

    private static JASHist plot1D(AidaPath path, AidaObject object, DataSource source, String defaultYLabel) {
        JASHist plot = newPlot(path, object);
        plot.getYAxis().setLabel(label(object, AidaObject.Y_LABEL_KEY, defaultYLabel));
        JASHistData data = plot.addData(source);
        JASHist1DHistogramStyle style = (JASHist1DHistogramStyle) data.getStyle();
        style.setHistogramFill(true);
        style.setHistogramBarColor(HISTOGRAM_FILL);
        style.setHistogramBarLineColor(HISTOGRAM_LINE);
        style.setShowErrorBars(true);
        style.setErrorBarColor(HISTOGRAM_LINE);
        data.show(true);
        return plot;
    }

    private static JASHist plot2D(AidaPath path, AidaObject object, DataSource source) {
        JASHist plot = newPlot(path, object);
        plot.getYAxis().setLabel(label(object, AidaObject.Y_LABEL_KEY, "y"));
        JASHistData data = plot.addData(source);
        JASHist2DHistogramStyle style = (JASHist2DHistogramStyle) data.getStyle();
        style.setHistStyle(JASHist2DHistogramStyle.STYLE_COLORMAP);
        style.setColorMapScheme(JASHist2DHistogramStyle.COLORMAP_WARM);
        style.setShowZeroHeightBins(false);
        data.show(true);

        // The statistics box would cover the colour scale at the right of the data area.
        plot.setShowStatistics(false);
        return plot;
    }

    private static JASHist newPlot(AidaPath path, AidaObject object) {
        JASHist plot = new JASHist();
        plot.setBackground(Color.WHITE);
        plot.setTitle(object.title().isEmpty() ? path.toString() : object.title());
        plot.setShowStatistics(true);
        plot.getXAxis().setLabel(label(object, AidaObject.X_LABEL_KEY, path.name()));
        return plot;
    }

    private static String label(AidaObject object, String key, String fallback) {
        String label = object.annotation(key);
        return label == null || label.isBlank() ? fallback : label;
    }
}
