package org.otusj.aida.xml;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.FixedAxis;
import org.otusj.aida.Histogram1D;

/**
 * Writes the text of an AIDA 3.3 XML document: for each histogram its annotation, axis, statistics and
 * bins, as the AIDA DTD defines them.
 *
 * <p>Numbers are written with {@link Double#toString}, which parses back to the same double. JAIDA 3.3
 * skips empty bins, but this encoder writes every bin (underflow, the in-range bins in order, overflow)
 * with its entries, height and error, so a reader needs no defaults. Bins of an {@link Histogram1D} also
 * get their weighted mean and RMS, written as NaN when the bin's weights sum to zero. JAIDA 3.3 reads
 * them into {@code Histogram1D.setContents}, which replaces a NaN bin mean by the bin centre and a NaN
 * bin RMS by the bin width over sqrt(12).
 */
final class AidaXmlEncoder {

    private final Writer out;

    private AidaXmlEncoder(Writer out) {
        this.out = out;
    }

    /**
     * Writes {@code tree} as one document.
     *
     * @throws IllegalArgumentException if a name, title or annotation contains a character that XML 1.0
     *     cannot represent, such as U+0000
     */
    static void encode(AidaTree tree, String implementationVersion, Writer out) throws IOException {
        AidaXmlEncoder encoder = new AidaXmlEncoder(out);
        encoder.writeHeader(implementationVersion);
        for (Map.Entry<AidaPath, IHistogram1D> entry : tree.objects().entrySet()) {
            encoder.writeHistogram(entry.getKey(), entry.getValue());
        }
        out.write("</aida>\n");
    }

    private void writeHeader(String implementationVersion) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!DOCTYPE aida SYSTEM \"" + AidaXmlWriter.DTD_SYSTEM_ID + "\">\n");
        out.write("<aida version=\"" + AidaXmlWriter.AIDA_VERSION + "\">\n");
        out.write("  <implementation package=\"" + AidaXmlWriter.IMPLEMENTATION_PACKAGE + "\" version=\""
                + XmlText.attribute(implementationVersion, "implementation version") + "\"/>\n");
    }

    private void writeHistogram(AidaPath path, IHistogram1D histogram) throws IOException {
        String where = path.toString();
        out.write("  <histogram1d name=\"" + XmlText.attribute(path.name(), "name of " + where) + "\"");
        String title = histogram.title();
        if (title != null && !title.isEmpty()) {
            out.write(" title=\"" + XmlText.attribute(title, "title of " + where) + "\"");
        }
        out.write(" path=\"" + XmlText.attribute(path.directory(), "path of " + where) + "\">\n");

        writeAnnotation(histogram, where);
        writeAxis(histogram.xAxis());
        writeStatistics(histogram);
        writeBins(histogram);
        out.write("  </histogram1d>\n");
    }

    private void writeAnnotation(IHistogram1D histogram, String where) throws IOException {
        Map<String, String> items = new LinkedHashMap<>();
        if (histogram instanceof Histogram1D) {
            items.putAll(((Histogram1D) histogram).annotations());
        } else if (histogram.title() != null) {
            items.put(Histogram1D.TITLE_KEY, histogram.title());
        }
        if (items.isEmpty()) {
            return;
        }

        out.write("    <annotation>\n");
        for (Map.Entry<String, String> item : items.entrySet()) {
            String context = "annotation '" + item.getKey() + "' of " + where;
            out.write("      <item key=\"" + XmlText.attribute(item.getKey(), context) + "\" value=\""
                    + XmlText.attribute(item.getValue(), context) + "\"/>\n");
        }
        out.write("    </annotation>\n");
    }

    private void writeAxis(IAxis axis) throws IOException {
        out.write("    <axis direction=\"x\" min=\"" + number(axis.lowerEdge()) + "\" max=\""
                + number(axis.upperEdge()) + "\" numberOfBins=\"" + axis.bins() + "\"");
        if (axis instanceof FixedAxis) {
            out.write("/>\n");
            return;
        }

        // Any other axis is written with its inner edges, which describes equal bins correctly too.
        out.write(">\n");
        for (int index = 0; index < axis.bins() - 1; index++) {
            out.write("      <binBorder value=\"" + number(axis.binUpperEdge(index)) + "\"/>\n");
        }
        out.write("    </axis>\n");
    }

    private void writeStatistics(IHistogram1D histogram) throws IOException {
        out.write("    <statistics entries=\"" + histogram.entries() + "\" equivalentBinEntries=\""
                + number(histogram.equivalentBinEntries()) + "\">\n");
        out.write("      <statistic direction=\"x\" mean=\"" + number(histogram.mean()) + "\" rms=\""
                + number(histogram.rms()) + "\"/>\n");
        out.write("    </statistics>\n");
    }

    private void writeBins(IHistogram1D histogram) throws IOException {
        out.write("    <data1d>\n");
        writeBin(histogram, IHistogram.UNDERFLOW, "UNDERFLOW");
        for (int index = 0; index < histogram.xAxis().bins(); index++) {
            writeBin(histogram, index, Integer.toString(index));
        }
        writeBin(histogram, IHistogram.OVERFLOW, "OVERFLOW");
        out.write("    </data1d>\n");
    }

    private void writeBin(IHistogram1D histogram, int index, String binNum) throws IOException {
        StringBuilder line = new StringBuilder(160);
        line.append("      <bin1d binNum=\"").append(binNum)
                .append("\" entries=\"").append(histogram.binEntries(index))
                .append("\" height=\"").append(number(histogram.binHeight(index)))
                .append("\" error=\"").append(number(histogram.binError(index))).append('"');
        if (histogram instanceof Histogram1D) {
            Histogram1D ours = (Histogram1D) histogram;
            line.append(" weightedMean=\"").append(number(ours.binMean(index)))
                    .append("\" weightedRms=\"").append(number(ours.binRms(index))).append('"');
        }
        line.append("/>\n");
        out.write(line.toString());
    }

    private static String number(double value) {
        return Double.toString(value);
    }
}
