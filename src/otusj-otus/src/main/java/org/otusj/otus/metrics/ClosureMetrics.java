package org.otusj.otus.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the closure test measures on the test events.
 *
 * @param events sample sizes by name
 * @param slices directions of every sliced-Wasserstein distance
 * @param paper the paper's unpaired distances with their floors
 * @param sameZ the transfer-function comparison on the same z
 * @param projections per projection, fast sim against detector on the same z (chi2, KS, Wasserstein)
 * @param projectionFloor per projection, second detector sample against detector on the same z
 * @param resolutions resolution tables (energy, pt, positron angle)
 * @param massWindow invariant-mass window statistics per sample name, on the same-z samples
 * @param windowLow lower edge of the mass window in GeV
 * @param windowHigh upper edge of the mass window in GeV
 * @param goals the criteria met
 * @param electronCosineDistance mean of 1 - cos(angle) between the reconstructed and the true electron
 *     directions, for the fast sim ("fastsim") and the detector ("detector") on the same z
 */
public record ClosureMetrics(Map<String, Integer> events, int slices, PaperMetrics paper, SameZComparison sameZ,
        Map<String, ProjectionStatistics> projections, Map<String, ProjectionStatistics> projectionFloor,
        List<ResolutionTable> resolutions, Map<String, WindowStatistics> massWindow, double windowLow, double windowHigh,
        ClosureGoals goals, Map<String, Double> electronCosineDistance) {

    public ClosureMetrics {
        events = new LinkedHashMap<>(events);
        projections = new LinkedHashMap<>(projections);
        projectionFloor = new LinkedHashMap<>(projectionFloor);
        resolutions = List.copyOf(resolutions);
        massWindow = new LinkedHashMap<>(massWindow);
        electronCosineDistance = new LinkedHashMap<>(electronCosineDistance);
    }
}
