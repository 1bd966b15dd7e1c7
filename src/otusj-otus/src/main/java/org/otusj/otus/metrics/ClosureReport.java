package org.otusj.otus.metrics;

import java.util.Locale;
import java.util.Map;

/** Formats {@link ClosureMetrics} as the plain-text tables the closure processor prints. */
public final class ClosureReport {

    private ClosureReport() {
    }

    /** Returns the report as text lines. */
    public static String format(ClosureMetrics metrics) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> events = metrics.events();
        out.append(String.format(Locale.ROOT, "OTUS closure on %d selected test events (fast sim %d, redrawn detector %d)%n",
                events.getOrDefault("detector", 0), events.getOrDefault("fastsim", 0), events.getOrDefault("replica", 0)));

        out.append(String.format(Locale.ROOT, "%nSliced-Wasserstein distance to the detector (L = %d, squared Euclidean "
                + "cost, GeV^2)%n", metrics.slices()));
        SlicedWassersteinComparison unpaired = metrics.unpaired();
        out.append(String.format(Locale.ROOT, "  unpaired, as in the OTUS paper: samples of %d even test events against "
                + "the detector on %d odd test events%n", unpaired.candidateEvents(), unpaired.referenceEvents()));
        appendDistances(out, unpaired, "detector, even events");
        SlicedWassersteinComparison sameZ = metrics.sameZ();
        out.append(String.format(Locale.ROOT, "  same events: samples of all %d test events against the detector on "
                + "them; the floor is a detector sample redrawn until accepted%n", sameZ.referenceEvents()));
        appendDistances(out, sameZ, "redrawn detector");

        out.append(String.format(Locale.ROOT, "%nKolmogorov-Smirnov distance to the detector (same events):%n"));
        out.append(String.format(Locale.ROOT, "  %-14s %10s %10s %10s%n", "quantity", "fast sim", "truth z", "redrawn"));
        for (String name : metrics.ksFastSim().keySet()) {
            out.append(String.format(Locale.ROOT, "  %-14s %10.4f %10.4f %10.4f%n", name, metrics.ksFastSim().get(name),
                    metrics.ksIdentity().getOrDefault(name, Double.NaN), metrics.ksFloor().getOrDefault(name, Double.NaN)));
        }

        out.append(String.format(Locale.ROOT, "%nInvariant mass M_ee in %.0f-%.0f GeV (same events):%n",
                metrics.windowLow(), metrics.windowHigh()));
        out.append(String.format(Locale.ROOT, "  %-10s %8s %10s %12s %12s%n", "sample", "events", "fraction", "mean [GeV]",
                "std [GeV]"));
        for (Map.Entry<String, WindowStatistics> entry : metrics.massWindow().entrySet()) {
            WindowStatistics w = entry.getValue();
            out.append(String.format(Locale.ROOT, "  %-10s %8d %10.4f %12.3f %12.3f%n", entry.getKey(), w.events(),
                    w.fraction(), w.mean(), w.std()));
        }
        return out.toString();
    }

    private static void appendDistances(StringBuilder out, SlicedWassersteinComparison comparison, String floorName) {
        out.append(String.format(Locale.ROOT, "    %-26s %10.3f  %6.3f x floor%n", "fast sim", comparison.fastSim(),
                comparison.fastSimOverFloor()));
        out.append(String.format(Locale.ROOT, "    %-26s %10.3f  (statistical floor)%n", floorName, comparison.floor()));
        out.append(String.format(Locale.ROOT, "    %-26s %10.3f  %6.3f x floor (identity baseline)%n", "truth z",
                comparison.identity(), comparison.identityOverFloor()));
    }
}
