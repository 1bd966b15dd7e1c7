package org.otusj.otus.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.otusj.core.random.Seeds;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.model.GeneratorSpec;
import org.otusj.otus.model.ModelMetadata;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.Standardization;
import org.otusj.otus.model.StochasticGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an OTUS model on unpaired samples of z (parton level) and x (detector level) by minimising,
 * with Adam,
 *
 * <pre>
 *   L = mean |x - D(E(x))|^2 + lambda SW(Z, E(X)) + beta_E mean c_A(x, E(x)) + beta_D mean c_A(z, D(z))
 * </pre>
 *
 * where SW is the sliced-Wasserstein distance over L random directions, drawn anew for every batch, and
 * c_A(u, v) = 1 - cos(angle between the anchor particle's three-momenta in u and v). The anchor weights
 * are on for the first {@code epochsWithAnchor} epochs and 0 afterwards. An epoch is one pass over the x
 * sample in batches of M, each paired with M z drawn without replacement (no event pairing is used).
 * Method: J. N. Howard, S. Mandt, D. Whiteson, Y. Yang, Sci. Rep. 12, 7567 (2022), arXiv:2101.08944.
 */
public final class OtusTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(OtusTrainer.class);

    private final TrainingSettings settings;
    private IntConsumer epochListener = epoch -> { };

    public OtusTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /** Registers a callback run after every epoch (for progress or tests). */
    public void onEpoch(IntConsumer listener) {
        this.epochListener = listener;
    }

    /**
     * Builds and trains a model.
     *
     * @param study study layout name stored in the metadata
     * @param zLayout layout of the z rows
     * @param xLayout layout of the x rows
     * @param z parton-level sample, rows of zLayout in GeV
     * @param x detector-level sample, rows of xLayout in GeV
     * @return the trained model; the caller closes it
     */
    public OtusModel train(String study, VectorLayout zLayout, VectorLayout xLayout, double[][] z, double[][] x) {
        checkSample("z", z, zLayout);
        checkSample("x", x, xLayout);
        int batch = Math.min(settings.batchSize(), Math.min(z.length, x.length));
        if (batch < 2) {
            throw new IllegalArgumentException("training needs at least 2 events in each sample, found " + z.length
                    + " z and " + x.length + " x events");
        }

        GeneratorSpec encoderSpec = new GeneratorSpec("encoder", xLayout, zLayout, settings.hiddenUnits(),
                Standardization.fit(x, Standardization.allColumns(xLayout.dimension())),
                Standardization.fit(z, GeneratorSpec.momentumColumns(zLayout)), settings.residual());
        GeneratorSpec decoderSpec = new GeneratorSpec("decoder", zLayout, xLayout, settings.hiddenUnits(),
                Standardization.fit(z, Standardization.allColumns(zLayout.dimension())),
                Standardization.fit(x, GeneratorSpec.momentumColumns(xLayout)), settings.residual());

        NDManager manager = NDManager.newBaseManager();
        try {
            SplittableRandom random = new SplittableRandom(settings.seed());
            StochasticGenerator encoder = StochasticGenerator.create(manager, encoderSpec, random.split());
            StochasticGenerator decoder = StochasticGenerator.create(manager, decoderSpec, random.split());
            OtusModel model = new OtusModel(manager, encoder, decoder, null);

            TrainingSummary summary = runEpochs(model, z, x, batch, random);
            model.setMetadata(new ModelMetadata(ModelMetadata.FORMAT, ModelMetadata.FORMAT_VERSION, study,
                    Instant.now().toString(), OtusTrainer.class.getPackage().getImplementationVersion(), encoderSpec,
                    decoderSpec, ModelMetadata.CONDITIONAL_NOISE, settings, summary,
                    OtusModel.parameterNames(encoderSpec, decoderSpec)));
            return model;
        } catch (RuntimeException failure) {
            manager.close();
            throw failure;
        }
    }

    private TrainingSummary runEpochs(OtusModel model, double[][] z, double[][] x, int batch, SplittableRandom random) {
        List<NDArray> parameters = model.parameters();
        for (NDArray parameter : parameters) {
            parameter.setRequiresGradient(true);
        }
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) settings.learningRate())).build();
        model.manager().getEngine().setRandomSeed((int) Seeds.mix(settings.seed()));

        int[] xOrder = identity(x.length);
        int[] zOrder = identity(z.length);
        int zCursor = z.length;
        int stepsPerEpoch = x.length / batch;
        long steps = 0;
        LossTerms first = null;
        LossTerms last = null;
        long start = System.nanoTime();
        LOG.info("Training on {} z and {} x events: {} epochs of {} steps with batch size {}, L = {} slices", z.length,
                x.length, settings.epochs(), stepsPerEpoch, batch, settings.slices());

        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            boolean anchored = epoch < settings.epochsWithAnchor();
            shuffle(xOrder, random);
            LossTerms epochSum = new LossTerms(0, 0, 0, 0, 0);

            for (int step = 0; step < stepsPerEpoch; step++) {
                if (zCursor + batch > z.length) {
                    shuffle(zOrder, random);
                    zCursor = 0;
                }
                float[] xBatch = gather(x, xOrder, step * batch, batch);
                float[] zBatch = gather(z, zOrder, zCursor, batch);
                zCursor += batch;

                LossTerms terms = step(model, parameters, adam, xBatch, zBatch, batch, anchored);
                if (!terms.isFinite()) {
                    throw new TrainingException("training diverged at epoch " + epoch + ", batch " + step + ": " + terms
                            + ". Lower LearningRate or check the input samples for extreme values.");
                }
                epochSum = epochSum.plus(terms);
                steps++;
            }

            LossTerms mean = epochSum.divide(stepsPerEpoch);
            if (first == null) {
                first = mean;
            }
            last = mean;
            logEpoch(epoch, mean, start);
            epochListener.accept(epoch);
        }

        for (NDArray parameter : parameters) {
            parameter.setRequiresGradient(false);
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        LOG.info("Training finished: {} epochs, {} steps in {} s; last epoch {}", settings.epochs(), steps,
                String.format("%.1f", seconds), last);
        return new TrainingSummary(z.length, x.length, settings.epochs(), steps, seconds, first, last);
    }

    private LossTerms step(OtusModel model, List<NDArray> parameters, Optimizer adam, float[] xBatch, float[] zBatch,
            int batch, boolean anchored) {
        StochasticGenerator encoder = model.encoder();
        StochasticGenerator decoder = model.decoder();
        int zDimension = encoder.spec().outputLayout().dimension();
        int xDimension = decoder.spec().outputLayout().dimension();

        try (NDManager scope = model.manager().newSubManager()) {
            NDArray x = scope.create(xBatch, new Shape(batch, xDimension));
            NDArray z = scope.create(zBatch, new Shape(batch, zDimension));
            LossTerms terms;

            try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
                NDArray zTilde = encoder.sample(x, scope.randomNormal(new Shape(batch, encoder.spec().noiseDimension())));
                NDArray xTilde = decoder.sample(zTilde, scope.randomNormal(new Shape(batch, decoder.spec().noiseDimension())));

                NDArray data = x.sub(xTilde).square().sum(new int[] {1}).mean();
                NDArray directions = SlicedWassersteinLoss.randomDirections(scope, zDimension, settings.slices());
                NDArray latent = SlicedWassersteinLoss.distance(z, zTilde, directions);
                NDArray loss = data.add(latent.mul((float) settings.lambda()));

                double anchorEncoder = 0;
                double anchorDecoder = 0;
                if (anchored && settings.betaEncoder() > 0) {
                    NDArray cost = anchorCost(x, zTilde);
                    loss = loss.add(cost.mul((float) settings.betaEncoder()));
                    anchorEncoder = cost.getFloat();
                }
                if (anchored && settings.betaDecoder() > 0) {
                    NDArray xPrime = decoder.sample(z, scope.randomNormal(new Shape(batch, decoder.spec().noiseDimension())));
                    NDArray cost = anchorCost(z, xPrime);
                    loss = loss.add(cost.mul((float) settings.betaDecoder()));
                    anchorDecoder = cost.getFloat();
                }

                collector.backward(loss);
                terms = new LossTerms(data.getFloat(), latent.getFloat(), anchorEncoder, anchorDecoder, loss.getFloat());
            }

            update(parameters, adam);
            return terms;
        }
    }

    /** Mean of 1 - cos(angle) between the anchor slot's three-momenta in {@code u} and {@code v}. */
    private NDArray anchorCost(NDArray u, NDArray v) {
        int from = 4 * settings.anchorSlot();
        NDIndex momentum = new NDIndex(":, " + from + ":" + (from + 3));
        NDArray pu = u.get(momentum);
        NDArray pv = v.get(momentum);
        NDArray dot = pu.mul(pv).sum(new int[] {1});
        NDArray norms = pu.square().sum(new int[] {1}).mul(pv.square().sum(new int[] {1})).sqrt().maximum(1e-12f);
        return dot.div(norms).neg().add(1f).mean();
    }

    private static void update(List<NDArray> parameters, Optimizer adam) {
        for (int i = 0; i < parameters.size(); i++) {
            NDArray parameter = parameters.get(i);
            try (NDArray gradient = parameter.getGradient()) {
                adam.update("p" + i, parameter, gradient);
                // PyTorch accumulates gradients: clear them for the next step.
                gradient.muli(0f);
            }
        }
    }

    private void logEpoch(int epoch, LossTerms mean, long start) {
        boolean report = epoch == 0 || epoch + 1 == settings.epochs() || (epoch + 1) % Math.max(1, settings.epochs() / 20) == 0
                || epoch + 1 == settings.epochsWithAnchor();
        if (report) {
            LOG.info("epoch {}/{} ({} s): {}", epoch + 1, settings.epochs(),
                    String.format("%.1f", (System.nanoTime() - start) * 1e-9), mean);
        }
    }

    private static void checkSample(String name, double[][] rows, VectorLayout layout) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != layout.dimension()) {
                throw new IllegalArgumentException(name + " row " + i + " has " + rows[i].length + " numbers, layout "
                        + layout.name() + " needs " + layout.dimension());
            }
            for (double value : rows[i]) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(name + " row " + i + " holds a non-finite value: " + value);
                }
            }
        }
    }

    private static float[] gather(double[][] rows, int[] order, int from, int count) {
        int dimension = rows[0].length;
        float[] out = new float[count * dimension];
        for (int r = 0; r < count; r++) {
            double[] row = rows[order[from + r]];
            for (int j = 0; j < dimension; j++) {
                out[r * dimension + j] = (float) row[j];
            }
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
