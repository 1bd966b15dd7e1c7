package org.otusj.otus.metrics;

import java.util.Locale;
import java.util.Map;

/** Formats {@link ClosureMetrics} as the plain-text table the closure processor prints. */
public final class ClosureReport {

    private ClosureReport() {
    }

    /** Returns the report as text lines. */
    public static String format(ClosureMetrics metrics) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> events = metrics.events();
        out.append(String.format(Locale.ROOT, "OTUS closure on test events: %d detector, %d fast-sim, %d replica, %d truth%n",
                events.getOrDefault("detector", 0), events.getOrDefault("fastsim", 0),
                events.getOrDefault("replica", 0), events.getOrDefault("truth", 0)));

        out.append(String.format(Locale.ROOT, "%nSliced-Wasserstein distance to the detector sample "
                + "(L = %d, squared Euclidean cost, GeV^2):%n", metrics.slices()));
        appendDistance(out, "fast sim", metrics.swFastSim(), metrics.swFloor(), "");
        appendDistance(out, "replica", metrics.swFloor(), metrics.swFloor(), "statistical floor");
        appendDistance(out, "truth z", metrics.swIdentity(), metrics.swFloor(), "identity baseline");

        out.append(String.format(Locale.ROOT, "%nKolmogorov-Smirnov distance to the detector sample:%n"));
        out.append(String.format(Locale.ROOT, "  %-14s %10s %10s %10s%n", "quantity", "fast sim", "truth z", "replica"));
        for (String name : metrics.ksFastSim().keySet()) {
            out.append(String.format(Locale.ROOT, "  %-14s %10.4f %10.4f %10.4f%n", name, metrics.ksFastSim().get(name),
                    metrics.ksIdentity().getOrDefault(name, Double.NaN), metrics.ksFloor().getOrDefault(name, Double.NaN)));
        }

        out.append(String.format(Locale.ROOT, "%nInvariant mass M_ee in %.0f-%.0f GeV:%n", metrics.windowLow(),
                metrics.windowHigh()));
        out.append(String.format(Locale.ROOT, "  %-10s %8s %10s %12s %12s%n", "sample", "events", "fraction", "mean [GeV]",
                "std [GeV]"));
        for (Map.Entry<String, WindowStatistics> entry : metrics.massWindow().entrySet()) {
            WindowStatistics w = entry.getValue();
            out.append(String.format(Locale.ROOT, "  %-10s %8d %10.4f %12.3f %12.3f%n", entry.getKey(), w.events(),
                    w.fraction(), w.mean(), w.std()));
        }
        return out.toString();
    }

    private static void appendDistance(StringBuilder out, String label, double value, double floor, String note) {
        String ratio = (Double.isFinite(floor) && floor > 0)
                ? String.format(Locale.ROOT, "%.3f x floor", value / floor) : "";
        out.append(String.format(Locale.ROOT, "  %-10s %12.4f  %-16s %s%n", label, value, ratio, note));
    }
}
