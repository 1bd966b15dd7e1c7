package org.otusj.io.root.hist;

import java.io.IOException;
import org.otusj.io.root.UnsupportedRootFeatureException;
import org.otusj.io.root.bytes.CoreStreamers;
import org.otusj.io.root.bytes.Named;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.bytes.VersionHeader;

/** Decodes {@code TH1F} and {@code TH1D} records (TH1 class versions 5 to 8, ROOT 5 and 6). */
public final class HistogramReader {

    private HistogramReader() {
    }

    /** Returns true for the histogram classes this reader decodes. */
    public static boolean isSupported(String className) {
        return "TH1F".equals(className) || "TH1D".equals(className);
    }

    /** Reads a histogram of class {@code className} at the buffer's position. */
    public static Histogram1D read(RootBuffer buffer, String className) throws IOException {
        if (!isSupported(className)) {
            throw new UnsupportedRootFeatureException(buffer.context().file(), buffer.context().object(),
                    buffer.context().recordOffset(), "histogram class " + className
                    + " is not supported; TH1F and TH1D are");
        }
        VersionHeader outer = buffer.version();
        VersionHeader th1 = buffer.version();
        if (th1.version() < 5 || !th1.hasByteCount()) {
            throw new UnsupportedRootFeatureException(buffer.context().file(), buffer.context().object(),
                    buffer.context().recordOffset(), "TH1 class version " + th1.version()
                    + " is not supported; versions 5 and later are");
        }
        Named named = CoreStreamers.readNamed(buffer);
        skipBase(buffer, "TAttLine");
        skipBase(buffer, "TAttFill");
        skipBase(buffer, "TAttMarker");
        buffer.i32();
        Histogram1D.Axis xAxis = readAxis(buffer);
        readAxis(buffer);
        readAxis(buffer);
        buffer.i16();
        buffer.i16();
        double entries = buffer.f64();
        double sumWeights = buffer.f64();
        double sumWeights2 = buffer.f64();
        double sumWeightsX = buffer.f64();
        double sumWeightsX2 = buffer.f64();
        double maximum = buffer.f64();
        double minimum = buffer.f64();
        buffer.f64();
        readDoubles(buffer, "fContour");
        double[] sumw2 = readDoubles(buffer, "fSumw2");
        buffer.skipToEnd(th1, "TH1");

        double[] contents = "TH1F".equals(className) ? readFloats(buffer, "fArray") : readDoubles(buffer, "fArray");
        buffer.skipToEnd(outer, className);
        if (contents.length != xAxis.bins() + 2) {
            throw buffer.error(className + " '" + named.name() + "' has " + contents.length + " bin contents, expected "
                    + (xAxis.bins() + 2) + " for " + xAxis.bins() + " bins plus underflow and overflow");
        }
        return new Histogram1D(className, named.name(), named.title(), xAxis, contents, sumw2, entries, sumWeights,
                sumWeights2, sumWeightsX, sumWeightsX2, maximum, minimum);
    }

    private static Histogram1D.Axis readAxis(RootBuffer buffer) throws IOException {
        VersionHeader header = buffer.version();
        Named named = CoreStreamers.readNamed(buffer);
        skipBase(buffer, "TAttAxis");
        int bins = buffer.i32();
        double min = buffer.f64();
        double max = buffer.f64();
        double[] edges = readDoubles(buffer, "fXbins");
        buffer.skipToEnd(header, "TAxis");
        return new Histogram1D.Axis(named.name(), named.title(), bins, min, max, edges);
    }

    private static void skipBase(RootBuffer buffer, String className) throws IOException {
        VersionHeader header = buffer.version();
        if (!header.hasByteCount()) {
            throw buffer.errorAt(header.start(), className + " base class has no byte count; cannot skip it");
        }
        buffer.skipToEnd(header, className);
    }

    /** Reads a {@code TArrayD} member: a 4-byte length, then the values. */
    private static double[] readDoubles(RootBuffer buffer, String member) throws IOException {
        int count = buffer.i32();
        if (count < 0 || (long) count * 8 > buffer.remaining()) {
            throw buffer.error(member + " declares " + count + " doubles but " + buffer.remaining() + " bytes remain");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = buffer.f64();
        }
        return values;
    }

    /** Reads a {@code TArrayF} member and widens its values exactly to doubles. */
    private static double[] readFloats(RootBuffer buffer, String member) throws IOException {
        int count = buffer.i32();
        if (count < 0 || (long) count * 4 > buffer.remaining()) {
            throw buffer.error(member + " declares " + count + " floats but " + buffer.remaining() + " bytes remain");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = buffer.f32();
        }
        return values;
    }
}
