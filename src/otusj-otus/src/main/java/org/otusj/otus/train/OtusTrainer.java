package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.otusj.core.random.Seeds;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.model.AtomicDirectory;
import org.otusj.otus.model.GeneratorSpec;
import org.otusj.otus.model.ModelMetadata;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.Standardization;
import org.otusj.otus.model.StochasticGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains an OTUS model on unpaired samples of z (parton level) and x (detector level), following
 * J. N. Howard, S. Mandt, D. Whiteson, Y. Yang, Sci. Rep. 12, 7567 (2022), arXiv:2101.08944.
 *
 * <p>The schedule is a list of {@link TrainingPhase}s; {@link TrainingStep} defines what each minimises.
 * An epoch is one pass over the x training sample in batches of M, each paired with M z drawn without
 * replacement; no event pairing is used unless pairs are given explicitly (semi-supervised).
 *
 * <p>Reproducibility: every epoch draws its batch order, augmentation, noise and slice directions from
 * seeds derived from the training seed and the epoch number, so the same seed gives the same model on a
 * CPU, and a run resumed from a checkpoint continues exactly as the uninterrupted run would have.
 *
 * <p>With validation samples, every epoch is scored on them ({@link ValidationResult}) and the model of
 * the best epoch is kept. Checkpoints go to a directory every {@code checkpointInterval} epochs and are
 * deleted when training completes.
 */
public final class OtusTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(OtusTrainer.class);
    private static final long EPOCH_GAMMA = 0x9e3779b97f4a7c15L;

    private final TrainingSettings settings;
    private IntConsumer epochListener = epoch -> { };
    private Path checkpointDirectory;
    private boolean resume;

    public OtusTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /** Registers a callback run after every epoch (for progress or tests). */
    public void onEpoch(IntConsumer listener) {
        this.epochListener = listener;
    }

    /**
     * Enables checkpoints in {@code directory}; with {@code resume}, training continues from the checkpoint
     * found there (if any) instead of starting over.
     */
    public void checkpointing(Path directory, boolean resumeFromCheckpoint) {
        this.checkpointDirectory = directory;
        this.resume = resumeFromCheckpoint;
    }

    /** Builds and trains a model on unpaired samples without validation. */
    public OtusModel train(String study, VectorLayout zLayout, VectorLayout xLayout, double[][] z, double[][] x) {
        return train(study, zLayout, xLayout, TrainingData.of(z, x));
    }

    /**
     * Builds and trains a model.
     *
     * @param study study layout name stored in the metadata
     * @param zLayout layout of the z rows
     * @param xLayout layout of the x rows
     * @param data training, validation and paired samples
     * @return the trained model (the best epoch's parameters when validating); the caller closes it
     */
    public OtusModel train(String study, VectorLayout zLayout, VectorLayout xLayout, TrainingData data) {
        checkSample("z", data.zTrain(), zLayout);
        checkSample("x", data.xTrain(), xLayout);
        checkSample("validation z", data.zValidation(), zLayout);
        checkSample("validation x", data.xValidation(), xLayout);
        checkSample("paired z", data.pairZ(), zLayout);
        checkSample("paired x", data.pairX(), xLayout);
        // With augmentation a z batch may hold more events than the z sample: repeated events enter with
        // different rotations and reflections. Without it the batch is capped at the smaller sample.
        int zCap = settings.augment() ? Integer.MAX_VALUE : data.zTrain().length;
        int batch = Math.min(settings.batchSize(), Math.min(zCap, data.xTrain().length));
        if (batch < 2) {
            throw new IllegalArgumentException("training needs at least 2 events in each sample, found "
                    + data.zTrain().length + " z and " + data.xTrain().length + " x events");
        }

        GeneratorSettings e = settings.encoder();
        GeneratorSettings d = settings.decoder();
        GeneratorSpec encoderSpec = new GeneratorSpec("encoder", xLayout, zLayout, e.architecture(), e.noise(),
                e.hiddenUnits(), e.residual(), Standardization.fit(data.xTrain(), Standardization.allColumns(xLayout.dimension())),
                Standardization.fit(data.zTrain(), GeneratorSpec.momentumColumns(zLayout)), null);
        GeneratorSpec decoderSpec = new GeneratorSpec("decoder", zLayout, xLayout, d.architecture(), d.noise(),
                d.hiddenUnits(), d.residual(), Standardization.fit(data.zTrain(), Standardization.allColumns(zLayout.dimension())),
                Standardization.fit(data.xTrain(), GeneratorSpec.momentumColumns(xLayout)), settings.decoderMinimumPt());

        NDManager manager = NDManager.newBaseManager();
        try {
            SplittableRandom initialisation = new SplittableRandom(settings.seed());
            StochasticGenerator encoder = StochasticGenerator.create(manager, encoderSpec, initialisation.split());
            StochasticGenerator decoder = StochasticGenerator.create(manager, decoderSpec, initialisation.split());
            OtusModel model = new OtusModel(manager, encoder, decoder, null);

            TrainingSummary summary = new Run(model, data, batch).execute();
            model.setMetadata(new ModelMetadata(ModelMetadata.FORMAT, ModelMetadata.FORMAT_VERSION, study,
                    Instant.now().toString(), OtusTrainer.class.getPackage().getImplementationVersion(), encoderSpec,
                    decoderSpec, settings, summary, model.arrayNames(), null));
            return model;
        } catch (IOException failure) {
            manager.close();
            throw new TrainingException("checkpoint failed: " + failure.getMessage());
        } catch (RuntimeException failure) {
            manager.close();
            throw failure;
        }
    }

    /** The state of one training run. */
    private final class Run {

        private final OtusModel model;
        private final TrainingData data;
        private final int batch;
        private final AdamOptimizer adam;
        private final TrainingStep step;
        private final Validation validation;
        private final List<ValidationResult> history = new ArrayList<>();
        private List<NDArray> bestArrays;
        private int bestEpoch = -1;
        private double bestScore = Double.POSITIVE_INFINITY;
        private long steps;
        private long skippedSteps;
        private double seconds;
        private LossTerms first;
        private LossTerms last;
        private int startEpoch;

        Run(OtusModel model, TrainingData data, int batch) {
            this.model = model;
            this.data = data;
            this.batch = batch;
            this.adam = new AdamOptimizer(model.manager(), model.parameters());
            this.step = new TrainingStep(model, settings);
            this.validation = new Validation(model, settings);
        }

        TrainingSummary execute() throws IOException {
            if (resume && checkpointDirectory != null && Checkpoint.exists(checkpointDirectory)) {
                restore();
            }
            int total = settings.epochs();
            LOG.info("Training on {} z and {} x events ({} and {} held out for validation, {} pairs): {} epochs of {} "
                    + "steps with batch size {}, L = {} slices", data.zTrain().length, data.xTrain().length,
                    data.zValidation().length, data.xValidation().length, data.pairZ().length, total,
                    data.xTrain().length / batch, batch, settings.slices());

            if (LOG.isDebugEnabled()) {
                LOG.debug("Training samples: z {}, x {}; initial parameters {}", ArrayChecksum.of(data.zTrain()),
                        ArrayChecksum.of(data.xTrain()), ArrayChecksum.of(model.arrays()));
            }

            long start = System.nanoTime();
            double secondsBefore = seconds;
            for (int epoch = startEpoch; epoch < total; epoch++) {
                TrainingPhase phase = phaseOf(epoch);
                LossTerms mean = runEpoch(epoch, phase);
                first = first == null ? mean : first;
                last = mean;
                seconds = secondsBefore + (System.nanoTime() - start) * 1e-9;

                ValidationResult result = null;
                if (data.hasValidation()) {
                    result = validation.evaluate(epoch, data.zValidation(), data.xValidation(), settings.seed());
                    history.add(result);
                    keepIfBest(result);
                }
                logEpoch(epoch, phase, mean, result);
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Parameters after epoch {}: {}", epoch + 1, ArrayChecksum.of(model.arrays()));
                }

                boolean checkpointDue = settings.checkpointInterval() > 0 && (epoch + 1) % settings.checkpointInterval() == 0;
                if (checkpointDirectory != null && checkpointDue && epoch + 1 < total) {
                    saveCheckpoint(epoch + 1);
                }
                epochListener.accept(epoch);
            }

            if (bestArrays != null) {
                copyArrays(bestArrays, model.arrays());
                model.parametersChanged();
                LOG.info("Keeping the parameters of epoch {} (best validation score {})", bestEpoch + 1,
                        String.format("%.4g", bestScore));
            } else {
                bestEpoch = total - 1;
            }
            if (checkpointDirectory != null) {
                AtomicDirectory.deleteTree(checkpointDirectory);
            }
            for (NDArray parameter : model.parameters()) {
                parameter.setRequiresGradient(false);
            }
            LOG.info("Training finished: {} epochs, {} steps in {} s; last epoch {}", total, steps,
                    String.format("%.1f", seconds), last);
            if (skippedSteps > 0) {
                LOG.warn("{} decoder-only steps were skipped because fewer than two decoder outputs were valid",
                        skippedSteps);
            }
            return new TrainingSummary(data.zTrain().length, data.xTrain().length, data.zValidation().length,
                    data.xValidation().length, data.pairZ().length, total, steps, seconds, first, last, bestEpoch,
                    history);
        }

        private LossTerms runEpoch(int epoch, TrainingPhase phase) {
            setTrainable(phase);
            long epochSeed = Seeds.mix(settings.seed() + EPOCH_GAMMA * (epoch + 1L));
            model.manager().getEngine().setRandomSeed((int) (epochSeed ^ (epochSeed >>> 32)));
            SplittableRandom random = new SplittableRandom(epochSeed);

            double[][] x = data.xTrain();
            double[][] z = data.zTrain();
            int[] xOrder = permutation(x.length, random);
            ZStream zStream = new ZStream(z.length, random);
            int stepsPerEpoch = x.length / batch;
            LossTerms sum = LossTerms.ZERO;
            int counted = 0;

            for (int b = 0; b < stepsPerEpoch; b++) {
                float[] xBatch = Batches.gather(x, xOrder, b * batch, batch);
                float[] zBatch = Batches.gather(z, zStream.next(batch), 0, batch);
                if (settings.augment()) {
                    Augmentation.apply(xBatch, batch, x[0].length / 4, random);
                    Augmentation.apply(zBatch, batch, z[0].length / 4, random);
                }
                PairedBatch pairs = pairedBatch(phase, random);

                LossTerms terms = step.run(phase, xBatch, zBatch, batch, pairs);
                if (terms == null) {
                    skippedSteps++;
                    continue;
                }
                if (!terms.isFinite()) {
                    throw new TrainingException("training diverged at epoch " + (epoch + 1) + ", batch " + (b + 1)
                            + " (phase " + phase.name() + "): " + terms
                            + ". Lower LearningRate or check the input samples for extreme values.");
                }
                update(phase);
                sum = sum.plus(terms);
                counted++;
                steps++;
            }
            return counted > 0 ? sum.divide(counted) : sum;
        }

        private PairedBatch pairedBatch(TrainingPhase phase, SplittableRandom random) {
            int available = data.pairZ().length;
            if (phase.kind() != PhaseKind.JOINT || available == 0 || settings.pairedWeight() == 0) {
                return null;
            }
            int count = Math.min(batch, available);
            int[] order = permutation(available, random);
            float[] pz = Batches.gather(data.pairZ(), order, 0, count);
            float[] px = Batches.gather(data.pairX(), order, 0, count);
            if (settings.augment()) {
                Augmentation.applyPaired(pz, px, count, data.pairZ()[0].length / 4, data.pairX()[0].length / 4, random);
            }
            return new PairedBatch(pz, px, count);
        }

        private void setTrainable(TrainingPhase phase) {
            for (NDArray parameter : model.encoder().parameters()) {
                parameter.setRequiresGradient(phase.trainsEncoder());
            }
            for (NDArray parameter : model.decoder().parameters()) {
                parameter.setRequiresGradient(phase.trainsDecoder());
            }
        }

        private void update(TrainingPhase phase) {
            List<NDArray> parameters = model.parameters();
            int encoderCount = model.encoder().parameters().size();
            for (int i = 0; i < parameters.size(); i++) {
                boolean trains = i < encoderCount ? phase.trainsEncoder() : phase.trainsDecoder();
                if (trains) {
                    adam.update(i, parameters.get(i), phase.learningRate());
                }
            }
            model.parametersChanged();
        }

        private void keepIfBest(ValidationResult result) {
            if (!(result.score() < bestScore)) {
                return;
            }
            bestScore = result.score();
            bestEpoch = result.epoch();
            if (bestArrays != null) {
                bestArrays.forEach(NDArray::close);
            }
            bestArrays = new ArrayList<>();
            for (NDArray array : model.arrays()) {
                NDArray copy = array.duplicate();
                copy.setRequiresGradient(false);
                bestArrays.add(copy);
            }
        }

        private void saveCheckpoint(int nextEpoch) throws IOException {
            CheckpointState state = new CheckpointState(nextEpoch, data.fingerprint(), settings.seed(), steps, seconds,
                    adam.steps(), bestEpoch, bestScore, first, last, history);
            Checkpoint.save(checkpointDirectory, state, model.arrays(), bestArrays, adam.state());
            LOG.info("Checkpoint after epoch {} written to {}", nextEpoch, checkpointDirectory);
        }

        private void restore() throws IOException {
            CheckpointState state = Checkpoint.readState(checkpointDirectory);
            if (state.dataFingerprint() != data.fingerprint() || state.seed() != settings.seed()) {
                throw new IOException("checkpoint " + checkpointDirectory + " was made from other training samples or "
                        + "another seed; delete it or train without resuming");
            }
            boolean hasBest = state.bestEpoch() >= 0;
            try (NDManager scope = model.manager().newSubManager()) {
                Checkpoint.Arrays arrays = Checkpoint.readArrays(checkpointDirectory, scope, model.arrays().size(), hasBest);
                copyArrays(arrays.model(), model.arrays());
                model.parametersChanged();
                adam.restore(arrays.optimizer(), state.adamSteps());
                if (hasBest) {
                    bestArrays = new ArrayList<>();
                    for (NDArray array : arrays.best()) {
                        // The copy must outlive the scope that read the checkpoint.
                        NDArray copy = array.duplicate();
                        copy.attach(model.manager());
                        bestArrays.add(copy);
                    }
                }
            }
            startEpoch = state.nextEpoch();
            steps = state.steps();
            seconds = state.seconds();
            bestEpoch = state.bestEpoch();
            bestScore = state.bestScore();
            first = state.firstEpoch();
            last = state.lastEpoch();
            history.addAll(state.validation());
            LOG.info("Resuming training at epoch {} from checkpoint {}", startEpoch + 1, checkpointDirectory);
        }

        private void logEpoch(int epoch, TrainingPhase phase, LossTerms mean, ValidationResult result) {
            int total = settings.epochs();
            boolean report = epoch == 0 || epoch + 1 == total || (epoch + 1) % Math.max(1, total / 20) == 0
                    || epoch + 1 == phaseEnd(epoch);
            if (report) {
                LOG.info("epoch {}/{} [{}] ({} s): {}{}", epoch + 1, total, phase.name(), String.format("%.1f", seconds),
                        mean, result == null ? "" : "; " + result);
            }
        }
    }

    private TrainingPhase phaseOf(int epoch) {
        int end = 0;
        for (TrainingPhase phase : settings.phases()) {
            end += phase.epochs();
            if (epoch < end) {
                return phase;
            }
        }
        throw new IllegalArgumentException("epoch " + epoch + " is past the schedule");
    }

    private int phaseEnd(int epoch) {
        int end = 0;
        for (TrainingPhase phase : settings.phases()) {
            end += phase.epochs();
            if (epoch < end) {
                return end;
            }
        }
        return end;
    }

    private static void copyArrays(List<NDArray> from, List<NDArray> to) {
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("cannot copy " + from.size() + " arrays into " + to.size());
        }
        for (int i = 0; i < from.size(); i++) {
            if (!from.get(i).getShape().equals(to.get(i).getShape())) {
                throw new IllegalArgumentException("array " + i + " has shape " + from.get(i).getShape() + ", expected "
                        + to.get(i).getShape());
            }
            to.get(i).set(from.get(i).toByteBuffer());
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
                    throw new IllegalArgumentException(name + " row " + i + " contains a non-finite value: " + value);
                }
            }
        }
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
