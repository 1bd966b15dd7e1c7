package org.otusj.detector;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.otusj.detector.card.CardModule;
import org.otusj.detector.card.CardValue;

/**
 * The calorimeter towers of a Delphes {@code SimpleCalorimeter} module, from its {@code EtaPhiBins}
 * parameter: pairs of (eta edges, phi edges) that the card builds with loops.
 *
 * <p>Delphes 3 (SimpleCalorimeter::Init) puts every eta edge of every pair into one sorted set and
 * attaches the pair's phi edges to each of its eta edges, merging the phi edges of equal eta edges.
 * Tower k in eta spans eta edges k-1 and k and is divided in phi by the phi edges attached to its upper
 * edge k. A position is found with {@code lower_bound} (the first edge not below the value), so a value
 * exactly on an edge belongs to the tower below it, and a value at or below the first edge or above the
 * last one is outside every tower.
 */
final class TowerGrid {

    /** A tower's edges in eta and in phi (radians). */
    record Tower(double etaLow, double etaHigh, double phiLow, double phiHigh) {

        /** Returns the eta of the tower centre, which SimpleCalorimeter uses in its resolution formula. */
        double etaCenter() {
            return 0.5 * (etaLow + etaHigh);
        }
    }

    private final double[] etaEdges;
    private final double[][] phiEdges;

    private TowerGrid(double[] etaEdges, double[][] phiEdges) {
        this.etaEdges = etaEdges;
        this.phiEdges = phiEdges;
    }

    /**
     * Reads the {@code EtaPhiBins} of a SimpleCalorimeter module.
     *
     * @throws IllegalArgumentException if the parameter is missing or is not pairs of number lists. The
     *     message names the card line.
     */
    static TowerGrid fromModule(CardModule module) {
        CardValue bins = module.require("EtaPhiBins");
        Map<Double, TreeSet<Double>> phiByEta = new TreeMap<>();
        try {
            List<CardValue> pairs = bins.elements();
            // As in Delphes, a last unpaired element is ignored.
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                List<CardValue> etas = pairs.get(i).elements();
                List<CardValue> phis = pairs.get(i + 1).elements();
                for (CardValue eta : etas) {
                    TreeSet<Double> phiSet = phiByEta.computeIfAbsent(eta.toDouble(), key -> new TreeSet<>());
                    for (CardValue phi : phis) {
                        phiSet.add(phi.toDouble());
                    }
                }
            }
        } catch (IllegalArgumentException invalid) {
            // NumberFormatException is an IllegalArgumentException too.
            throw new IllegalArgumentException(module.locationOf("EtaPhiBins") + ": EtaPhiBins of module '"
                    + module.name() + "' must be pairs of eta and phi edge lists: " + invalid.getMessage(), invalid);
        }
        if (phiByEta.size() < 2) {
            throw new IllegalArgumentException(module.locationOf("EtaPhiBins") + ": EtaPhiBins of module '"
                    + module.name() + "' must give at least two eta edges, found " + phiByEta.size());
        }

        double[] etaEdges = new double[phiByEta.size()];
        double[][] phiEdges = new double[phiByEta.size()][];
        int index = 0;
        for (Map.Entry<Double, TreeSet<Double>> entry : phiByEta.entrySet()) {
            etaEdges[index] = entry.getKey();
            phiEdges[index] = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            index++;
        }
        return new TowerGrid(etaEdges, phiEdges);
    }

    /** Number of eta edges, one more than the number of towers in eta. */
    int etaEdgeCount() {
        return etaEdges.length;
    }

    /**
     * Returns the tower that contains the direction (eta, phi), or null if it is outside the grid.
     *
     * @param eta pseudorapidity
     * @param phi azimuth in radians, in [-pi, pi]
     */
    Tower find(double eta, double phi) {
        int etaBin = lowerBound(etaEdges, eta);
        if (etaBin == 0 || etaBin == etaEdges.length) {
            return null;
        }
        double[] phis = phiEdges[etaBin];
        int phiBin = lowerBound(phis, phi);
        if (phiBin == 0 || phiBin == phis.length) {
            return null;
        }
        return new Tower(etaEdges[etaBin - 1], etaEdges[etaBin], phis[phiBin - 1], phis[phiBin]);
    }

    /** Index of the first element not less than {@code value}, as C++ std::lower_bound; NaN gives 0. */
    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
