package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/**
 * The core step of a {@link ResidualMode#RESPONSE} generator: every object of an event is scaled by its
 * own response exp(s), s = 2 tanh(f / 2) with f = f(t, |eta|, n), t = 2 tanh(ln(|p| / 50 GeV) / 2) and n
 * one standard normal draw per object. One network f serves all objects, so electrons and positrons share a response, as
 * they do in a charge-symmetric detector.
 */
final class ObjectResponse {

    /** Inputs of the response network per object: saturated log momentum t, |eta| and the noise draw. */
    static final int FEATURES = 3;

    /** Momentum in GeV that the log-momentum feature is measured against, about an electron's from a Z at rest. */
    private static final double REFERENCE_MOMENTUM = 50;

    private ObjectResponse() {
    }

    /**
     * Scales each object's three-momentum by its response.
     *
     * @param core the response network, [rows, FEATURES] to [rows, 1]
     * @param momenta [batch, 3K] input three-momenta in GeV
     * @param noise [batch, K] standard normal draws
     * @param training true while training (passed on to the network)
     * @return [batch, 3K] output three-momenta in GeV, with the directions of the input
     */
    static NDArray apply(Network core, NDArray momenta, NDArray noise, long batch, int slots, boolean training) {
        long rows = batch * slots;
        NDArray p = momenta.reshape(rows, 3);
        NDArray magnitude = p.square().sum(new int[] {1}).add(1e-12f).sqrt();
        // The feature saturates: 2 tanh(ln(|p| / 50 GeV) / 2) follows ln(|p| / 50 GeV) from about 15 to 150 GeV
        // and levels off beyond about 7 and 370 GeV. A few hundred training events constrain those tails weakly,
        // and an unbounded feature let the response there drift far from the one learned nearer the peak.
        NDArray logMomentum = GraphScalars.times(
                GraphScalars.times(GraphScalars.dividedBy(magnitude, REFERENCE_MOMENTUM).log(), 0.5).tanh(), 2);

        // |eta| = 0.5 ln((|p| + |pz|) / (|p| - |pz|)); the floor keeps an object along the beam finite.
        NDArray pz = p.get(new NDIndex(":, 2")).abs();
        NDArray denominator = magnitude.sub(pz).maximum(GraphScalars.times(magnitude, 1e-6));
        NDArray absEta = GraphScalars.times(magnitude.add(pz).div(denominator).log(), 0.5);

        NDArray features = NDArrays.stack(new NDList(logMomentum, absEta, noise.reshape(rows)), 1);
        // s = 2 tanh(f / 2) is f for small f and keeps the factor exp(s) between e^-2 and e^2, however far
        // an early training step throws the network.
        NDArray s = GraphScalars.times(GraphScalars.times(core.forward(features, training), 0.5).tanh(), 2);
        return p.mul(s.exp()).reshape(batch, 3L * slots);
    }
}
