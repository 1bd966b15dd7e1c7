package org.otusj.otus.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Transfer-function resolutions in bins of true positron energy E_z, from samples of the same z drawn
 * through the fast simulation and through the detector: the relative energy response (E - E_z)/E_z, the
 * relative transverse-momentum response (pT - pT_z)/pT_z, and the angle in radians between the
 * reconstructed and the true electron directions.
 *
 * @param quantity which response: "energy", "pt" or "electron_angle"
 * @param tolerance relative tolerance of the verdicts, a share of the detector's standard deviation
 * @param floor smallest tolerance in the quantity's units, for a detector without spread (the angle of a
 *     detector that keeps directions)
 * @param minimumCount samples a bin needs in both samples to be judged
 * @param bins the bins
 */
public record ResolutionTable(String quantity, double tolerance, double floor, int minimumCount,
        List<ResolutionBin> bins) {

    /** Bin edges of the true positron energy in GeV; the last bin is open. */
    public static final double[] EDGES = {0, 30, 40, 45, 50, 60, 80, 120, Double.POSITIVE_INFINITY};

    public ResolutionTable {
        bins = List.copyOf(bins);
    }

    /** Returns true if every judged bin agrees. */
    public boolean allAgree() {
        return bins.stream().filter(ResolutionBin::checked).allMatch(ResolutionBin::agrees);
    }

    /**
     * Builds the table.
     *
     * @param trueEnergy true positron energy of each fast-sim sample's z, in GeV
     * @param fastSim the quantity for each fast-sim sample
     * @param detectorTrueEnergy true positron energy of each detector sample's z
     * @param detector the quantity for each detector sample
     */
    public static ResolutionTable of(String quantity, double[] trueEnergy, double[] fastSim, double[] detectorTrueEnergy,
            double[] detector, double tolerance, double floor, int minimumCount) {
        List<ResolutionBin> bins = new ArrayList<>();
        for (int b = 0; b + 1 < EDGES.length; b++) {
            double[] f = select(fastSim, trueEnergy, EDGES[b], EDGES[b + 1]);
            double[] d = select(detector, detectorTrueEnergy, EDGES[b], EDGES[b + 1]);
            double fm = mean(f);
            double fs = std(f, fm);
            double dm = mean(d);
            double ds = std(d, dm);
            boolean checked = f.length >= minimumCount && d.length >= minimumCount;
            double allowed = Math.max(tolerance * ds, floor);
            boolean agrees = checked && Math.abs(fm - dm) <= allowed && Math.abs(fs - ds) <= allowed;
            bins.add(new ResolutionBin(EDGES[b], EDGES[b + 1], f.length, d.length, fm, fs, dm, ds, checked, agrees));
        }
        return new ResolutionTable(quantity, tolerance, floor, minimumCount, bins);
    }

    private static double[] select(double[] values, double[] keys, double low, double high) {
        List<Double> selected = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] >= low && keys[i] < high) {
                selected.add(values[i]);
            }
        }
        return selected.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double std(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
