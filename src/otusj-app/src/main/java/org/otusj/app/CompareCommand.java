package org.otusj.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.compare.BinnedStatistics;
import org.otusj.aida.compare.ComparisonReport;
import org.otusj.aida.compare.HistogramComparator;
import org.otusj.aida.compare.HistogramComparison;
import org.otusj.aida.compare.Thresholds;
import org.otusj.aida.io.AtomicFile;
import org.otusj.aida.plot.ComparisonPlot;
import org.otusj.aida.plot.PlotFormat;
import org.otusj.aida.plot.PlotWriter;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.aida.xml.AidaXmlWriter;
import org.otusj.app.aida.OutputNames;
import org.otusj.app.aida.PlotFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otusj compare REFERENCE CANDIDATE}: compares every 1-D histogram the two AIDA files share, prints
 * the statistics, writes them as CSV and AIDA data point sets, optionally plots each pair, and exits with
 * status 1 when a threshold is exceeded, so it can gate a chain.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, description = {
    "Compare the 1-D histograms two AIDA files share: chi2/ndf = sum (h1 - h2)^2 / (s1^2 + s2^2) over bins"
            + " with an error, the KS distance of the binned cumulative distributions and the Wasserstein"
            + " distance W1 of the bin contents at the bin centres (see docs/compare.md).",
    "Writes comparison.csv and comparison.aida.gz to the output directory. Exit status: 0 if every"
            + " comparison passes, 1 if a threshold is exceeded or a reference histogram is missing from the"
            + " candidate or binned differently, 2 if a file cannot be read."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REFERENCE", description = "AIDA file with the reference histograms.")
    private Path reference;

    @Parameters(index = "1", paramLabel = "CANDIDATE", description = "AIDA file with the candidate histograms.")
    private Path candidate;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = ".",
            description = "Directory for comparison.csv, comparison.aida.gz and the plots; created if missing"
                    + " (default: the current directory).")
    private Path outputDirectory;

    @Option(names = "--max-chi2", paramLabel = "X", defaultValue = "Infinity",
            description = "Fail a histogram whose chi2/ndf exceeds X (default: no limit).")
    private double maxChi2;

    @Option(names = "--max-ks", paramLabel = "X", defaultValue = "Infinity",
            description = "Fail a histogram whose KS distance (0 to 1) exceeds X (default: no limit).")
    private double maxKs;

    @Option(names = "--max-wasserstein", paramLabel = "X", defaultValue = "Infinity",
            description = "Fail a histogram whose Wasserstein distance, in the unit of its x axis (GeV for"
                    + " momenta), exceeds X (default: no limit).")
    private double maxWasserstein;

    @Option(names = "--shape", description = "Compute chi2 of the shapes: both histograms divided by their"
            + " in-range sum of heights, with one degree of freedom less.")
    private boolean shape;

    @Option(names = "--plots", description = "Also plot each compared pair with a ratio panel into DIR/plots.")
    private boolean plots;

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "png", converter = PlotFormats.class,
            description = "Plot formats, comma-separated: png, svg, pdf (default: png).")
    private List<PlotFormat> formats;

    @Option(names = "--reference-label", paramLabel = "TEXT", defaultValue = "reference",
            description = "Legend text of the reference in plots (default: reference).")
    private String referenceLabel;

    @Option(names = "--candidate-label", paramLabel = "TEXT", defaultValue = "candidate",
            description = "Legend text of the candidate in plots (default: candidate).")
    private String candidateLabel;

    @Override
    public Integer call() {
        Thresholds thresholds;
        try {
            thresholds = new Thresholds(maxChi2, maxKs, maxWasserstein);
        } catch (IllegalArgumentException invalid) {
            System.err.println("otusj compare: " + invalid.getMessage());
            return 2;
        }
        AidaTree referenceTree;
        AidaTree candidateTree;
        try {
            referenceTree = AidaXmlReader.read(reference);
            candidateTree = AidaXmlReader.read(candidate);
        } catch (IOException unreadable) {
            System.err.println("otusj compare: " + unreadable.getMessage());
            return 2;
        }

        ComparisonReport report = new HistogramComparator(thresholds, shape).compare(referenceTree, candidateTree);
        System.out.print(report.table());

        try {
            writeOutputs(report, referenceTree, candidateTree);
        } catch (IOException | IllegalArgumentException failed) {
            System.err.println("otusj compare: cannot write the results to " + outputDirectory + ": "
                    + failed.getMessage());
            return 2;
        }
        if (!report.passed()) {
            System.out.println("Comparison FAILED: " + report.failedRows() + " of " + report.rows().size()
                    + " histograms exceed a threshold, " + report.onlyInReference().size() + " missing, "
                    + report.incompatible().size() + " binned differently");
            return 1;
        }
        System.out.println("Comparison passed: " + report.rows().size() + " histograms");
        return 0;
    }

    private void writeOutputs(ComparisonReport report, AidaTree referenceTree, AidaTree candidateTree)
            throws IOException {
        Files.createDirectories(outputDirectory);
        Path csv = outputDirectory.resolve("comparison.csv");
        byte[] csvBytes = report.toCsv().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(csv, out -> out.write(csvBytes));

        Map<AidaPath, DataPointSet> ratios = new LinkedHashMap<>();
        for (HistogramComparison row : report.rows()) {
            Histogram1D h1 = referenceTree.get(row.path().toString(), Histogram1D.class);
            Histogram1D h2 = candidateTree.get(row.path().toString(), Histogram1D.class);
            ratios.put(row.path(), ratioOrEmpty(h1, h2));
            if (plots) {
                writePlot(row, h1, h2);
            }
        }
        Path aida = outputDirectory.resolve("comparison.aida.gz");
        AidaXmlWriter.gzipped().write(report.toAidaTree(ratios), aida);
        System.out.println("Wrote " + csv + " and " + aida);
    }

    private DataPointSet ratioOrEmpty(Histogram1D h1, Histogram1D h2) {
        try {
            return BinnedStatistics.ratio(h1, h2, shape);
        } catch (IllegalArgumentException empty) {
            return new DataPointSet("ratio of " + h2.title() + " to " + h1.title() + ": " + empty.getMessage(), 2);
        }
    }

    /** Returns " GeV" for an x label such as "p_x [GeV]", or "" if the label names no unit in brackets. */
    private static String unitSuffix(Histogram1D histogram) {
        String label = histogram.annotation(Histogram1D.X_LABEL_KEY);
        if (label == null || !label.endsWith("]") || label.lastIndexOf('[') < 0) {
            return "";
        }
        return " " + label.substring(label.lastIndexOf('[') + 1, label.length() - 1);
    }

    private void writePlot(HistogramComparison row, Histogram1D h1, Histogram1D h2) throws IOException {
        Path directory = Files.createDirectories(outputDirectory.resolve("plots"));
        String note = String.format(Locale.ROOT, "chi2/ndf = %.4g / %d, KS = %.4g, W1 = %.4g%s", row.chiSquare().chi2(),
                row.chiSquare().ndf(), row.ks(), row.wasserstein(), unitSuffix(h1));
        try {
            ComparisonPlot plot = new ComparisonPlot(h1, h2, referenceLabel, candidateLabel, shape).withNote(note);
            PlotWriter.writeAll(plot, directory, OutputNames.baseName(row.path()), formats);
        } catch (IllegalArgumentException empty) {
            System.err.println("otusj compare: no plot of " + row.path() + ": " + empty.getMessage());
        }
    }
}
