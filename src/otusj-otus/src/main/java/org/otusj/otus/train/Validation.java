package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.otusj.core.random.Seeds;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.StochasticGenerator;

/**
 * Scores the model on the held-out samples after each epoch, in inference mode, with noise and
 * directions from a fixed seed so that scores of different epochs differ only through the parameters.
 */
final class Validation {

    /** Directions of the validation sliced-Wasserstein distances, as in the paper's evaluation. */
    private static final int SLICES = 1000;
    private static final long VALIDATION_SEED_OFFSET = 0x76616c6964L;

    private final OtusModel model;
    private final TrainingSettings settings;

    Validation(OtusModel model, TrainingSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    ValidationResult evaluate(int epoch, double[][] zRows, double[][] xRows, long seed) {
        StochasticGenerator encoder = model.encoder();
        StochasticGenerator decoder = model.decoder();
        long fixed = Seeds.mix(seed + VALIDATION_SEED_OFFSET);
        model.manager().getEngine().setRandomSeed((int) (fixed ^ (fixed >>> 32)));

        try (NDManager scope = model.manager().newSubManager()) {
            int nz = zRows.length;
            int nx = xRows.length;
            NDArray z = scope.create(Batches.flatten(zRows), new Shape(nz, zRows[0].length));
            NDArray x = scope.create(Batches.flatten(xRows), new Shape(nx, xRows[0].length));

            NDArray zTilde = encoder.sample(x, noise(scope, encoder, nx));
            NDArray xTilde = decoder.sample(zTilde, noise(scope, decoder, nx));
            NDArray xPrime = decoder.sample(z, noise(scope, decoder, nz));

            NDArray squared = x.sub(xTilde).square().sum(new int[] {1});
            double data;
            if (decoder.spec().restricted()) {
                NDArray mask = decoder.validity(xTilde).toType(DataType.FLOAT32, false);
                double validFraction = decoder.validity(xPrime).toType(DataType.FLOAT32, false).mean().getFloat();
                data = validFraction > 0 ? squared.mul(mask).sum().getFloat() / (nx * validFraction) : Double.NaN;
            } else {
                data = squared.mean().getFloat();
            }

            int n = Math.min(nz, nx);
            NDArray latentDirections = SlicedWassersteinLoss.randomDirections(scope, (int) z.getShape().get(1), SLICES);
            double latent = SlicedWassersteinLoss.distance(head(z, n), head(zTilde, n), latentDirections).getFloat();

            NDArray accepted = xPrime.get(decoder.validity(xPrime));
            int m = (int) Math.min(accepted.getShape().get(0), nx);
            double decoderDistance = Double.NaN;
            if (m >= 2) {
                NDArray directions = SlicedWassersteinLoss.randomDirections(scope, (int) x.getShape().get(1), SLICES);
                decoderDistance = SlicedWassersteinLoss.distance(head(x, m), head(accepted, m), directions).getFloat();
            }

            double score = data + settings.lambda() * latent + decoderDistance;
            return new ValidationResult(epoch, data, latent, decoderDistance, score);
        }
    }

    private static NDArray head(NDArray rows, int count) {
        return rows.get(new NDIndex("0:" + count));
    }

    private static NDArray noise(NDManager scope, StochasticGenerator generator, int rows) {
        return scope.randomNormal(new Shape(rows, generator.spec().noiseDimension()));
    }
}
