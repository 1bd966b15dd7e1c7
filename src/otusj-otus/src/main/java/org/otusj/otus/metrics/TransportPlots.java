package org.otusj.otus.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.plot.PlotFormat;
import org.otusj.aida.plot.PlotWriter;
import org.otusj.aida.plot.TransportPlot;
import org.otusj.aida.xml.AidaXmlWriter;

/**
 * Transport plots of the closure test. For each vector component it draws the 2-D histogram of the
 * reconstructed against the generated value, for the fast simulation and for the detector on the same z,
 * side by side in PNG, SVG and PDF, and writes all histograms to one AIDA file.
 */
public final class TransportPlots {

    private static final int BINS = 60;

    private TransportPlots() {
    }

    /**
     * Writes the plots of every column to {@code directory}.
     *
     * @param columns column names, e.g. "positron_e"
     * @param fastSim fast-sim vectors; row i belongs to {@code fastSimTruth[i]}
     * @param detector detector vectors; row i belongs to {@code detectorTruth[i]}
     */
    public static void write(Path directory, List<String> columns, double[][] fastSim, double[][] fastSimTruth,
            double[][] detector, double[][] detectorTruth) throws IOException {
        Files.createDirectories(directory);
        AidaTree tree = new AidaTree();
        for (int c = 0; c < columns.size(); c++) {
            double[] range = range(detectorTruth, detector, c);
            if (!(range[1] > range[0])) {
                continue;
            }
            String name = columns.get(c);
            Histogram2D decoded = histogram(name + ": OTUS decoder", range, fastSimTruth, fastSim, c);
            Histogram2D measured = histogram(name + ": detector", range, detectorTruth, detector, c);
            tree.put("/transport/fastsim_" + name, decoded);
            tree.put("/transport/detector_" + name, measured);
            TransportPlot plot = new TransportPlot(decoded, "OTUS decoder D(z)", measured, "detector Det(z)")
                    .withTitle(name + ": reconstructed against generated").logarithmic(true);
            PlotWriter.writeAll(plot, directory, "transport_" + name, EnumSet.allOf(PlotFormat.class));
        }
        AidaXmlWriter.gzipped().write(tree, directory.resolve("transport.aida.gz"));
    }

    private static Histogram2D histogram(String title, double[] range, double[][] truth, double[][] rows, int column) {
        Histogram2D histogram = new Histogram2D(title, BINS, range[0], range[1], BINS, range[0], range[1]);
        histogram.setAnnotation(Histogram2D.X_LABEL_KEY, "generated [GeV]");
        histogram.setAnnotation(Histogram2D.Y_LABEL_KEY, "reconstructed [GeV]");
        for (int i = 0; i < rows.length; i++) {
            histogram.fill(truth[i][column], rows[i][column]);
        }
        return histogram;
    }

    /** Returns the 0.5 % to 99.5 % quantile range of the generated and reconstructed values together. */
    private static double[] range(double[][] truth, double[][] rows, int column) {
        double[] values = new double[truth.length + rows.length];
        for (int i = 0; i < truth.length; i++) {
            values[i] = truth[i][column];
        }
        for (int i = 0; i < rows.length; i++) {
            values[truth.length + i] = rows[i][column];
        }
        java.util.Arrays.sort(values);
        return new double[] {ProjectionStatistics.quantile(values, 0.005), ProjectionStatistics.quantile(values, 0.995)};
    }
}
