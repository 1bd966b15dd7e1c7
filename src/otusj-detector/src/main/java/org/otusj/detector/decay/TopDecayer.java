package org.otusj.detector.decay;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;

/**
 * Decays the final-state top quarks of a generator record to the semileptonic final state:
 * t -> W b with one W -> e nu_e and the other W -> u d~ (charge conjugates for the antitop), as chosen
 * by {@link LeptonicTop}.
 *
 * <p>For each top, in record order:
 * <ol>
 *   <li>The top's mass is the invariant mass of its four-momentum, and no width is added. A generator that
 *       writes tops on shell (MadGraph for an undecayed {@code p p > t t~}) gives every top its pole
 *       mass.</li>
 *   <li>The W mass is drawn from a {@link RelativisticBreitWigner} truncated to (0, m_t - m_b], so the
 *       decay t -> W b is always allowed. Its daughters are massless, so every such W can decay.</li>
 *   <li>t -> W b and W -> f f' are isotropic two-body decays in the rest frame of the decaying particle
 *       ({@link TwoBodyDecay}).</li>
 * </ol>
 * Random numbers per top: one uniform for the W mass, two for the top decay, two for the W decay.
 *
 * <p>The output record is the input with each decayed top set to status 2, followed, for each top,
 * by the W (status 2), the b quark (status 1) and the W's two daughters (status 1): first the charged
 * lepton or up-type quark, then the neutrino or down-type quark. Mothers are 1-based indices into the
 * output list, and both mother fields of a decay product point to its parent, as MadGraph and
 * POWHEG-BOX write resonance decays in their Les Houches files. The b quark inherits the top's colour
 * tags, and the quarks of a hadronic W share a new colour tag above every tag in the event.
 *
 * <p>NOTE: spin correlations (top polarisation and the V-A angular distribution of the W decay) are not
 * modelled, and no mass or width is given to the top.
 */
final class TopDecayer {

    private static final int FIRST_COLOUR_TAG = 501;
    private static final double UNKNOWN_SPIN = 9.0;

    private final LeptonicTop leptonicTop;
    private final RelativisticBreitWigner wMass;
    private final double bottomMass;

    /**
     * @param leptonicTop which top decays through W -> e nu
     * @param wMass W pole mass in GeV
     * @param wWidth W total width in GeV
     * @param bottomMass b-quark mass in GeV, not negative
     */
    TopDecayer(LeptonicTop leptonicTop, double wMass, double wWidth, double bottomMass) {
        if (leptonicTop == null) {
            throw new IllegalArgumentException("the leptonic top must be given");
        }
        if (!(bottomMass >= 0.0) || Double.isInfinite(bottomMass)) {
            throw new IllegalArgumentException("b-quark mass must be a finite number not below 0, found " + bottomMass
                    + " GeV");
        }
        this.leptonicTop = leptonicTop;
        this.wMass = new RelativisticBreitWigner(wMass, wWidth);
        this.bottomMass = bottomMass;
    }

    /**
     * Returns a copy of {@code particles} with every final-state top decayed. A record without final-state
     * tops is returned unchanged.
     *
     * @throws IllegalArgumentException if a top's invariant mass is not above the b-quark mass
     */
    List<Particle> decay(List<Particle> particles, RandomGenerator random) {
        List<Particle> output = new ArrayList<>(particles);
        int nextColour = nextColourTag(particles);

        for (int index = 0; index < particles.size(); index++) {
            Particle top = particles.get(index);
            if (!top.isFinalState() || Math.abs(top.pdgId()) != Pdg.TOP) {
                continue;
            }
            output.set(index, withStatus(top, 2));
            boolean hadronic = !leptonicTop.isLeptonic(top.pdgId());
            appendDecay(output, index + 1, top, hadronic ? nextColour : 0, random);
            if (hadronic) {
                nextColour++;
            }
        }
        return output;
    }

    private void appendDecay(List<Particle> output, int topIndex, Particle top, int colourTag, RandomGenerator random) {
        int sign = Integer.signum(top.pdgId());
        double topMass = top.momentum().mass();
        if (!(topMass > bottomMass)) {
            throw new IllegalArgumentException("top at position " + topIndex + " has invariant mass " + topMass
                    + " GeV, not above the b-quark mass " + bottomMass + " GeV, so it cannot decay to W b");
        }

        double drawnWMass = wMass.sample(0.0, topMass - bottomMass, random);
        TwoBodyDecay.Daughters wAndBottom = TwoBodyDecay.decay(top.momentum(), drawnWMass, bottomMass, random);
        FourVector w = wAndBottom.first();
        int wIndex = output.size() + 1;
        output.add(new Particle(sign * Pdg.W, 2, topIndex, topIndex, 0, 0, w, drawnWMass, 0.0, UNKNOWN_SPIN));
        output.add(new Particle(sign * Pdg.BOTTOM, Particle.STATUS_FINAL, topIndex, topIndex, top.color1(),
                top.color2(), wAndBottom.second(), bottomMass, 0.0, UNKNOWN_SPIN));

        TwoBodyDecay.Daughters fermions = TwoBodyDecay.decay(w, 0.0, 0.0, random);
        if (colourTag == 0) {
            // W+ -> e+ nu_e, W- -> e- nu_e~.
            output.add(daughter(-sign * Pdg.ELECTRON, wIndex, 0, 0, fermions.first()));
            output.add(daughter(sign * Pdg.NU_E, wIndex, 0, 0, fermions.second()));
        } else {
            // W+ -> u d~, W- -> u~ d: the quark carries the new colour, the antiquark the matching anticolour.
            int upType = sign * Pdg.UP;
            int downType = -sign * Pdg.DOWN;
            output.add(daughter(upType, wIndex, upType > 0 ? colourTag : 0, upType > 0 ? 0 : colourTag,
                    fermions.first()));
            output.add(daughter(downType, wIndex, downType > 0 ? colourTag : 0, downType > 0 ? 0 : colourTag,
                    fermions.second()));
        }
    }

    private static Particle daughter(int pdgId, int motherIndex, int colour, int antiColour, FourVector momentum) {
        return new Particle(pdgId, Particle.STATUS_FINAL, motherIndex, motherIndex, colour, antiColour, momentum, 0.0,
                0.0, UNKNOWN_SPIN);
    }

    private static Particle withStatus(Particle particle, int status) {
        return new Particle(particle.pdgId(), status, particle.mother1(), particle.mother2(), particle.color1(),
                particle.color2(), particle.momentum(), particle.mass(), particle.lifetime(), particle.spin());
    }

    /** Returns a colour tag above every tag in the record, and at least 501 (Les Houches tags start above 500). */
    private static int nextColourTag(List<Particle> particles) {
        int highest = FIRST_COLOUR_TAG - 1;
        for (Particle particle : particles) {
            highest = Math.max(highest, Math.max(particle.color1(), particle.color2()));
        }
        return highest + 1;
    }
}
