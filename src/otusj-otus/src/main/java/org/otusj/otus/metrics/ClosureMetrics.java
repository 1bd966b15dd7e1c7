package org.otusj.otus.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Comparison of the fast simulation with the detector on test events, with the two reference points a
 * useful simulator sits between: a second detector sample (the statistical floor) and the undetected
 * parton-level z (the identity baseline).
 *
 * @param events sample sizes by name ("detector", "fastsim", "replica", "truth")
 * @param slices number of sliced-Wasserstein directions
 * @param unpaired distances between independent samples: everything from even test events against the
 *     detector on odd test events, as the OTUS paper evaluates
 * @param sameZ distances on the same events: fast sim, a redrawn detector sample and z of every test
 *     event against the detector on those events
 * @param ksFastSim KS distance to the detector sample per observable, fast sim (same events)
 * @param ksIdentity KS distance to the detector sample per observable, truth z (same events)
 * @param ksFloor KS distance to the detector sample per observable, redrawn detector (same events)
 * @param massWindow invariant-mass window statistics per sample name
 * @param windowLow lower edge of the mass window in GeV
 * @param windowHigh upper edge of the mass window in GeV
 */
public record ClosureMetrics(Map<String, Integer> events, int slices, SlicedWassersteinComparison unpaired,
        SlicedWassersteinComparison sameZ, Map<String, Double> ksFastSim, Map<String, Double> ksIdentity,
        Map<String, Double> ksFloor, Map<String, WindowStatistics> massWindow, double windowLow, double windowHigh) {

    public ClosureMetrics {
        events = new LinkedHashMap<>(events);
        ksFastSim = new LinkedHashMap<>(ksFastSim);
        ksIdentity = new LinkedHashMap<>(ksIdentity);
        ksFloor = new LinkedHashMap<>(ksFloor);
        massWindow = new LinkedHashMap<>(massWindow);
    }
}
