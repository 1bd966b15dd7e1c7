package org.otusj.aida.xml;

import hep.aida.IAxis;
import hep.aida.IHistogram;
import java.util.ArrayList;
import java.util.List;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.Bin1D;
import org.otusj.aida.Bin2D;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPoint;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.FixedAxis;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Measurement;
import org.otusj.aida.Profile1D;
import org.otusj.aida.ProfileBin;
import org.otusj.aida.Statistics1D;
import org.otusj.aida.Statistics2D;
import org.otusj.aida.VariableAxis;

/**
 * Turns the element of one object of an AIDA file into a histogram, profile, cloud or data point set.
 *
 * <p>Files written by JAIDA 3.3 leave out empty bins and may leave out attributes, so missing values get
 * defaults. A missing bin is empty. Missing height and error mean unit weights, so the height is the
 * entries and the error their square root. A missing weighted mean is the bin centre (the axis edge for the
 * under- and overflow bins), and a missing weighted RMS is the bin width over sqrt(12) (0 for under- and
 * overflow), as JAIDA assumes. A missing {@code equivalentBinEntries} is computed from the bins.
 */
final class AidaXmlDecoder {

    /** The elements this decoder reads; others make the reader fail. */
    static final List<String> SUPPORTED = List.of("histogram1d", "histogram2d", "profile1d", "cloud1d", "dataPointSet");

    private AidaXmlDecoder() {
    }

    /** Returns the path of the object that {@code element} describes, from its path and name attributes. */
    static AidaPath path(XmlElement element) {
        String directory = element.attribute("path");
        if (directory == null || directory.isEmpty()) {
            directory = AidaPath.ROOT;
        } else if (!directory.startsWith("/")) {
            directory = "/" + directory;
        }
        try {
            return new AidaPath(directory, element.requireAttribute("name"));
        } catch (IllegalArgumentException invalid) {
            throw new XmlContentException(element.line(), "invalid object path: " + invalid.getMessage(), invalid);
        }
    }

    /**
     * Returns the object of {@code element}.
     *
     * @throws XmlContentException if a value is missing or invalid
     * @throws IllegalArgumentException if the contents are inconsistent, from the restore methods
     */
    static AidaObject decode(XmlElement element) {
        switch (element.name()) {
            case "histogram1d":
                return histogram1D(element);
            case "histogram2d":
                return histogram2D(element);
            case "profile1d":
                return profile1D(element);
            case "cloud1d":
                return cloud1D(element);
            case "dataPointSet":
                return dataPointSet(element);
            default:
                throw new XmlContentException(element.line(), "unsupported AIDA element <" + element.name()
                        + ">; otusj reads " + String.join(", ", SUPPORTED));
        }
    }

    private static Histogram1D histogram1D(XmlElement element) {
        IAxis axis = axis(element, "x");
        XmlElement statistics = element.child("statistics");
        XmlElement x = statistic(statistics, "x");

        Bin1D[] bins = new Bin1D[axis.bins() + 2];
        for (XmlElement bin : element.child("data1d").children("bin1d")) {
            int slot = slot(axis, bin, "binNum");
            if (bins[slot] != null) {
                throw new XmlContentException(bin.line(), "duplicate bin1d binNum=\"" + bin.attribute("binNum") + "\"");
            }
            bins[slot] = bin1D(axis, slot, bin);
        }

        double sumW = 0;
        double sumW2 = 0;
        for (int slot = 0; slot < bins.length; slot++) {
            if (bins[slot] == null) {
                bins[slot] = Bin1D.EMPTY;
            }
            if (slot > 0 && slot <= axis.bins()) {
                sumW += bins[slot].height();
                sumW2 += bins[slot].error() * bins[slot].error();
            }
        }
        Statistics1D stats = new Statistics1D(statistics.requireInt("entries"), x.requireDouble("mean"),
                x.requireDouble("rms"), statistics.doubleAttribute("equivalentBinEntries",
                        equivalentEntries(sumW, sumW2)));

        Histogram1D histogram = Histogram1D.restore(title(element), axis, List.of(bins), stats);
        setAnnotations(histogram, element);
        return histogram;
    }

    private static Bin1D bin1D(IAxis axis, int slot, XmlElement bin) {
        int entries = bin.requireInt("entries");
        double height = bin.doubleAttribute("height", entries);
        double error = bin.doubleAttribute("error", Math.sqrt(entries));
        boolean noWeight = height == 0;
        double mean = bin.doubleAttribute("weightedMean", noWeight ? Double.NaN : defaultMean(axis, slot));
        double rms = bin.doubleAttribute("weightedRms", noWeight ? Double.NaN : defaultRms(axis, slot));
        return new Bin1D(entries, height, error, mean, rms);
    }

    private static Histogram2D histogram2D(XmlElement element) {
        IAxis xAxis = axis(element, "x");
        IAxis yAxis = axis(element, "y");
        XmlElement statistics = element.child("statistics");
        XmlElement x = statistic(statistics, "x");
        XmlElement y = statistic(statistics, "y");

        Bin2D[][] bins = new Bin2D[xAxis.bins() + 2][yAxis.bins() + 2];
        for (XmlElement bin : element.child("data2d").children("bin2d")) {
            int xSlot = slot(xAxis, bin, "binNumX");
            int ySlot = slot(yAxis, bin, "binNumY");
            if (bins[xSlot][ySlot] != null) {
                throw new XmlContentException(bin.line(), "duplicate bin2d binNumX=\"" + bin.attribute("binNumX")
                        + "\" binNumY=\"" + bin.attribute("binNumY") + "\"");
            }
            bins[xSlot][ySlot] = bin2D(xAxis, xSlot, yAxis, ySlot, bin);
        }

        double sumW = 0;
        double sumW2 = 0;
        for (int xSlot = 0; xSlot < bins.length; xSlot++) {
            for (int ySlot = 0; ySlot < bins[xSlot].length; ySlot++) {
                if (bins[xSlot][ySlot] == null) {
                    bins[xSlot][ySlot] = Bin2D.EMPTY;
                }
                boolean inRange = xSlot > 0 && xSlot <= xAxis.bins() && ySlot > 0 && ySlot <= yAxis.bins();
                if (inRange) {
                    sumW += bins[xSlot][ySlot].height();
                    sumW2 += bins[xSlot][ySlot].error() * bins[xSlot][ySlot].error();
                }
            }
        }
        Statistics2D stats = new Statistics2D(statistics.requireInt("entries"), x.requireDouble("mean"),
                x.requireDouble("rms"), y.requireDouble("mean"), y.requireDouble("rms"),
                statistics.doubleAttribute("equivalentBinEntries", equivalentEntries(sumW, sumW2)));

        Histogram2D histogram = Histogram2D.restore(title(element), xAxis, yAxis, bins, stats);
        setAnnotations(histogram, element);
        return histogram;
    }

    private static Bin2D bin2D(IAxis xAxis, int xSlot, IAxis yAxis, int ySlot, XmlElement bin) {
        int entries = bin.requireInt("entries");
        double height = bin.doubleAttribute("height", entries);
        double error = bin.doubleAttribute("error", Math.sqrt(entries));
        boolean noWeight = height == 0;
        double meanX = bin.doubleAttribute("weightedMeanX", noWeight ? Double.NaN : defaultMean(xAxis, xSlot));
        double rmsX = bin.doubleAttribute("weightedRmsX", noWeight ? Double.NaN : defaultRms(xAxis, xSlot));
        double meanY = bin.doubleAttribute("weightedMeanY", noWeight ? Double.NaN : defaultMean(yAxis, ySlot));
        double rmsY = bin.doubleAttribute("weightedRmsY", noWeight ? Double.NaN : defaultRms(yAxis, ySlot));
        return new Bin2D(entries, height, error, meanX, rmsX, meanY, rmsY);
    }

    private static Profile1D profile1D(XmlElement element) {
        IAxis axis = axis(element, "x");
        XmlElement statistics = element.child("statistics");
        XmlElement x = statistic(statistics, "x");

        ProfileBin[] bins = new ProfileBin[axis.bins() + 2];
        for (XmlElement bin : element.child("data1d").children("bin1d")) {
            int slot = slot(axis, bin, "binNum");
            if (bins[slot] != null) {
                throw new XmlContentException(bin.line(), "duplicate bin1d binNum=\"" + bin.attribute("binNum") + "\"");
            }
            bins[slot] = profileBin(axis, slot, bin);
        }
        for (int slot = 0; slot < bins.length; slot++) {
            if (bins[slot] == null) {
                bins[slot] = ProfileBin.EMPTY;
            }
        }

        // The file keeps no sum of weights for profile bins, so the equivalent entries default to 0.
        Statistics1D stats = new Statistics1D(statistics.requireInt("entries"), x.requireDouble("mean"),
                x.requireDouble("rms"), statistics.doubleAttribute("equivalentBinEntries", 0.0));
        Profile1D profile = Profile1D.restore(title(element), axis, List.of(bins), stats);
        setAnnotations(profile, element);
        return profile;
    }

    private static ProfileBin profileBin(IAxis axis, int slot, XmlElement bin) {
        int entries = bin.requireInt("entries");
        boolean empty = entries == 0;
        double height = empty ? bin.doubleAttribute("height", Double.NaN) : bin.requireDouble("height");
        double error = bin.doubleAttribute("error", Double.NaN);
        double rms = bin.doubleAttribute("rms", Double.NaN);
        double meanX = bin.doubleAttribute("weightedMean", empty ? Double.NaN : defaultMean(axis, slot));
        double rmsX = bin.doubleAttribute("weightedRms", empty ? Double.NaN : defaultRms(axis, slot));
        return new ProfileBin(entries, height, error, rms, meanX, rmsX);
    }

    private static Cloud1D cloud1D(XmlElement element) {
        Cloud1D cloud = new Cloud1D(title(element), element.requireInt("maxEntries"));
        int bins = element.intAttribute("conversionBins", Cloud1D.DEFAULT_CONVERSION_BINS);
        double lower = element.doubleAttribute("conversionLowerEdge", Double.NaN);
        double upper = element.doubleAttribute("conversionUpperEdge", Double.NaN);
        try {
            cloud.setConversionParameters(bins, lower, upper);
        } catch (IllegalArgumentException invalid) {
            throw new XmlContentException(element.line(), "invalid conversion parameters: " + invalid.getMessage(),
                    invalid);
        }

        XmlElement entries = element.optionalChild("entries1d");
        XmlElement histogram = element.optionalChild("histogram1d");
        if ((entries == null) == (histogram == null)) {
            throw new XmlContentException(element.line(), "<cloud1d> needs exactly one of <entries1d> and <histogram1d>");
        }
        if (histogram != null) {
            cloud.setHistogram(histogram1D(histogram));
        } else {
            List<XmlElement> values = entries.children("entry1d");
            if (cloud.maxEntries() != Cloud1D.UNLIMITED && values.size() > cloud.maxEntries()) {
                throw new XmlContentException(entries.line(), "<cloud1d> has " + values.size()
                        + " entries, more than its maxEntries " + cloud.maxEntries());
            }
            for (XmlElement value : values) {
                cloud.fill(value.requireDouble("valueX"), value.doubleAttribute("weight", 1.0));
            }
        }
        setAnnotations(cloud, element);
        return cloud;
    }

    private static DataPointSet dataPointSet(XmlElement element) {
        int dimension = element.requireInt("dimension");
        if (dimension < 1) {
            throw new XmlContentException(element.line(), "<dataPointSet> dimension must be at least 1, found "
                    + dimension);
        }
        DataPointSet set = new DataPointSet(title(element), dimension);
        for (XmlElement point : element.children("dataPoint")) {
            List<XmlElement> measurements = point.children("measurement");
            if (measurements.size() != dimension) {
                throw new XmlContentException(point.line(), "<dataPoint> has " + measurements.size()
                        + " measurements; the set has dimension " + dimension);
            }
            List<Measurement> coordinates = new ArrayList<>();
            for (XmlElement m : measurements) {
                double errorPlus = m.doubleAttribute("errorPlus", 0.0);
                double errorMinus = m.doubleAttribute("errorMinus", errorPlus);
                try {
                    coordinates.add(new Measurement(m.requireDouble("value"), errorPlus, errorMinus));
                } catch (IllegalArgumentException invalid) {
                    throw new XmlContentException(m.line(), invalid.getMessage(), invalid);
                }
            }
            set.addPoint(new DataPoint(coordinates));
        }
        setAnnotations(set, element);
        return set;
    }

    /** Returns the axis of {@code direction} ("x" when the attribute is missing) with its bin borders. */
    private static IAxis axis(XmlElement parent, String direction) {
        XmlElement found = null;
        for (XmlElement axis : parent.children("axis")) {
            String axisDirection = axis.attribute("direction") == null ? "x" : axis.attribute("direction");
            if (axisDirection.equals(direction)) {
                if (found != null) {
                    throw new XmlContentException(axis.line(), "two <axis> elements with direction " + direction);
                }
                found = axis;
            }
        }
        if (found == null) {
            throw new XmlContentException(parent.line(), "<" + parent.name() + "> has no <axis> with direction "
                    + direction);
        }

        int bins = found.requireInt("numberOfBins");
        double min = found.requireDouble("min");
        double max = found.requireDouble("max");
        List<XmlElement> borders = found.children("binBorder");
        try {
            if (borders.isEmpty()) {
                return new FixedAxis(bins, min, max);
            }
            if (borders.size() != bins - 1) {
                throw new IllegalArgumentException(bins + " bins need " + (bins - 1) + " binBorder elements, found "
                        + borders.size());
            }
            double[] edges = new double[bins + 1];
            edges[0] = min;
            for (int i = 0; i < borders.size(); i++) {
                edges[i + 1] = borders.get(i).requireDouble("value");
            }
            edges[bins] = max;
            return new VariableAxis(edges);
        } catch (IllegalArgumentException invalid) {
            throw new XmlContentException(found.line(), "invalid " + direction + " axis: " + invalid.getMessage(),
                    invalid);
        }
    }

    private static XmlElement statistic(XmlElement statistics, String direction) {
        for (XmlElement statistic : statistics.children("statistic")) {
            String statisticDirection = statistic.attribute("direction") == null ? "x" : statistic.attribute("direction");
            if (statisticDirection.equals(direction)) {
                return statistic;
            }
        }
        throw new XmlContentException(statistics.line(), "<statistics> has no <statistic> with direction " + direction);
    }

    /** Returns the slot of the bin named by attribute {@code key}: UNDERFLOW, OVERFLOW, -2, -1 or an index. */
    private static int slot(IAxis axis, XmlElement bin, String key) {
        String name = bin.requireAttribute(key).trim();
        int index;
        if (name.equals("UNDERFLOW")) {
            index = IHistogram.UNDERFLOW;
        } else if (name.equals("OVERFLOW")) {
            index = IHistogram.OVERFLOW;
        } else {
            index = bin.requireInt(key);
        }
        if (index == IHistogram.UNDERFLOW) {
            return 0;
        }
        if (index == IHistogram.OVERFLOW) {
            return axis.bins() + 1;
        }
        if (index < 0 || index >= axis.bins()) {
            throw new XmlContentException(bin.line(), "<" + bin.name() + "> " + key + "=\"" + name
                    + "\" is outside the axis of " + axis.bins() + " bins");
        }
        return index + 1;
    }

    private static double defaultMean(IAxis axis, int slot) {
        if (slot == 0) {
            return axis.lowerEdge();
        }
        if (slot == axis.bins() + 1) {
            return axis.upperEdge();
        }
        return axis.binCentre(slot - 1);
    }

    private static double defaultRms(IAxis axis, int slot) {
        if (slot == 0 || slot == axis.bins() + 1) {
            return 0.0;
        }
        return axis.binWidth(slot - 1) / Math.sqrt(12.0);
    }

    private static double equivalentEntries(double sumW, double sumW2) {
        return sumW2 == 0 ? 0.0 : sumW * sumW / sumW2;
    }

    private static String title(XmlElement element) {
        String title = element.attribute("title");
        return title == null ? "" : title;
    }

    /** Sets the annotation items of {@code element} on {@code object}; an item "Title" sets the title. */
    private static void setAnnotations(AidaObject object, XmlElement element) {
        XmlElement annotation = element.optionalChild("annotation");
        if (annotation == null) {
            return;
        }
        for (XmlElement item : annotation.children("item")) {
            try {
                object.setAnnotation(item.requireAttribute("key"), item.requireAttribute("value"));
            } catch (IllegalArgumentException invalid) {
                throw new XmlContentException(item.line(), "invalid annotation item: " + invalid.getMessage(), invalid);
            }
        }
    }
}
