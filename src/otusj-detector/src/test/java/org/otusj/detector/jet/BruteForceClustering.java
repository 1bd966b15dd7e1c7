package org.otusj.detector.jet;

import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.FourVector;

/**
 * A direct O(n^3) implementation of inclusive generalised-kt clustering for comparison: at every step
 * it computes all d_ij and d_iB from scratch with the textbook definitions and takes the smallest.
 */
final class BruteForceClustering {

    /** A pseudo-jet: its four-momentum and the input indices it contains. */
    record Cluster(FourVector momentum, List<Integer> members) {
    }

    private BruteForceClustering() {
    }

    static List<Cluster> cluster(List<FourVector> inputs, int exponent, double radius) {
        List<Cluster> active = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            active.add(new Cluster(inputs.get(i), List.of(i)));
        }
        List<Cluster> jets = new ArrayList<>();

        while (!active.isEmpty()) {
            int bestI = -1;
            int bestJ = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < active.size(); i++) {
                double beam = ktWeight(active.get(i).momentum(), exponent);
                if (beam < best) {
                    best = beam;
                    bestI = i;
                    bestJ = -1;
                }
                for (int j = i + 1; j < active.size(); j++) {
                    double pair = Math.min(beam, ktWeight(active.get(j).momentum(), exponent))
                            * deltaR2(active.get(i).momentum(), active.get(j).momentum()) / (radius * radius);
                    if (pair < best) {
                        best = pair;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }

            Cluster first = active.get(bestI);
            if (bestJ < 0) {
                jets.add(first);
                active.remove(bestI);
            } else {
                Cluster second = active.get(bestJ);
                List<Integer> members = new ArrayList<>(first.members());
                members.addAll(second.members());
                members.sort(null);
                active.remove(bestJ);
                active.set(bestI, new Cluster(first.momentum().plus(second.momentum()), members));
            }
        }
        jets.sort((a, b) -> Double.compare(b.momentum().pt(), a.momentum().pt()));
        return jets;
    }

    /** pt^(2p): pt^2 for kt, 1 for Cambridge/Aachen, 1 / pt^2 for anti-kt. */
    static double ktWeight(FourVector p, int exponent) {
        return Math.pow(p.px() * p.px() + p.py() * p.py(), exponent);
    }

    /** (y_i - y_j)^2 + (phi_i - phi_j)^2 with the rapidity y = 0.5 ln((E + pz) / (E - pz)). */
    static double deltaR2(FourVector a, FourVector b) {
        double dy = a.rapidity() - b.rapidity();
        double dphi = Math.abs(a.phi() - b.phi());
        dphi = Math.min(dphi, 2 * Math.PI - dphi);
        return dy * dy + dphi * dphi;
    }
}
