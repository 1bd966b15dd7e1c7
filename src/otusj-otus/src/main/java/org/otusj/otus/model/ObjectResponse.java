package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;

/**
 * The core step of a per-object generator ({@link ResidualMode#perObject()}): every object of an event is
 * scaled by its own response exp(s), s = 2 tanh(f / 2) with f = f(t, |eta|, n), t = 2 tanh(ln(|p| / 50 GeV) / 2)
 * and n one standard normal draw per object. One network serves all objects, so electrons and positrons share
 * a response, as they do in a charge-symmetric detector.
 *
 * <p>With {@link ResidualMode#RESPONSE_TAIL} the network gives three values per object, a core value c, a
 * shift d and a tail score q, and a second standard normal draw m per object decides whether the shift
 * applies: f = c + w d with w = sigmoid((q + Q - m) / tau), Q = {@value #TAIL_OFFSET} and
 * tau = {@value #TAIL_EDGE}. For tau towards 0 the shift applies to a share Phi(q + Q) of the objects; the
 * soft edge lets gradients reach q. With q = 0, as after the zero start of the last layer, that share is
 * 2.3 %.
 */
final class ObjectResponse {

    /** Inputs of the response network per object: saturated log momentum t, |eta| and the noise draw. */
    static final int FEATURES = 3;

    /**
     * Offset Q of the tail score: the tail starts as the objects whose draw m lies below -2 standard
     * deviations, a share small enough that the core learns first.
     */
    static final double TAIL_OFFSET = -2;

    /** Width tau of the soft edge between core and tail, in units of the standard normal draw m. */
    static final double TAIL_EDGE = 0.1;

    /** Momentum in GeV that the log-momentum feature is measured against, about an electron's from a Z at rest. */
    private static final double REFERENCE_MOMENTUM = 50;

    private ObjectResponse() {
    }

    /** Returns the number of network outputs per object: 3 with a tail, else 1. */
    static int outputs(ResidualMode residual) {
        return residual == ResidualMode.RESPONSE_TAIL ? 3 : 1;
    }

    /**
     * Scales each object's three-momentum by its response.
     *
     * @param core the response network, [rows, FEATURES] to [rows, 1], or to [rows, 3] with a tail
     * @param momenta [batch, 3K] input three-momenta in GeV
     * @param noise [batch, K] standard normal draws n, or [batch, 2K] with a tail: the K draws n, then the K
     *     draws m
     * @param tail true for {@link ResidualMode#RESPONSE_TAIL}
     * @param training true while training (passed on to the network)
     * @return [batch, 3K] output three-momenta in GeV, with the directions of the input
     */
    static NDArray apply(Network core, NDArray momenta, NDArray noise, long batch, int slots, boolean tail,
            boolean training) {
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

        NDArray draws = tail ? noise.get(new NDIndex(":, 0:" + slots)) : noise;
        NDArray features = NDArrays.stack(new NDList(logMomentum, absEta, draws.reshape(rows)), 1);
        NDArray f = core.forward(features, training);
        if (tail) {
            f = withTail(f, noise.get(new NDIndex(":, " + slots + ":")).reshape(rows, 1));
        }

        // s = 2 tanh(f / 2) is f for small f and keeps the factor exp(s) between e^-2 and e^2, however far
        // an early training step throws the network.
        NDArray s = GraphScalars.times(GraphScalars.times(f, 0.5).tanh(), 2);
        return p.mul(s.exp()).reshape(batch, 3L * slots);
    }

    /**
     * Computes f = c + w d from the network outputs [c, d, q] per row and the tail draws m.
     *
     * @param outputs [rows, 3]
     * @param tailDraws [rows, 1] standard normal draws m
     * @return [rows, 1]
     */
    private static NDArray withTail(NDArray outputs, NDArray tailDraws) {
        NDArray centre = outputs.get(new NDIndex(":, 0:1"));
        NDArray shift = outputs.get(new NDIndex(":, 1:2"));
        NDArray score = outputs.get(new NDIndex(":, 2:3"));
        // m - Q needs no gradient, so a plain scalar is safe here (GraphScalars explains the risk).
        NDArray threshold = tailDraws.sub(TAIL_OFFSET);
        NDArray weight = Activation.sigmoid(GraphScalars.dividedBy(score.sub(threshold), TAIL_EDGE));
        return centre.add(shift.mul(weight));
    }
}
