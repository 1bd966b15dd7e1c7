package org.otusj.otus.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Comparison of the fast simulation with the detector on the same test events, with the two reference
 * points a useful simulator sits between: a second, independent detector sample (the statistical floor)
 * and the undetected parton-level z (the identity baseline).
 *
 * @param events sample sizes by name ("detector", "fastsim", "replica", "truth")
 * @param slices number of sliced-Wasserstein directions
 * @param swFastSim SW(fast sim, detector) in GeV^2
 * @param swFloor SW(replica, detector) in GeV^2, NaN without a replica
 * @param swIdentity SW(truth z, detector) in GeV^2
 * @param ksFastSim KS distance to the detector sample per observable, fast sim
 * @param ksIdentity KS distance to the detector sample per observable, truth z
 * @param ksFloor KS distance to the detector sample per observable, replica
 * @param massWindow invariant-mass window statistics per sample name
 * @param windowLow lower edge of the mass window in GeV
 * @param windowHigh upper edge of the mass window in GeV
 */
public record ClosureMetrics(Map<String, Integer> events, int slices, double swFastSim, double swFloor,
        double swIdentity, Map<String, Double> ksFastSim, Map<String, Double> ksIdentity, Map<String, Double> ksFloor,
        Map<String, WindowStatistics> massWindow, double windowLow, double windowHigh) {

    public ClosureMetrics {
        events = new LinkedHashMap<>(events);
        ksFastSim = new LinkedHashMap<>(ksFastSim);
        ksIdentity = new LinkedHashMap<>(ksIdentity);
        ksFloor = new LinkedHashMap<>(ksFloor);
        massWindow = new LinkedHashMap<>(massWindow);
    }
}
