package org.otusj.aida.yoda;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPoint;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Measurement;
import org.otusj.aida.io.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports histograms and 2-D data point sets as YODA text in the version 2 block format that YODA 1.8 and
 * go-hep write: {@code YODA_HISTO1D_V2} for a {@link Histogram1D} (and a converted {@link Cloud1D}), and
 * {@code YODA_SCATTER2D_V2} for a {@link DataPointSet} of dimension 2.
 *
 * <p>A block starts with its path, then the annotations as a YAML map sorted by key ({@code Path},
 * {@code Title}, {@code Type} and the object's other annotations), then {@code ---} and the data lines.
 * Numbers are written as C's {@code %e} writes them: 7 significant digits, rounding half to even on the
 * exact binary value, with {@code nan}, {@code inf} and {@code -inf} for the special values. A histogram
 * block lists the sums sumw, sumw2, sumwx, sumwx2 and the entries of the whole histogram (under- and
 * overflow included), of the under- and overflow bins and of each bin. Scatter points are written sorted
 * by x, then y, as YODA keeps them.
 */
public final class YodaWriter {

    private static final Logger LOG = LoggerFactory.getLogger(YodaWriter.class);

    private static final MathContext SEVEN_DIGITS = new MathContext(7, RoundingMode.HALF_EVEN);

    /** Plain YAML scalars that need no quotes: no leading indicator, no ": " or " #", not a number or keyword. */
    private static final Pattern PLAIN_SCALAR = Pattern.compile("[A-Za-z_/(][^:#\\n\\r\\t\"'\\\\{}\\[\\],&*!|>%@`]*");
    private static final Pattern YAML_KEYWORD = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|null|~|y|n|\\.?inf|\\.?nan)");

    private YodaWriter() {
    }

    /**
     * Writes the objects of {@code tree} that YODA can hold to {@code file} (plain text, not compressed),
     * through a temporary file that replaces {@code file} only when complete. Profiles, 2-D histograms,
     * unconverted clouds and data point sets of other dimensions are skipped with a warning in the log.
     *
     * @return the number of objects written
     */
    public static int write(AidaTree tree, Path file) throws IOException {
        int[] written = {0};
        AtomicFile.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (Map.Entry<AidaPath, AidaObject> entry : tree.objects().entrySet()) {
                if (writeObject(entry.getKey().toString(), entry.getValue(), writer)) {
                    written[0]++;
                } else {
                    LOG.warn("YODA export of {} skips {}: a {} has no YODA version 2 block here", file, entry.getKey(),
                            entry.getValue().getClass().getSimpleName());
                }
            }
            writer.flush();
        });
        LOG.debug("Wrote {} YODA blocks to {}", written[0], file);
        return written[0];
    }

    private static boolean writeObject(String path, AidaObject object, Writer out) throws IOException {
        if (object instanceof Histogram1D) {
            writeHisto1D(path, (Histogram1D) object, out);
            return true;
        }
        if (object instanceof Cloud1D && ((Cloud1D) object).isConverted()) {
            writeHisto1D(path, ((Cloud1D) object).histogram(), out);
            return true;
        }
        if (object instanceof DataPointSet && ((DataPointSet) object).dimension() == 2) {
            writeScatter2D(path, (DataPointSet) object, out);
            return true;
        }
        return false;
    }

    /**
     * Writes one {@code YODA_HISTO1D_V2} block, followed by an empty line.
     *
     * @param path the YODA path, such as {@code /Electrons/positron_px}; it must not contain a line break
     */
    public static void writeHisto1D(String path, Histogram1D histogram, Writer out) throws IOException {
        checkPath(path);
        out.write("BEGIN YODA_HISTO1D_V2 " + path + "\n");
        writeAnnotations(path, "Histo1D", histogram, out);

        IAxis axis = histogram.xAxis();
        double[] total = new double[5];
        addSums(total, histogram, IHistogram.UNDERFLOW);
        addSums(total, histogram, IHistogram.OVERFLOW);
        for (int index = 0; index < axis.bins(); index++) {
            addSums(total, histogram, index);
        }

        out.write("# Mean: " + format(total[2] / total[0]) + "\n");
        out.write("# Area: " + format(total[0]) + "\n");
        out.write("# ID\t ID\t sumw\t sumw2\t sumwx\t sumwx2\t numEntries\n");
        out.write("Total   \tTotal   \t" + sums(total) + "\n");
        out.write("Underflow\tUnderflow\t" + sums(binSums(histogram, IHistogram.UNDERFLOW)) + "\n");
        out.write("Overflow\tOverflow\t" + sums(binSums(histogram, IHistogram.OVERFLOW)) + "\n");
        out.write("# xlow\t xhigh\t sumw\t sumw2\t sumwx\t sumwx2\t numEntries\n");
        for (int index = 0; index < axis.bins(); index++) {
            out.write(format(axis.binLowerEdge(index)) + "\t" + format(axis.binUpperEdge(index)) + "\t"
                    + sums(binSums(histogram, index)) + "\n");
        }
        out.write("END YODA_HISTO1D_V2\n\n");
    }

    /**
     * Writes one {@code YODA_SCATTER2D_V2} block, followed by an empty line. Coordinate 0 is x, coordinate 1
     * is y; the downward error is written before the upward one.
     *
     * @throws IllegalArgumentException if the set does not have dimension 2
     */
    public static void writeScatter2D(String path, DataPointSet set, Writer out) throws IOException {
        checkPath(path);
        if (set.dimension() != 2) {
            throw new IllegalArgumentException("YODA Scatter2D needs a data point set of dimension 2, '" + path
                    + "' has dimension " + set.dimension());
        }
        out.write("BEGIN YODA_SCATTER2D_V2 " + path + "\n");
        writeAnnotations(path, "Scatter2D", set, out);
        out.write("# xval\t xerr-\t xerr+\t yval\t yerr-\t yerr+\t\n");

        List<DataPoint> points = new ArrayList<>(set.points());
        points.sort(Comparator.comparingDouble((DataPoint p) -> p.coordinate(0).value())
                .thenComparingDouble(p -> p.coordinate(1).value()));
        for (DataPoint point : points) {
            Measurement x = point.coordinate(0);
            Measurement y = point.coordinate(1);
            out.write(format(x.value()) + "\t" + format(x.errorMinus()) + "\t" + format(x.errorPlus()) + "\t"
                    + format(y.value()) + "\t" + format(y.errorMinus()) + "\t" + format(y.errorPlus()) + "\n");
        }
        out.write("END YODA_SCATTER2D_V2\n\n");
    }

    /**
     * Returns {@code value} as C's {@code printf("%e")} writes it: one digit, a point, six digits, {@code
     * e}, the sign and at least two exponent digits, such as {@code -4.000000e+00}.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = (value < 0 || (value == 0 && 1.0 / value < 0)) ? "-" : "";
        if (value == 0) {
            return sign + "0.000000e+00";
        }

        BigDecimal rounded = new BigDecimal(Math.abs(value)).round(SEVEN_DIGITS);
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        StringBuilder mantissa = new StringBuilder(digits);
        while (mantissa.length() < 7) {
            mantissa.append('0');
        }
        String exponentDigits = Integer.toString(Math.abs(exponent));
        if (exponentDigits.length() < 2) {
            exponentDigits = "0" + exponentDigits;
        }
        return sign + mantissa.charAt(0) + "." + mantissa.substring(1, 7) + "e" + (exponent < 0 ? "-" : "+")
                + exponentDigits;
    }

    private static void writeAnnotations(String path, String type, AidaObject object, Writer out) throws IOException {
        Map<String, String> sorted = new TreeMap<>(object.annotations());
        sorted.put("Path", path);
        sorted.put("Title", object.title());
        sorted.put("Type", type);
        for (Map.Entry<String, String> item : sorted.entrySet()) {
            out.write(yamlKey(item.getKey()) + ": " + yamlValue(item.getValue()) + "\n");
        }
        out.write("---\n");
    }

    /** Returns {sumw, sumw2, sumwx, sumwx2, entries} of bin {@code index}. */
    private static double[] binSums(Histogram1D histogram, int index) {
        return new double[] {
            histogram.binHeight(index),
            histogram.binSumW2(index),
            histogram.binSumWX(index),
            histogram.binSumWX2(index),
            histogram.binEntries(index),
        };
    }

    private static void addSums(double[] total, Histogram1D histogram, int index) {
        double[] bin = binSums(histogram, index);
        for (int i = 0; i < total.length; i++) {
            total[i] += bin[i];
        }
    }

    private static String sums(double[] values) {
        StringBuilder line = new StringBuilder(80);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(format(values[i]));
        }
        return line.toString();
    }

    private static String yamlKey(String key) {
        return PLAIN_SCALAR.matcher(key).matches() && !key.endsWith(" ") ? key : quote(key);
    }

    /** Returns {@code value} as a YAML scalar: plain where YAML reads it back as the same string, else quoted. */
    static String yamlValue(String value) {
        boolean plain = PLAIN_SCALAR.matcher(value).matches()
                && !value.endsWith(" ")
                && !YAML_KEYWORD.matcher(value).matches();
        return plain ? value : quote(value);
    }

    /** Returns {@code value} in double quotes with JSON-style escapes, which YAML reads. */
    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    quoted.append("\\\"");
                    break;
                case '\\':
                    quoted.append("\\\\");
                    break;
                case '\n':
                    quoted.append("\\n");
                    break;
                case '\r':
                    quoted.append("\\r");
                    break;
                case '\t':
                    quoted.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
            }
        }
        return quoted.append('"').toString();
    }

    private static void checkPath(String path) {
        if (path.isEmpty() || path.contains("\n") || path.contains("\r")) {
            throw new IllegalArgumentException("YODA path must be non-empty and on one line, found '"
                    + path.replace("\n", "\\n") + "'");
        }
    }
}
