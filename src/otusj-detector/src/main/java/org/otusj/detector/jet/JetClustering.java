package org.otusj.detector.jet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.otusj.core.event.FourVector;

/**
 * Inclusive sequential-recombination jet clustering of the generalised kt family (kt, Cambridge/Aachen,
 * anti-kt), with E-scheme recombination, as FastJet's {@code ClusterSequence} defines it for these
 * algorithms.
 *
 * <p>With p the algorithm's exponent, y the rapidity, phi the azimuth and R the radius parameter:
 * d_ij = min(pt_i^2p, pt_j^2p) ((y_i - y_j)^2 + (phi_i - phi_j)^2) / R^2, d_iB = pt_i^2p. At each step the
 * smallest of all distances is taken: a d_ij merges i and j into one object with the sum of their
 * four-momenta, a d_iB makes i a jet. Every input ends in exactly one jet, and no pt cut is applied.
 *
 * <p>The smallest d_ij is always between an object and its geometric nearest neighbour in (y, phi),
 * because d_ij is at least min(pt_i^2p, pt_j^2p) times the squared distance to the nearer one's
 * nearest neighbour. The clustering therefore keeps each object's nearest neighbour and updates it after
 * each step, which takes O(n^2) time for n inputs.
 */
public final class JetClustering {

    private final JetAlgorithm algorithm;
    private final double radius;

    /**
     * @param algorithm the distance measure
     * @param radius the radius parameter R, positive
     * @throws IllegalArgumentException if the radius is not a positive finite number
     */
    public JetClustering(JetAlgorithm algorithm, double radius) {
        if (algorithm == null) {
            throw new IllegalArgumentException("jet algorithm must be given");
        }
        if (!(radius > 0.0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("jet radius parameter must be positive and finite, found " + radius);
        }
        this.algorithm = algorithm;
        this.radius = radius;
    }

    public JetAlgorithm algorithm() {
        return algorithm;
    }

    /** Radius parameter R. */
    public double radius() {
        return radius;
    }

    /**
     * Clusters {@code inputs} into jets.
     *
     * @param inputs four-momenta in GeV, each with finite components and a transverse momentum above 0
     * @return all inclusive jets, sorted by decreasing transverse momentum
     * @throws IllegalArgumentException if an input has a non-finite component or zero transverse momentum
     */
    public List<ClusteredJet> cluster(List<FourVector> inputs) {
        PseudoJets pseudoJets = new PseudoJets(inputs);
        List<ClusteredJet> jets = new ArrayList<>();
        double inverseRadius2 = 1.0 / (radius * radius);

        for (int remaining = inputs.size(); remaining > 0; remaining--) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            boolean bestIsBeam = true;
            for (int i = 0; i < pseudoJets.size(); i++) {
                if (!pseudoJets.active[i]) {
                    continue;
                }
                if (pseudoJets.beamDistance[i] < bestDistance || best < 0) {
                    best = i;
                    bestDistance = pseudoJets.beamDistance[i];
                    bestIsBeam = true;
                }
                int neighbour = pseudoJets.neighbour[i];
                if (neighbour >= 0) {
                    double pairDistance = Math.min(pseudoJets.beamDistance[i], pseudoJets.beamDistance[neighbour])
                            * pseudoJets.neighbourDistance2[i] * inverseRadius2;
                    if (pairDistance < bestDistance) {
                        best = i;
                        bestDistance = pairDistance;
                        bestIsBeam = false;
                    }
                }
            }

            if (bestIsBeam) {
                jets.add(pseudoJets.toJet(best));
                pseudoJets.deactivate(best);
                pseudoJets.refreshNeighboursOf(best, -1);
            } else {
                int partner = pseudoJets.neighbour[best];
                pseudoJets.merge(best, partner);
                pseudoJets.refreshNeighboursOf(best, partner);
            }
        }

        jets.sort(Comparator.comparingDouble((ClusteredJet jet) -> jet.momentum().pt()).reversed());
        return jets;
    }

    /** The objects being clustered, with their kinematics and nearest neighbours; merged objects reuse a slot. */
    private final class PseudoJets {

        private final double[] px;
        private final double[] py;
        private final double[] pz;
        private final double[] e;
        private final double[] rapidity;
        private final double[] phi;
        private final double[] beamDistance;
        private final boolean[] active;
        private final int[] neighbour;
        private final double[] neighbourDistance2;
        private final List<List<Integer>> constituents = new ArrayList<>();

        PseudoJets(List<FourVector> inputs) {
            int n = inputs.size();
            px = new double[n];
            py = new double[n];
            pz = new double[n];
            e = new double[n];
            rapidity = new double[n];
            phi = new double[n];
            beamDistance = new double[n];
            active = new boolean[n];
            neighbour = new int[n];
            neighbourDistance2 = new double[n];

            for (int i = 0; i < n; i++) {
                FourVector input = inputs.get(i);
                checkInput(i, input);
                px[i] = input.px();
                py[i] = input.py();
                pz[i] = input.pz();
                e[i] = input.e();
                active[i] = true;
                updateKinematics(i);
                List<Integer> own = new ArrayList<>();
                own.add(i);
                constituents.add(own);
            }
            for (int i = 0; i < n; i++) {
                findNeighbour(i);
            }
        }

        int size() {
            return px.length;
        }

        private void checkInput(int index, FourVector input) {
            boolean finite = Double.isFinite(input.px()) && Double.isFinite(input.py()) && Double.isFinite(input.pz())
                    && Double.isFinite(input.e());
            if (!finite) {
                throw new IllegalArgumentException("jet clustering input " + index + " has a non-finite component: "
                        + input);
            }
            if (!(input.pt() > 0.0)) {
                throw new IllegalArgumentException("jet clustering input " + index
                        + " has zero transverse momentum: " + input);
            }
        }

        private void updateKinematics(int i) {
            double pt2 = px[i] * px[i] + py[i] * py[i];
            double mass2 = e[i] * e[i] - pt2 - pz[i] * pz[i];
            // y = sign(pz) ln((E + |pz|) / mT), using (E + |pz|)(E - |pz|) = mT^2, which keeps precision at
            // large |y|. A slightly space-like sum from rounding is treated as massless.
            double transverseMass = Math.sqrt(pt2 + Math.max(mass2, 0.0));
            double magnitude = Math.log((e[i] + Math.abs(pz[i])) / transverseMass);
            rapidity[i] = pz[i] < 0 ? -magnitude : magnitude;
            phi[i] = Math.atan2(py[i], px[i]);
            beamDistance[i] = switch (algorithm.exponent()) {
                case 1 -> pt2;
                case 0 -> 1.0;
                default -> 1.0 / pt2;
            };
        }

        private double distance2(int i, int j) {
            double dy = rapidity[i] - rapidity[j];
            double dphi = Math.abs(phi[i] - phi[j]);
            if (dphi > Math.PI) {
                dphi = 2.0 * Math.PI - dphi;
            }
            return dy * dy + dphi * dphi;
        }

        private void findNeighbour(int i) {
            neighbour[i] = -1;
            neighbourDistance2[i] = Double.POSITIVE_INFINITY;
            for (int j = 0; j < size(); j++) {
                if (j == i || !active[j]) {
                    continue;
                }
                double d2 = distance2(i, j);
                if (d2 < neighbourDistance2[i]) {
                    neighbour[i] = j;
                    neighbourDistance2[i] = d2;
                }
            }
        }

        void deactivate(int i) {
            active[i] = false;
        }

        /** Merges {@code j} into {@code i} (E-scheme); slot {@code j} becomes inactive. */
        void merge(int i, int j) {
            px[i] += px[j];
            py[i] += py[j];
            pz[i] += pz[j];
            e[i] += e[j];
            updateKinematics(i);
            constituents.get(i).addAll(constituents.get(j));
            active[j] = false;
        }

        /**
         * Updates the nearest neighbours after slot {@code changed} was merged or removed and slot
         * {@code removed} (or -1) was removed.
         */
        void refreshNeighboursOf(int changed, int removed) {
            if (active[changed]) {
                findNeighbour(changed);
            }
            for (int k = 0; k < size(); k++) {
                if (!active[k] || k == changed) {
                    continue;
                }
                if (neighbour[k] == changed || neighbour[k] == removed) {
                    findNeighbour(k);
                } else if (active[changed]) {
                    double d2 = distance2(k, changed);
                    if (d2 < neighbourDistance2[k]) {
                        neighbour[k] = changed;
                        neighbourDistance2[k] = d2;
                    }
                }
            }
        }

        ClusteredJet toJet(int i) {
            List<Integer> members = new ArrayList<>(constituents.get(i));
            Collections.sort(members);
            return new ClusteredJet(new FourVector(px[i], py[i], pz[i], e[i]), members);
        }
    }
}
