package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.otusj.otus.model.GraphScalars;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.StochasticGenerator;

/**
 * The loss of one batch and its gradients, for each kind of phase:
 *
 * <pre>
 *   JOINT       L = data + lambda SW(Z, E(X)) + beta_E mean c_A(x, E(x)) + beta_D mean c_A(z, D(z))
 *                   + w_pair (mean |x_p - D(z_p)|^2 + mean |z_p - E(x_p)|^2)
 *   ENCODER_SW  L = SW(Z, E(X))
 *   DECODER_SW  L = SW(X, valid D(Z))
 * </pre>
 *
 * with data = mean over the batch of 1_S(x~) |x - x~|^2 / P_D(S), x~ = D(E(x)), and c_A(u, v) = 1 - cos of
 * the angle between the anchor particle's three-momenta in u and v. For an unrestricted decoder 1_S = 1
 * and P_D(S) = 1; for a restricted one, P_D(S) is the valid share of D(z) over the batch's z, estimated
 * without gradients. SW uses fresh random unit directions for every batch. With
 * {@link SliceLoss#debiased()} the ENCODER_SW and DECODER_SW phases use the debiased SW of
 * {@link DebiasedDistance}; JOINT keeps the plain one.
 */
final class TrainingStep {

    private final OtusModel model;
    private final TrainingSettings settings;

    TrainingStep(OtusModel model, TrainingSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /**
     * Computes the loss of one batch and back-propagates it; the caller applies the optimiser. Returns
     * null, without gradients, when a decoder-only step finds fewer than two valid decoder outputs.
     */
    LossTerms run(TrainingPhase phase, float[] xBatch, float[] zBatch, int batch, PairedBatch pairs) {
        StochasticGenerator encoder = model.encoder();
        StochasticGenerator decoder = model.decoder();
        int zDimension = encoder.spec().outputLayout().dimension();
        int xDimension = decoder.spec().outputLayout().dimension();

        try (NDManager scope = model.manager().newSubManager()) {
            NDArray x = scope.create(xBatch, new Shape(batch, xDimension));
            NDArray z = scope.create(zBatch, new Shape(batch, zDimension));
            double validFraction = decoder.spec().restricted() && phase.kind() == PhaseKind.JOINT
                    ? validFraction(scope, decoder, z, batch) : 1.0;

            try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
                LossTerms terms;
                NDArray loss;
                switch (phase.kind()) {
                    case JOINT -> {
                        Joint joint = joint(scope, phase, x, z, batch, validFraction, pairs);
                        loss = joint.loss;
                        terms = joint.terms;
                    }
                    case ENCODER_SW -> {
                        NDArray zTilde = encoder.sample(x, noise(scope, encoder, batch), true);
                        loss = generatorDistance(scope, z, zTilde);
                        double latent = loss.getFloat();
                        terms = new LossTerms(0, latent, 0, 0, 0, 0, 1, latent);
                    }
                    case DECODER_SW -> {
                        NDArray xPrime = decoder.sample(z, noise(scope, decoder, batch), true);
                        NDArray valid = decoder.validity(xPrime);
                        long count = valid.toType(DataType.INT64, false).sum().getLong();
                        if (count < 2) {
                            return null;
                        }
                        NDArray accepted = xPrime.get(valid);
                        NDArray reference = x.get(new NDIndex("0:" + count));
                        loss = generatorDistance(scope, reference, accepted);
                        double value = loss.getFloat();
                        terms = new LossTerms(0, 0, value, 0, 0, 0, (double) count / batch, value);
                    }
                    default -> throw new IllegalStateException("unknown phase kind " + phase.kind());
                }
                collector.backward(loss);
                return terms;
            }
        }
    }

    private record Joint(NDArray loss, LossTerms terms) {
    }

    private Joint joint(NDManager scope, TrainingPhase phase, NDArray x, NDArray z, int batch, double validFraction,
            PairedBatch pairs) {
        StochasticGenerator encoder = model.encoder();
        StochasticGenerator decoder = model.decoder();

        NDArray zTilde = encoder.sample(x, noise(scope, encoder, batch), true);
        NDArray xTilde = decoder.sample(zTilde, noise(scope, decoder, batch), true);
        NDArray squared = x.sub(xTilde).square().sum(new int[] {1});
        NDArray data;
        if (decoder.spec().restricted()) {
            NDArray mask = decoder.validity(xTilde).toType(DataType.FLOAT32, false);
            // With no valid sample in the prior batch the term carries no information; it is left out.
            data = validFraction > 0 ? GraphScalars.dividedBy(squared.mul(mask).sum(), batch * validFraction)
                    : GraphScalars.times(squared.sum(), 0);
        } else {
            data = squared.mean();
        }

        NDArray latent = slicedWasserstein(scope, z, zTilde);
        NDArray loss = data.add(GraphScalars.times(latent, settings.lambda()));

        double anchorEncoder = 0;
        double anchorDecoder = 0;
        if (phase.betaEncoder() > 0) {
            NDArray cost = anchorCost(x, zTilde, null);
            loss = loss.add(GraphScalars.times(cost, phase.betaEncoder()));
            anchorEncoder = cost.getFloat();
        }
        if (phase.betaDecoder() > 0) {
            NDArray xPrime = decoder.sample(z, noise(scope, decoder, batch), true);
            NDArray mask = decoder.spec().restricted() ? decoder.validity(xPrime).toType(DataType.FLOAT32, false) : null;
            NDArray cost = anchorCost(z, xPrime, mask);
            loss = loss.add(GraphScalars.times(cost, phase.betaDecoder()));
            anchorDecoder = cost.getFloat();
        }

        double paired = 0;
        if (pairs != null) {
            NDArray pairedLoss = pairedLoss(scope, pairs);
            loss = loss.add(GraphScalars.times(pairedLoss, settings.pairedWeight()));
            paired = pairedLoss.getFloat();
        }

        LossTerms terms = new LossTerms(data.getFloat(), latent.getFloat(), 0, anchorEncoder, anchorDecoder, paired,
                validFraction, loss.getFloat());
        return new Joint(loss, terms);
    }

    /** mean |x_p - D(z_p)|^2 + mean |z_p - E(x_p)|^2 over the given pairs, in GeV^2. */
    private NDArray pairedLoss(NDManager scope, PairedBatch pairs) {
        StochasticGenerator encoder = model.encoder();
        StochasticGenerator decoder = model.decoder();
        int zDimension = encoder.spec().outputLayout().dimension();
        int xDimension = decoder.spec().outputLayout().dimension();
        NDArray pz = scope.create(pairs.z(), new Shape(pairs.count(), zDimension));
        NDArray px = scope.create(pairs.x(), new Shape(pairs.count(), xDimension));

        NDArray decoded = decoder.sample(pz, noise(scope, decoder, pairs.count()), true);
        NDArray encoded = encoder.sample(px, noise(scope, encoder, pairs.count()), true);
        NDArray decoderTerm = px.sub(decoded).square().sum(new int[] {1}).mean();
        NDArray encoderTerm = pz.sub(encoded).square().sum(new int[] {1}).mean();
        return decoderTerm.add(encoderTerm);
    }

    /** The valid share of D(z) over the batch, without gradients and in inference mode. */
    private static double validFraction(NDManager scope, StochasticGenerator decoder, NDArray z, int batch) {
        NDArray prior = decoder.sample(z, noise(scope, decoder, batch), false);
        return decoder.validity(prior).toType(DataType.FLOAT32, false).mean().getFloat();
    }

    /**
     * Computes the distance of a generator-only phase between a reference batch and the generator's
     * output, debiased ({@link DebiasedDistance}) when the slice settings request it.
     */
    private NDArray generatorDistance(NDManager scope, NDArray reference, NDArray generated) {
        if (!settings.sliceLoss().debiased()) {
            return slicedWasserstein(scope, reference, generated);
        }
        NDArray directions = directions(scope, reference);
        return DebiasedDistance.of(reference, generated, batch -> sortedSlices(batch, directions), this::distance);
    }

    private NDArray slicedWasserstein(NDManager scope, NDArray a, NDArray b) {
        SlicedWassersteinLoss.requireEqualSizes(a, b);
        NDArray directions = directions(scope, a);
        return distance(sortedSlices(a, directions), sortedSlices(b, directions));
    }

    /** Draws fresh random directions for the linear slices, or returns null when they have no weight. */
    private NDArray directions(NDManager scope, NDArray batch) {
        if (settings.sliceLoss().linearWeight() == 0) {
            return null;
        }
        return SlicedWassersteinLoss.randomDirections(scope, (int) batch.getShape().get(1), settings.slices());
    }

    /** Sorted values of one batch on every slice: linear (null without directions) and mass (null without weight). */
    private record SortedSlices(NDArray linear, NDArray mass) {
    }

    private SortedSlices sortedSlices(NDArray batch, NDArray directions) {
        SliceLoss slices = settings.sliceLoss();
        NDArray linear = directions == null ? null : SlicedWassersteinLoss.sortedProjections(batch, directions);
        NDArray mass = slices.massWeight() == 0 ? null
                : MassSlice.sorted(batch, slices.massGroups(), slices.massCentre(), slices.massWidth(),
                        slices.massTopWidth());
        return new SortedSlices(linear, mass);
    }

    /** Computes the weighted sum of the linear and mass slice distances of two equal-sized batches, GeV^2. */
    private NDArray distance(SortedSlices a, SortedSlices b) {
        SliceLoss slices = settings.sliceLoss();
        NDArray distance = null;
        if (a.linear() != null) {
            distance = a.linear().sub(b.linear()).square().mean();
            if (slices.linearWeight() != 1) {
                distance = GraphScalars.times(distance, slices.linearWeight());
            }
        }
        if (a.mass() != null) {
            NDArray mass = GraphScalars.times(a.mass().sub(b.mass()).square().mean(), slices.massWeight());
            distance = distance == null ? mass : distance.add(mass);
        }
        return distance;
    }

    /**
     * Mean of 1 - cos(angle) between the anchor slot's three-momenta in {@code u} and {@code v}, over the
     * rows where {@code mask} is 1 (all rows when null).
     */
    private NDArray anchorCost(NDArray u, NDArray v, NDArray mask) {
        int from = 4 * settings.anchorSlot();
        NDIndex momentum = new NDIndex(":, " + from + ":" + (from + 3));
        NDArray pu = u.get(momentum);
        NDArray pv = v.get(momentum);
        NDArray dot = pu.mul(pv).sum(new int[] {1});
        NDArray norms = pu.square().sum(new int[] {1}).mul(pv.square().sum(new int[] {1})).sqrt();
        norms = GraphScalars.atLeast(norms, 1e-12);
        NDArray cost = dot.div(norms).neg().add(1f);
        if (mask == null) {
            return cost.mean();
        }
        return cost.mul(mask).sum().div(GraphScalars.atLeast(mask.sum(), 1));
    }

    private static NDArray noise(NDManager scope, StochasticGenerator generator, int rows) {
        return scope.randomNormal(new Shape(rows, generator.spec().noiseDimension()));
    }
}
