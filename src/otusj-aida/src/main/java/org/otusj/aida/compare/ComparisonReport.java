package org.otusj.aida.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Measurement;

/**
 * The result of comparing two AIDA trees: one row per histogram compared, and the histograms that could
 * not be compared.
 *
 * @param rows the comparisons, in the order of the reference file
 * @param onlyInReference histograms missing from the candidate; each fails the comparison
 * @param onlyInCandidate histograms missing from the reference; listed only
 * @param incompatible histograms with different binning, with the reason; each fails the comparison
 * @param thresholds the limits applied
 * @param shape whether the chi-square compared normalised shapes
 */
public record ComparisonReport(List<HistogramComparison> rows, List<AidaPath> onlyInReference,
        List<AidaPath> onlyInCandidate, Map<AidaPath, String> incompatible, Thresholds thresholds, boolean shape) {

    /** Column names of the CSV file and of the coordinates of the statistics data point set. */
    public static final List<String> COLUMNS = List.of("chi2", "ndf", "chi2/ndf", "ks", "wasserstein", "passed");

    /** Copies the collections. */
    public ComparisonReport {
        rows = List.copyOf(rows);
        onlyInReference = List.copyOf(onlyInReference);
        onlyInCandidate = List.copyOf(onlyInCandidate);
        // Map.copyOf would iterate in an order that changes from one JVM to the next, and so would the
        // table and the CSV file. The reference file's order is kept instead.
        incompatible = Collections.unmodifiableMap(new LinkedHashMap<>(incompatible));
    }

    /** Returns true if every row passed and no reference histogram was missing or incompatible. */
    public boolean passed() {
        return onlyInReference.isEmpty() && incompatible.isEmpty() && rows.stream().allMatch(HistogramComparison::passed);
    }

    /** Returns the number of rows that failed a threshold. */
    public long failedRows() {
        return rows.stream().filter(row -> !row.passed()).count();
    }

    /**
     * Returns the rows as CSV with a header line: path, chi2, ndf, chi2_ndf, ks, wasserstein, passed,
     * failures and notes. Numbers are written with {@link Double#toString}, so they read back exactly; a missing or
     * incompatible histogram is a row with empty statistics and passed = false.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("path,chi2,ndf,chi2_ndf,ks,wasserstein,passed,failures,notes\n");
        for (HistogramComparison row : rows) {
            csv.append(csvField(row.path().toString())).append(',')
                    .append(row.chiSquare().chi2()).append(',')
                    .append(row.chiSquare().ndf()).append(',')
                    .append(row.chiSquare().reduced()).append(',')
                    .append(row.ks()).append(',')
                    .append(row.wasserstein()).append(',')
                    .append(row.passed()).append(',')
                    .append(csvField(String.join("; ", row.failures()))).append(',')
                    .append(csvField(String.join("; ", row.notes()))).append('\n');
        }
        for (AidaPath path : onlyInReference) {
            csv.append(csvField(path.toString())).append(",,,,,,false,")
                    .append(csvField("missing from the candidate")).append(",\n");
        }
        for (Map.Entry<AidaPath, String> entry : incompatible.entrySet()) {
            csv.append(csvField(entry.getKey().toString())).append(",,,,,,false,")
                    .append(csvField(entry.getValue())).append(",\n");
        }
        return csv.toString();
    }

    /**
     * Returns the statistics as data point sets: {@code /comparison/statistics} has one point per row with
     * the coordinates of {@link #COLUMNS} (passed is 1 or 0), its annotation {@code Rows} lists the
     * histogram paths one per line; {@code /comparison/ratio<path>} holds the ratio candidate / reference of
     * each compared histogram pair given in {@code ratios}.
     */
    public AidaTree toAidaTree(Map<AidaPath, DataPointSet> ratios) {
        AidaTree tree = new AidaTree();
        DataPointSet table = new DataPointSet("comparison statistics", COLUMNS.size());
        table.setAnnotation("Columns", String.join(" ", COLUMNS));
        List<String> paths = new ArrayList<>();
        for (HistogramComparison row : rows) {
            paths.add(row.path().toString());
            table.addPoint(Measurement.of(row.chiSquare().chi2()), Measurement.of(row.chiSquare().ndf()),
                    Measurement.of(row.chiSquare().reduced()), Measurement.of(row.ks()),
                    Measurement.of(row.wasserstein()), Measurement.of(row.passed() ? 1 : 0));
        }
        table.setAnnotation("Rows", String.join("\n", paths));
        table.setAnnotation("ChiSquare", shape ? "normalised shapes" : "absolute contents");
        tree.put("/comparison/statistics", table);

        for (Map.Entry<AidaPath, DataPointSet> ratio : ratios.entrySet()) {
            tree.put("/comparison/ratio" + ratio.getKey(), ratio.getValue());
        }
        return tree;
    }

    /** Returns a fixed-width table for the terminal, one line per row and per histogram not compared. */
    public String table() {
        StringBuilder text = new StringBuilder();
        int width = 4;
        for (HistogramComparison row : rows) {
            width = Math.max(width, row.path().toString().length());
        }
        String format = "%-" + width + "s %12s %6s %10s %8s %12s  %s%n";
        text.append(String.format(Locale.ROOT, format, "path", "chi2", "ndf", "chi2/ndf", "KS", "Wasserstein",
                "result"));
        for (HistogramComparison row : rows) {
            text.append(String.format(Locale.ROOT, format, row.path(), number(row.chiSquare().chi2()),
                    row.chiSquare().ndf(), number(row.chiSquare().reduced()), number(row.ks()),
                    number(row.wasserstein()), result(row)));
        }
        for (AidaPath path : onlyInReference) {
            text.append("FAIL ").append(path).append(": missing from the candidate\n");
        }
        for (Map.Entry<AidaPath, String> entry : incompatible.entrySet()) {
            text.append("FAIL ").append(entry.getKey()).append(": not compared: ").append(entry.getValue())
                    .append('\n');
        }
        for (AidaPath path : onlyInCandidate) {
            text.append("note ").append(path).append(": only in the candidate, not compared\n");
        }
        return text.toString();
    }

    private static String result(HistogramComparison row) {
        String result = row.passed() ? "pass" : "FAIL: " + String.join("; ", row.failures());
        return row.notes().isEmpty() ? result : result + " (" + String.join("; ", row.notes()) + ")";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.4g", value);
    }

    private static String csvField(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
