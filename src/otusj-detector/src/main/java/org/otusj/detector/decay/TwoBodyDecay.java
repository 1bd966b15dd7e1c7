package org.otusj.detector.decay;

import java.util.random.RandomGenerator;
import org.otusj.core.event.FourVector;

/**
 * Isotropic two-body decays: the daughters fly back to back in the parent's rest frame along a
 * direction drawn uniformly on the sphere, and are then boosted to the frame of the parent's
 * four-momentum. No spin correlations or angular distributions of a matrix element are modelled.
 */
final class TwoBodyDecay {

    /** The two daughters' four-momenta (GeV), in the frame of the parent's four-momentum. */
    record Daughters(FourVector first, FourVector second) {
    }

    private TwoBodyDecay() {
    }

    /**
     * Decays {@code parent} into daughters of the given masses, drawing two uniform numbers: the first
     * sets cos(theta) = 2 u - 1 and the second phi = 2 pi u of the first daughter's direction in the
     * parent's rest frame, with theta measured from the z axis of the frame in which {@code parent} is
     * given.
     *
     * @param parent four-momentum of the decaying particle in GeV, whose invariant mass is the decay mass
     * @param firstMass mass of the first daughter in GeV, not negative
     * @param secondMass mass of the second daughter in GeV, not negative
     * @throws IllegalArgumentException if the parent's mass is below the sum of the daughter masses
     */
    static Daughters decay(FourVector parent, double firstMass, double secondMass, RandomGenerator random) {
        double parentMass = parent.mass();
        if (!(firstMass >= 0.0) || !(secondMass >= 0.0)) {
            throw new IllegalArgumentException("daughter masses must not be negative, found " + firstMass + " and "
                    + secondMass + " GeV");
        }
        if (!(parentMass > 0.0) || parentMass < firstMass + secondMass) {
            throw new IllegalArgumentException("a parent of mass " + parentMass + " GeV cannot decay into daughters of "
                    + firstMass + " and " + secondMass + " GeV");
        }

        double momentum = breakupMomentum(parentMass, firstMass, secondMass);
        double cosTheta = 2.0 * random.nextDouble() - 1.0;
        double phi = 2.0 * Math.PI * random.nextDouble();
        double sinTheta = Math.sqrt(Math.max(0.0, 1.0 - cosTheta * cosTheta));
        double x = momentum * sinTheta * Math.cos(phi);
        double y = momentum * sinTheta * Math.sin(phi);
        double z = momentum * cosTheta;

        FourVector first = FourVector.fromMomentumAndMass(x, y, z, firstMass);
        FourVector second = FourVector.fromMomentumAndMass(-x, -y, -z, secondMass);
        return new Daughters(boost(first, parent, parentMass), boost(second, parent, parentMass));
    }

    /**
     * Returns the daughters' momentum in GeV in the rest frame of a parent of mass {@code parentMass}:
     * sqrt((M^2 - (m1 + m2)^2) (M^2 - (m1 - m2)^2)) / (2 M).
     */
    static double breakupMomentum(double parentMass, double firstMass, double secondMass) {
        double sum = firstMass + secondMass;
        double difference = firstMass - secondMass;
        double product = (parentMass - sum) * (parentMass + sum)
                * (parentMass - difference) * (parentMass + difference);
        return Math.sqrt(Math.max(product, 0.0)) / (2.0 * parentMass);
    }

    /**
     * Boosts {@code restFrame}, given in the parent's rest frame, to the frame in which the parent has
     * four-momentum {@code parent}: with P the parent's three-momentum, E its energy and M its mass,
     * p' = p + P ((P.p) / (M (E + M)) + e / M) and e' = (E e + P.p) / M.
     */
    static FourVector boost(FourVector restFrame, FourVector parent, double parentMass) {
        double dot = parent.px() * restFrame.px() + parent.py() * restFrame.py() + parent.pz() * restFrame.pz();
        double factor = dot / (parentMass * (parent.e() + parentMass)) + restFrame.e() / parentMass;
        return new FourVector(
                restFrame.px() + factor * parent.px(),
                restFrame.py() + factor * parent.py(),
                restFrame.pz() + factor * parent.pz(),
                (parent.e() * restFrame.e() + dot) / parentMass);
    }
}
