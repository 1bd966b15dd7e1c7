package org.otusj.detector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;
import org.otusj.core.event.RecoParticle;
import org.otusj.detector.jet.ClusteredJet;

/**
 * One detector draw of an event for {@link CardDetector}: the electrons of {@link ElectronResponse}
 * and, when requested, the jets of {@link JetResponse} and the missing transverse momentum.
 *
 * <p>The missing transverse momentum is the negative vector sum of the transverse momenta of all visible
 * objects, as the Delphes {@code MissingET} merger sums all energy-flow objects:
 * <ul>
 *   <li>reconstructed electrons at their measured momentum;</li>
 *   <li>generator electrons that the electron chain loses, at their true momentum, when inside the
 *       calorimeter grid: in Delphes their energy still reaches the calorimeter or the track list;</li>
 *   <li>all smeared jets, before the pt cut and before the jet energy scale, because Delphes computes
 *       MET from the energy-flow objects and not from the calibrated jets;</li>
 *   <li>every other final-state particle inside the calorimeter grid except neutrinos (muons,
 *       photons, taus, hadrons, undecayed tops) at its true momentum.</li>
 * </ul>
 * The calorimeter grid is the tower grid of the jet response's calorimeter module. Partons and other
 * particles outside it, and neutrinos, are invisible. The result has pz = 0 and E = |pT|.
 *
 * <p>NOTE: a lost electron counts at its true momentum, not at a smeared calorimeter or track
 * momentum, and the other particles are not smeared at all.
 */
final class EventResponse {

    /**
     * The parts of an event that every draw starts from.
     *
     * @param electrons final-state electrons and positrons of the generator record
     * @param jets clustered partons before smearing (empty when jets are off)
     * @param otherVisible sum of the true four-momenta of the other visible particles, in GeV (zero when
     *     the missing momentum is off)
     */
    record Input(List<Particle> electrons, List<ClusteredJet> jets, FourVector otherVisible) {
    }

    /**
     * The outcome of one draw.
     *
     * @param electrons reconstructed electrons, sorted by decreasing pt
     * @param jets reconstructed jets after the pt cut and the energy scale, sorted by decreasing pt
     *     (empty when jets are off)
     * @param missingEt missing transverse momentum, or null when it is off
     */
    record Draw(List<RecoParticle> electrons, List<RecoParticle> jets, RecoParticle missingEt) {
    }

    private static final Comparator<RecoParticle> DECREASING_PT =
            Comparator.comparingDouble((RecoParticle object) -> object.momentum().pt()).reversed();

    private final ElectronResponse electronResponse;
    private final JetResponse jetResponse;
    private final double jetPtMin;
    private final boolean withMissingEt;

    /**
     * @param electronResponse the electron chain
     * @param jetResponse the jet response, or null for an electron-only detector (then no missing
     *     momentum either)
     * @param jetPtMin jets whose smeared pt is not above this many GeV are dropped
     * @param withMissingEt whether to compute the missing transverse momentum
     */
    EventResponse(ElectronResponse electronResponse, JetResponse jetResponse, double jetPtMin,
            boolean withMissingEt) {
        if (withMissingEt && jetResponse == null) {
            throw new IllegalArgumentException("the missing transverse momentum needs the jet response");
        }
        this.electronResponse = electronResponse;
        this.jetResponse = jetResponse;
        this.jetPtMin = jetPtMin;
        this.withMissingEt = withMissingEt;
    }

    /** Returns true if draws include jets. */
    boolean hasJets() {
        return jetResponse != null;
    }

    ElectronResponse electronResponse() {
        return electronResponse;
    }

    /** The jet response, or null when jets are off. */
    JetResponse jetResponse() {
        return jetResponse;
    }

    /** Jet pt threshold in GeV, applied to the smeared pt. */
    double jetPtMin() {
        return jetPtMin;
    }

    /** Collects the generator-level inputs of the draws from an event's particle record. */
    Input prepare(List<Particle> particles) {
        List<Particle> electrons = new ArrayList<>();
        for (Particle particle : particles) {
            if (particle.isFinalState() && Math.abs(particle.pdgId()) == Pdg.ELECTRON) {
                electrons.add(particle);
            }
        }

        List<ClusteredJet> jets = jetResponse != null ? jetResponse.cluster(particles) : List.of();

        FourVector otherVisible = FourVector.ZERO;
        if (withMissingEt) {
            for (Particle particle : particles) {
                if (countsAtTrueMomentum(particle)) {
                    otherVisible = otherVisible.plus(particle.momentum());
                }
            }
        }
        return new Input(electrons, jets, otherVisible);
    }

    private boolean countsAtTrueMomentum(Particle particle) {
        if (!particle.isFinalState() || Math.abs(particle.pdgId()) == Pdg.ELECTRON) {
            return false;
        }
        if (Pdg.isNeutrino(particle.pdgId()) || JetResponse.isJetParton(particle)) {
            return false;
        }
        return jetResponse.inCalorimeter(particle.momentum());
    }

    /**
     * Draws the detector response once.
     *
     * @param electronRandom generator for the electron chain, drawn in the order of {@link ElectronResponse}
     * @param jetRandom generator for the jet smearing, one Gaussian per clustered jet in decreasing pt.
     *     It may be null when jets are off.
     */
    Draw draw(Input input, RandomGenerator electronRandom, RandomGenerator jetRandom) {
        FourVector visible = input.otherVisible();

        List<RecoParticle> electrons = new ArrayList<>();
        for (Particle particle : input.electrons()) {
            Optional<RecoParticle> reconstructed = electronResponse.reconstruct(particle, electronRandom);
            if (reconstructed.isPresent()) {
                electrons.add(reconstructed.get());
                visible = visible.plus(reconstructed.get().momentum());
            } else if (withMissingEt && jetResponse.inCalorimeter(particle.momentum())) {
                visible = visible.plus(particle.momentum());
            }
        }
        electrons.sort(DECREASING_PT);

        List<RecoParticle> jets = new ArrayList<>();
        for (ClusteredJet jet : input.jets()) {
            FourVector smeared = jetResponse.smear(jet.momentum(), jetRandom);
            visible = visible.plus(smeared);
            if (smeared.pt() > jetPtMin) {
                jets.add(new RecoParticle(0, 0, jetResponse.calibrate(smeared)));
            }
        }
        jets.sort(DECREASING_PT);

        RecoParticle missingEt = withMissingEt ? missingTransverseMomentum(visible) : null;
        return new Draw(electrons, jets, missingEt);
    }

    /** Returns the missing transverse momentum of a visible four-momentum sum: pz = 0 and E = |pT|. */
    static RecoParticle missingTransverseMomentum(FourVector visible) {
        double px = -visible.px();
        double py = -visible.py();
        return new RecoParticle(0, 0, new FourVector(px, py, 0.0, Math.hypot(px, py)));
    }
}
