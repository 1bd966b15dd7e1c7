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
        SameZComparison sameZ = metrics.sameZ();
        line(out, "OTUS closure on %d selected test events, %d draws per event%s", events.getOrDefault("events", 0),
                sameZ.draws(), sameZ.redraws().size() == 1 ? "" : " in each of " + sameZ.redraws().size() + " redraws");

        appendSameZ(out, metrics.sameZ(), metrics.slices());
        line(out, "  electron direction: mean 1 - cos(angle to the true electron) %.3g for D, %.3g for Det",
                metrics.electronCosineDistance().getOrDefault("fastsim", Double.NaN),
                metrics.electronCosineDistance().getOrDefault("detector", Double.NaN));
        appendPaper(out, metrics.paper(), events);
        appendProjections(out, metrics);
        for (ResolutionTable table : metrics.resolutions()) {
            appendResolution(out, table);
        }
        appendMass(out, metrics);
        appendGoals(out, metrics);
        return out.toString();
    }

    private static void appendSameZ(StringBuilder out, SameZComparison sameZ, int slices) {
        line(out, "");
        int redraws = sameZ.redraws().size();
        line(out, "Same z: %d samples each of D(z), Det(z) and Det'(z) (L = %d, GeV^2)%s", sameZ.samples(), slices,
                redraws == 1 ? "" : ", mean distances over " + redraws + " redraws");
        line(out, "  d_SW(D, Det)    %10.4f   R_same = %.3f%s", sameZ.fastSim(), sameZ.ratio(),
                interval(sameZ.ratioInterval()));
        line(out, "  d_SW(Det', Det) %10.4f   (floor)", sameZ.floor());
        line(out, "  d_SW(z, Det)    %10.4f   R_same of the identity map = %.3f%s", sameZ.identity(),
                sameZ.identityRatio(), interval(sameZ.identityInterval()));
        BootstrapInterval interval = sameZ.ratioInterval();
        if (interval != null) {
            line(out, "  [a, b]: 16th to 84th percentile over %d resamplings of the test events (L = %d %s)",
                    interval.replicas(), interval.slices(), redraws == 1 ? "each" : "in each redraw");
        }
        if (redraws > 1) {
            double[] ratios = sameZ.redraws().stream().mapToDouble(RedrawDistances::ratio).sorted().toArray();
            double[] identity = sameZ.redraws().stream().mapToDouble(RedrawDistances::identityRatio).sorted().toArray();
            line(out, "  single redraws: R_same %.2f to %.2f (median %.2f), the identity's %.2f to %.2f (median %.2f)",
                    ratios[0], ratios[ratios.length - 1], SameZBootstrap.percentile(ratios, 0.5), identity[0],
                    identity[identity.length - 1], SameZBootstrap.percentile(identity, 0.5));
        }
    }

    private static String interval(BootstrapInterval interval) {
        return interval == null ? "" : String.format(Locale.ROOT, "  [%.2f, %.2f]", interval.low(), interval.high());
    }

    private static void appendPaper(StringBuilder out, PaperMetrics paper, Map<String, Integer> events) {
        line(out, "");
        line(out, "Unpaired, as in the OTUS paper: even test events (%d) against odd ones (%d) (L = 1000, GeV^2)",
                events.getOrDefault("even", 0), events.getOrDefault("odd", 0));
        line(out, "  d_SW(p(x), z -> x~')        %10.4f   %.3f x floor", paper.decoder(), paper.decoder() / paper.floorX());
        line(out, "  d_SW(p(x), x -> z~ -> x~)   %10.4f   %.3f x floor", paper.chain(), paper.chain() / paper.floorX());
        line(out, "  d_SW(p(x), z) (identity)    %10.4f   %.3f x floor", paper.identity(), paper.identity() / paper.floorX());
        line(out, "  d_SW(p(x), p(x)) floor      %10.4f", paper.floorX());
        line(out, "  d_SW(p(z), x -> z~)         %10.4f   %.3f x floor", paper.encoder(), paper.encoder() / paper.floorZ());
        line(out, "  d_SW(p(z), p(z)) floor      %10.4f", paper.floorZ());
    }

    private static void appendProjections(StringBuilder out, ClosureMetrics metrics) {
        line(out, "");
        line(out, "Projections, against Det on the same z: fast sim D | second detector sample Det'");
        line(out, "  %-14s %18s %9s %12s   %18s %9s %12s", "projection", "chi2/ndf", "KS", "W2^2", "chi2/ndf", "KS", "W2^2");
        for (Map.Entry<String, ProjectionStatistics> entry : metrics.projections().entrySet()) {
            ProjectionStatistics d = entry.getValue();
            ProjectionStatistics f = metrics.projectionFloor().get(entry.getKey());
            line(out, "  %-14s %9.1f/%-3d=%5.2f %9.4f %12.4g   %9.1f/%-3d=%5.2f %9.4f %12.4g", entry.getKey(), d.chi2(),
                    d.ndf(), d.reducedChi2(), d.ks(), d.wasserstein2(), f.chi2(), f.ndf(), f.reducedChi2(), f.ks(),
                    f.wasserstein2());
        }
    }

    private static void appendResolution(StringBuilder out, ResolutionTable table) {
        line(out, "");
        String floor = table.floor() > 0 ? String.format(Locale.ROOT, ", at least %.0e", table.floor()) : "";
        line(out, "Resolution of %s in bins of true positron energy (judged with at least %d samples, tolerance %.0f %% "
                + "of the detector's std%s):", table.quantity(), table.minimumCount(), 100 * table.tolerance(), floor);
        line(out, "  %-12s %7s %7s %11s %11s %11s %11s  %s", "E_z [GeV]", "n(D)", "n(Det)", "mean D", "mean Det", "std D",
                "std Det", "verdict");
        for (ResolutionBin bin : table.bins()) {
            String range = Double.isInfinite(bin.high()) ? String.format(Locale.ROOT, ">= %.0f", bin.low())
                    : String.format(Locale.ROOT, "%.0f-%.0f", bin.low(), bin.high());
            String verdict = "too few";
            if (bin.checked()) {
                verdict = bin.agrees() ? "ok" : "DIFFERS";
            }
            line(out, "  %-12s %7d %7d %11.5f %11.5f %11.5f %11.5f  %s", range, bin.fastSimCount(), bin.detectorCount(),
                    bin.fastSimMean(), bin.detectorMean(), bin.fastSimStd(), bin.detectorStd(), verdict);
        }
    }

    private static void appendMass(StringBuilder out, ClosureMetrics metrics) {
        line(out, "");
        line(out, "Invariant mass of all objects in %.0f-%.0f GeV (same-z samples):", metrics.windowLow(),
                metrics.windowHigh());
        line(out, "  %-10s %8s %10s %12s %12s", "sample", "samples", "fraction", "mean [GeV]", "std [GeV]");
        for (Map.Entry<String, WindowStatistics> entry : metrics.massWindow().entrySet()) {
            WindowStatistics w = entry.getValue();
            line(out, "  %-10s %8d %10.4f %12.3f %12.3f", entry.getKey(), w.events(), w.fraction(), w.mean(), w.std());
        }
    }

    private static void appendGoals(StringBuilder out, ClosureMetrics metrics) {
        ClosureGoals goals = metrics.goals();
        line(out, "");
        line(out, "Closure criteria:");
        line(out, "  R_same <= %.1f, R_same - 1 <= half the identity's   %s", ClosureGoals.MAX_RATIO,
                verdict(goals.ratio()));
        if (!goals.judgedPhysics()) {
            line(out, "  resolution and mass criteria: defined for Z to ee only, not judged");
            return;
        }
        line(out, "  resolutions within %.0f %% in every bin        %s", 100 * ClosureGoals.RESOLUTION_TOLERANCE,
                verdict(goals.resolution()));
        line(out, "  mass-window fraction within %.2f             %s", ClosureGoals.MAX_FRACTION_DIFFERENCE,
                verdict(goals.massFraction()));
        line(out, "  mass-window mean within %.1f GeV              %s", ClosureGoals.MAX_MEAN_DIFFERENCE,
                verdict(goals.massMean()));
        line(out, "  mass-window std within %.0f %%                  %s", 100 * ClosureGoals.MAX_STD_RELATIVE_DIFFERENCE,
                verdict(goals.massStd()));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append(System.lineSeparator());
    }
}
