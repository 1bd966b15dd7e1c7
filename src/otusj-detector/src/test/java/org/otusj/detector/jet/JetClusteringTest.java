package org.otusj.detector.jet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.FourVector;

/** Generalised-kt clustering on hand-made configurations and against a brute-force implementation. */
class JetClusteringTest {

    private static final JetClustering ANTI_KT = new JetClustering(JetAlgorithm.ANTI_KT, 0.5);

    @Test
    void partonsWithinRadiusMerge() {
        FourVector a = FourVector.fromPtEtaPhiM(60, 0.1, 1.0, 0);
        FourVector b = FourVector.fromPtEtaPhiM(30, 0.1, 1.3, 0);
        List<ClusteredJet> jets = ANTI_KT.cluster(List.of(a, b));

        assertEquals(1, jets.size(), "dR = 0.3 < R = 0.5");
        FourVector sum = a.plus(b);
        assertEquals(sum.px(), jets.get(0).momentum().px(), 1e-12);
        assertEquals(sum.py(), jets.get(0).momentum().py(), 1e-12);
        assertEquals(sum.pz(), jets.get(0).momentum().pz(), 1e-12);
        assertEquals(sum.e(), jets.get(0).momentum().e(), 1e-12);
        assertEquals(List.of(0, 1), jets.get(0).constituents());
    }

    @Test
    void partonsBeyondRadiusStayApart() {
        FourVector a = FourVector.fromPtEtaPhiM(60, 0.1, 1.0, 0);
        FourVector b = FourVector.fromPtEtaPhiM(80, 0.1, 1.7, 0);
        List<ClusteredJet> jets = ANTI_KT.cluster(List.of(a, b));

        assertEquals(2, jets.size(), "dR = 0.7 > R = 0.5");
        assertEquals(b, jets.get(0).momentum(), "harder jet first");
        assertEquals(a, jets.get(1).momentum());
        assertEquals(List.of(1), jets.get(0).constituents());
    }

    @Test
    void hardestPartonClustersFirst() {
        // A hard parton at phi 0, a softer one at phi 0.8 and a soft one at phi 0.45 between them, nearer the
        // softer one (dR 0.35) than the hard one (dR 0.45). Anti-kt gives it to the hard parton:
        // d(soft, hard) = 0.45^2 / (100^2 * 0.25) = 8.1e-5 is below d(soft, softer) = 0.35^2 / (50^2 * 0.25)
        // = 1.96e-4 and below d_iB(hard) = 1e-4. Cambridge/Aachen, which ignores pt, joins the nearer pair.
        FourVector hard = FourVector.fromPtEtaPhiM(100, 0, 0.0, 0);
        FourVector softer = FourVector.fromPtEtaPhiM(50, 0, 0.8, 0);
        FourVector soft = FourVector.fromPtEtaPhiM(5, 0, 0.45, 0);
        List<FourVector> partons = List.of(hard, softer, soft);

        List<ClusteredJet> antiKt = ANTI_KT.cluster(partons);
        assertEquals(2, antiKt.size());
        assertEquals(List.of(0, 2), antiKt.get(0).constituents(), "anti-kt: soft parton joins the hard one");
        assertEquals(List.of(1), antiKt.get(1).constituents());

        List<ClusteredJet> cambridge = new JetClustering(JetAlgorithm.CAMBRIDGE_AACHEN, 0.5).cluster(partons);
        assertEquals(2, cambridge.size());
        assertEquals(List.of(0), cambridge.get(0).constituents(), "C/A: the hard parton stays alone");
        assertEquals(List.of(1, 2), cambridge.get(1).constituents());
    }

    @Test
    void distanceUsesRapidityNotPseudorapidity() {
        // A 4.7 GeV b quark with pt 5 at rapidity 0.5 has pseudorapidity asinh(mT sinh(0.5) / pt) = 0.665 with
        // mT = sqrt(25 + 4.7^2). A massless parton at y = eta = 1.0 is 0.5 away in rapidity but 0.335 in
        // pseudorapidity. With R = 0.4 they stay apart.
        double transverseMass = Math.sqrt(25 + 4.7 * 4.7);
        FourVector bottom = new FourVector(5, 0, transverseMass * Math.sinh(0.5), transverseMass * Math.cosh(0.5));
        FourVector light = FourVector.fromPtEtaPhiM(5, 1.0, 0, 0);
        assertEquals(0.665, bottom.eta(), 1e-3, "the b quark's pseudorapidity as computed above");

        List<ClusteredJet> jets = new JetClustering(JetAlgorithm.ANTI_KT, 0.4).cluster(List.of(bottom, light));
        assertEquals(2, jets.size());
    }

    @Test
    void azimuthWrapsAroundPi() {
        FourVector a = FourVector.fromPtEtaPhiM(50, 0, 3.0, 0);
        FourVector b = FourVector.fromPtEtaPhiM(40, 0, -3.0, 0);
        assertEquals(1, ANTI_KT.cluster(List.of(a, b)).size(), "dphi = 2 pi - 6 = 0.28");
    }

    @Test
    void matchesBruteForceOnRandomEvents() {
        SplittableRandom random = new SplittableRandom(31);
        int compared = 0;
        for (JetAlgorithm algorithm : JetAlgorithm.values()) {
            for (double radius : new double[] {0.4, 0.5, 1.0}) {
                JetClustering clustering = new JetClustering(algorithm, radius);
                for (int event = 0; event < 150; event++) {
                    List<FourVector> partons = randomPartons(random, 2 + random.nextInt(29));
                    List<ClusteredJet> jets = clustering.cluster(partons);
                    List<BruteForceClustering.Cluster> reference = BruteForceClustering.cluster(partons,
                            algorithm.exponent(), radius);

                    String where = algorithm + " R=" + radius + " event " + event;
                    assertEquals(reference.size(), jets.size(), where + ": number of jets");
                    for (int j = 0; j < jets.size(); j++) {
                        assertEquals(reference.get(j).members(), jets.get(j).constituents(), where + " jet " + j);
                        FourVector expected = reference.get(j).momentum();
                        FourVector actual = jets.get(j).momentum();
                        double tolerance = 1e-9 * expected.e();
                        assertEquals(expected.px(), actual.px(), tolerance, where + " jet " + j + " px");
                        assertEquals(expected.py(), actual.py(), tolerance, where + " jet " + j + " py");
                        assertEquals(expected.pz(), actual.pz(), tolerance, where + " jet " + j + " pz");
                        assertEquals(expected.e(), actual.e(), tolerance, where + " jet " + j + " E");
                    }
                    compared++;
                }
            }
        }
        assertEquals(3 * 3 * 150, compared);
    }

    @Test
    void everyInputInExactlyOneJet() {
        SplittableRandom random = new SplittableRandom(32);
        List<FourVector> partons = randomPartons(random, 40);
        List<ClusteredJet> jets = ANTI_KT.cluster(partons);

        List<Integer> all = new ArrayList<>();
        FourVector total = FourVector.ZERO;
        for (ClusteredJet jet : jets) {
            all.addAll(jet.constituents());
            total = total.plus(jet.momentum());
        }
        all.sort(null);
        List<Integer> expected = new ArrayList<>();
        FourVector inputSum = FourVector.ZERO;
        for (int i = 0; i < partons.size(); i++) {
            expected.add(i);
            inputSum = inputSum.plus(partons.get(i));
        }
        assertEquals(expected, all);
        assertEquals(inputSum.e(), total.e(), 1e-9 * inputSum.e(), "E-scheme keeps the total energy");
        for (int j = 1; j < jets.size(); j++) {
            assertTrue(jets.get(j - 1).momentum().pt() >= jets.get(j).momentum().pt(), "sorted by decreasing pt");
        }
    }

    @Test
    void emptyInputGivesNoJets() {
        assertTrue(ANTI_KT.cluster(List.of()).isEmpty());
    }

    @Test
    void invalidInputsRejected() {
        FourVector alongBeam = new FourVector(0, 0, 50, 50);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ANTI_KT.cluster(List.of(alongBeam)));
        assertTrue(error.getMessage().contains("zero transverse momentum"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ANTI_KT.cluster(List.of(new FourVector(Double.NaN, 1, 1, 5))));
        assertThrows(IllegalArgumentException.class, () -> new JetClustering(JetAlgorithm.ANTI_KT, 0.0));
    }

    @Test
    void delphesAlgorithmCodes() {
        assertEquals(JetAlgorithm.KT, JetAlgorithm.fromDelphesCode(4));
        assertEquals(JetAlgorithm.CAMBRIDGE_AACHEN, JetAlgorithm.fromDelphesCode(5));
        assertEquals(JetAlgorithm.ANTI_KT, JetAlgorithm.fromDelphesCode(6));
        for (long unsupported : new long[] {1, 2, 3, 7, 8, 0}) {
            assertThrows(IllegalArgumentException.class, () -> JetAlgorithm.fromDelphesCode(unsupported));
        }
    }

    /** Partons with pt 1 to 200 GeV, |y| < 3, a random azimuth, and either massless or 4.7 GeV. */
    private static List<FourVector> randomPartons(SplittableRandom random, int count) {
        List<FourVector> partons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double pt = 1 + 199 * random.nextDouble();
            double rapidity = 6 * random.nextDouble() - 3;
            double phi = 2 * Math.PI * random.nextDouble() - Math.PI;
            double mass = random.nextBoolean() ? 0.0 : 4.7;
            double transverseMass = Math.sqrt(pt * pt + mass * mass);
            partons.add(new FourVector(pt * Math.cos(phi), pt * Math.sin(phi), transverseMass * Math.sinh(rapidity),
                    transverseMass * Math.cosh(rapidity)));
        }
        return partons;
    }
}
