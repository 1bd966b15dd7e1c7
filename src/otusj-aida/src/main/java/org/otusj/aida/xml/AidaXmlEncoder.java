package org.otusj.aida.xml;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPoint;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.FixedAxis;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Measurement;
import org.otusj.aida.Profile1D;

/**
 * Writes the text of an AIDA 3.3 XML document: for each object its annotation, axes, statistics and bins,
 * or its values or points, as the AIDA DTD defines them.
 *
 * <p>Numbers are written with {@link Double#toString}, which parses back to the same double. JAIDA 3.3
 * skips empty bins, but this encoder writes every bin (underflow, the in-range bins in order, overflow)
 * with its entries, height and error, so a reader needs no defaults. Bins also get their weighted mean
 * and RMS, written as NaN when the bin's weights sum to zero. JAIDA 3.3 reads them into {@code
 * Histogram1D.setContents}, which replaces a NaN bin mean by the bin centre and a NaN bin RMS by the bin
 * width over sqrt(12).
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
     *     cannot represent, such as U+0000, or an object is of a class this encoder does not know
     */
    static void encode(AidaTree tree, String implementationVersion, Writer out) throws IOException {
        AidaXmlEncoder encoder = new AidaXmlEncoder(out);
        encoder.writeHeader(implementationVersion);
        for (Map.Entry<AidaPath, AidaObject> entry : tree.objects().entrySet()) {
            encoder.writeObject(entry.getKey(), entry.getValue());
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

    private void writeObject(AidaPath path, AidaObject object) throws IOException {
        if (object instanceof Histogram1D) {
            writeHistogram1D(path, (Histogram1D) object, "  ");
        } else if (object instanceof Histogram2D) {
            writeHistogram2D(path, (Histogram2D) object);
        } else if (object instanceof Profile1D) {
            writeProfile1D(path, (Profile1D) object);
        } else if (object instanceof Cloud1D) {
            writeCloud1D(path, (Cloud1D) object);
        } else if (object instanceof DataPointSet) {
            writeDataPointSet(path, (DataPointSet) object);
        } else {
            throw new IllegalArgumentException("cannot write " + object.getClass().getName() + " at AIDA path '" + path
                    + "': AIDA XML output supports Histogram1D, Histogram2D, Profile1D, Cloud1D and DataPointSet");
        }
    }

    /** Writes the start tag with name, title and path, without the closing bracket. */
    private void writeStartTag(String indent, String element, AidaPath path, AidaObject object) throws IOException {
        String where = path.toString();
        out.write(indent + "<" + element + " name=\"" + XmlText.attribute(path.name(), "name of " + where) + "\"");
        String title = object.title();
        if (title != null && !title.isEmpty()) {
            out.write(" title=\"" + XmlText.attribute(title, "title of " + where) + "\"");
        }
        out.write(" path=\"" + XmlText.attribute(path.directory(), "path of " + where) + "\"");
    }

    private void writeHistogram1D(AidaPath path, Histogram1D histogram, String indent) throws IOException {
        writeStartTag(indent, "histogram1d", path, histogram);
        out.write(">\n");
        writeAnnotation(histogram, path, indent + "  ");
        writeAxis(histogram.xAxis(), "x", indent + "  ");
        writeStatistics(indent + "  ", histogram.entries(), histogram.equivalentBinEntries());
        writeStatistic(indent + "    ", "x", histogram.mean(), histogram.rms());
        out.write(indent + "  </statistics>\n");

        out.write(indent + "  <data1d>\n");
        for (int index : binIndices(histogram.xAxis())) {
            StringBuilder line = new StringBuilder(200);
            line.append(indent).append("    <bin1d binNum=\"").append(binName(index))
                    .append("\" entries=\"").append(histogram.binEntries(index))
                    .append("\" height=\"").append(number(histogram.binHeight(index)))
                    .append("\" error=\"").append(number(histogram.binError(index)))
                    .append("\" weightedMean=\"").append(number(histogram.binMean(index)))
                    .append("\" weightedRms=\"").append(number(histogram.binRms(index)))
                    .append("\"/>\n");
            out.write(line.toString());
        }
        out.write(indent + "  </data1d>\n");
        out.write(indent + "</histogram1d>\n");
    }

    private void writeHistogram2D(AidaPath path, Histogram2D histogram) throws IOException {
        writeStartTag("  ", "histogram2d", path, histogram);
        out.write(">\n");
        writeAnnotation(histogram, path, "    ");
        writeAxis(histogram.xAxis(), "x", "    ");
        writeAxis(histogram.yAxis(), "y", "    ");
        writeStatistics("    ", histogram.entries(), histogram.equivalentBinEntries());
        writeStatistic("      ", "x", histogram.meanX(), histogram.rmsX());
        writeStatistic("      ", "y", histogram.meanY(), histogram.rmsY());
        out.write("    </statistics>\n");

        out.write("    <data2d>\n");
        for (int indexX : binIndices(histogram.xAxis())) {
            for (int indexY : binIndices(histogram.yAxis())) {
                StringBuilder line = new StringBuilder(260);
                line.append("      <bin2d binNumX=\"").append(binName(indexX))
                        .append("\" binNumY=\"").append(binName(indexY))
                        .append("\" entries=\"").append(histogram.binEntries(indexX, indexY))
                        .append("\" height=\"").append(number(histogram.binHeight(indexX, indexY)))
                        .append("\" error=\"").append(number(histogram.binError(indexX, indexY)))
                        .append("\" weightedMeanX=\"").append(number(histogram.binMeanX(indexX, indexY)))
                        .append("\" weightedMeanY=\"").append(number(histogram.binMeanY(indexX, indexY)))
                        .append("\" weightedRmsX=\"").append(number(histogram.binRmsX(indexX, indexY)))
                        .append("\" weightedRmsY=\"").append(number(histogram.binRmsY(indexX, indexY)))
                        .append("\"/>\n");
                out.write(line.toString());
            }
        }
        out.write("    </data2d>\n");
        out.write("  </histogram2d>\n");
    }

    private void writeProfile1D(AidaPath path, Profile1D profile) throws IOException {
        writeStartTag("  ", "profile1d", path, profile);
        out.write(">\n");
        writeAnnotation(profile, path, "    ");
        writeAxis(profile.axis(), "x", "    ");
        writeStatistics("    ", profile.entries(), profile.equivalentBinEntries());
        writeStatistic("      ", "x", profile.mean(), profile.rms());
        out.write("    </statistics>\n");

        out.write("    <data1d>\n");
        for (int index : binIndices(profile.axis())) {
            StringBuilder line = new StringBuilder(220);
            line.append("      <bin1d binNum=\"").append(binName(index))
                    .append("\" entries=\"").append(profile.binEntries(index))
                    .append("\" height=\"").append(number(profile.binHeight(index)))
                    .append("\" error=\"").append(number(profile.binError(index)))
                    .append("\" rms=\"").append(number(profile.binRms(index)))
                    .append("\" weightedMean=\"").append(number(profile.binMean(index)))
                    .append("\" weightedRms=\"").append(number(profile.binRmsX(index)))
                    .append("\"/>\n");
            out.write(line.toString());
        }
        out.write("    </data1d>\n");
        out.write("  </profile1d>\n");
    }

    private void writeCloud1D(AidaPath path, Cloud1D cloud) throws IOException {
        writeStartTag("  ", "cloud1d", path, cloud);
        out.write(" maxEntries=\"" + cloud.maxEntries() + "\"");
        if (!cloud.isConverted() && cloud.entries() > 0) {
            out.write(" lowerEdgeX=\"" + number(cloud.lowerEdge()) + "\" upperEdgeX=\"" + number(cloud.upperEdge())
                    + "\"");
        }
        out.write(" conversionBins=\"" + cloud.conversionBins() + "\"");
        if (!Double.isNaN(cloud.conversionLowerEdge())) {
            out.write(" conversionLowerEdge=\"" + number(cloud.conversionLowerEdge()) + "\"");
        }
        if (!Double.isNaN(cloud.conversionUpperEdge())) {
            out.write(" conversionUpperEdge=\"" + number(cloud.conversionUpperEdge()) + "\"");
        }
        out.write(">\n");
        writeAnnotation(cloud, path, "    ");

        if (cloud.isConverted()) {
            writeHistogram1D(path, cloud.histogram(), "    ");
        } else {
            out.write("    <entries1d>\n");
            for (int i = 0; i < cloud.entries(); i++) {
                out.write("      <entry1d valueX=\"" + number(cloud.value(i)) + "\" weight=\"" + number(cloud.weight(i))
                        + "\"/>\n");
            }
            out.write("    </entries1d>\n");
        }
        out.write("  </cloud1d>\n");
    }

    private void writeDataPointSet(AidaPath path, DataPointSet set) throws IOException {
        writeStartTag("  ", "dataPointSet", path, set);
        out.write(" dimension=\"" + set.dimension() + "\">\n");
        writeAnnotation(set, path, "    ");
        for (DataPoint point : set.points()) {
            out.write("    <dataPoint>\n");
            for (Measurement m : point.coordinates()) {
                out.write("      <measurement value=\"" + number(m.value()) + "\" errorPlus=\"" + number(m.errorPlus())
                        + "\" errorMinus=\"" + number(m.errorMinus()) + "\"/>\n");
            }
            out.write("    </dataPoint>\n");
        }
        out.write("  </dataPointSet>\n");
    }

    private void writeAnnotation(AidaObject object, AidaPath path, String indent) throws IOException {
        Map<String, String> items = object.annotations();
        if (items.isEmpty()) {
            return;
        }

        out.write(indent + "<annotation>\n");
        for (Map.Entry<String, String> item : items.entrySet()) {
            String context = "annotation '" + item.getKey() + "' of " + path;
            out.write(indent + "  <item key=\"" + XmlText.attribute(item.getKey(), context) + "\" value=\""
                    + XmlText.attribute(item.getValue(), context) + "\"/>\n");
        }
        out.write(indent + "</annotation>\n");
    }

    private void writeAxis(IAxis axis, String direction, String indent) throws IOException {
        out.write(indent + "<axis direction=\"" + direction + "\" min=\"" + number(axis.lowerEdge()) + "\" max=\""
                + number(axis.upperEdge()) + "\" numberOfBins=\"" + axis.bins() + "\"");
        if (axis instanceof FixedAxis) {
            out.write("/>\n");
            return;
        }

        // Any other axis is written with its inner edges, which describes equal bins correctly too.
        out.write(">\n");
        for (int index = 0; index < axis.bins() - 1; index++) {
            out.write(indent + "  <binBorder value=\"" + number(axis.binUpperEdge(index)) + "\"/>\n");
        }
        out.write(indent + "</axis>\n");
    }

    /** Writes the start tag of the statistics block; the caller writes its statistic lines and end tag. */
    private void writeStatistics(String indent, int entries, double equivalentBinEntries) throws IOException {
        out.write(indent + "<statistics entries=\"" + entries + "\" equivalentBinEntries=\""
                + number(equivalentBinEntries) + "\">\n");
    }

    private void writeStatistic(String indent, String direction, double mean, double rms) throws IOException {
        out.write(indent + "<statistic direction=\"" + direction + "\" mean=\"" + number(mean) + "\" rms=\""
                + number(rms) + "\"/>\n");
    }

    /** Returns the bin indices in file order: underflow, the in-range bins, overflow. */
    private static int[] binIndices(IAxis axis) {
        int[] indices = new int[axis.bins() + 2];
        indices[0] = IHistogram.UNDERFLOW;
        for (int index = 0; index < axis.bins(); index++) {
            indices[index + 1] = index;
        }
        indices[indices.length - 1] = IHistogram.OVERFLOW;
        return indices;
    }

    private static String binName(int index) {
        if (index == IHistogram.UNDERFLOW) {
            return "UNDERFLOW";
        }
        if (index == IHistogram.OVERFLOW) {
            return "OVERFLOW";
        }
        return Integer.toString(index);
    }

    private static String number(double value) {
        return Double.toString(value);
    }
}
