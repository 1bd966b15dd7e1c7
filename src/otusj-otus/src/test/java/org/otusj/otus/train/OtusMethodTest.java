package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.otus.ToyZee;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.NoiseKind;
import org.otusj.otus.model.ResidualMode;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.ResidualCore;

/** The parts of the OTUS method beyond the basic joint loss. */
class OtusMethodTest {

    private static final VectorLayout Z = StudyLayouts.truthLayout("zee");
    private static final VectorLayout X = StudyLayouts.recoLayout("zee");
    private static final GeneratorSettings MLP = new GeneratorSettings(Architecture.MLP, NoiseKind.CONDITIONAL, 32, ResidualMode.VECTOR);
    private static final GeneratorSettings RESNET = new GeneratorSettings(Architecture.RESNET, NoiseKind.STANDARD, 32, ResidualMode.VECTOR);

    @TempDir
    Path dir;

    private static TrainingSettings settings(List<TrainingPhase> phases, GeneratorSettings generator, double[] minimumPt,
            double validation, int checkpointInterval, long seed) {
        return new TrainingSettings(generator, generator, minimumPt, phases, 64, 32, 1.0, 0, 1.0, true, validation,
                checkpointInterval, seed);
    }

    private static float[] flatten(double[][] rows) {
        float[] out = new float[rows.length * 8];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 8; j++) {
                out[i * 8 + j] = (float) rows[i][j];
            }
        }
        return out;
    }

    private static float[] normals(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    @Test
    void resumedRunMatchesUninterruptedRun() throws IOException {
        TrainingData data = TrainingData.split(ToyZee.sample(300, 0, 1), ToyZee.sample(300, 0.05, 2), new double[0][],
                new double[0][], 0.1, 3);
        TrainingSettings settings = settings(TrainingSettings.twoPhase(2, 4, 50, 1e-3), MLP, null, 0.1, 2, 4);
        float[] input = flatten(ToyZee.sample(10, 0, 5));
        float[] noise = normals(60, 6);

        float[] uninterrupted;
        try (OtusModel model = new OtusTrainer(settings).train("zee", Z, X, data)) {
            uninterrupted = model.decode(input, noise, 10);
        }

        Path checkpoint = dir.resolve("model.checkpoint");
        OtusTrainer interrupted = new OtusTrainer(settings);
        interrupted.checkpointing(checkpoint, false);
        interrupted.onEpoch(epoch -> {
            if (epoch == 3) {
                throw new IllegalStateException("simulated interruption after epoch 4");
            }
        });
        IllegalStateException stop = assertThrows(IllegalStateException.class,
                () -> interrupted.train("zee", Z, X, data).close());
        assertEquals("simulated interruption after epoch 4", stop.getMessage());
        assertTrue(Checkpoint.exists(checkpoint), "the checkpoint after epoch 4 is on disk");
        assertEquals(4, Checkpoint.readState(checkpoint).nextEpoch());

        OtusTrainer resumed = new OtusTrainer(settings);
        resumed.checkpointing(checkpoint, true);
        try (OtusModel model = resumed.train("zee", Z, X, data)) {
            assertArrayEquals(uninterrupted, model.decode(input, noise, 10));
            assertEquals(6, model.metadata().summary().validation().size());
        }
        assertFalse(Files.exists(checkpoint), "a finished training removes its checkpoint");
    }

    @Test
    void validationSelectsBestEpoch() {
        TrainingData data = TrainingData.split(ToyZee.sample(300, 0, 7), ToyZee.sample(300, 0.05, 8), new double[0][],
                new double[0][], 0.2, 9);
        try (OtusModel model = new OtusTrainer(settings(TrainingSettings.twoPhase(1, 5, 50, 1e-3), MLP, null, 0.2, 0, 10))
                .train("zee", Z, X, data)) {
            TrainingSummary summary = model.metadata().summary();
            assertEquals(6, summary.validation().size());
            double best = Double.POSITIVE_INFINITY;
            int bestEpoch = -1;
            for (ValidationResult result : summary.validation()) {
                if (result.score() < best) {
                    best = result.score();
                    bestEpoch = result.epoch();
                }
            }
            assertEquals(bestEpoch, summary.bestEpoch());
            assertEquals(60, summary.validationZEvents());
            assertEquals(240, summary.zEvents());
        }
    }

    @Test
    void auxiliaryPhasesLowerTheirDistances() {
        TrainingData data = TrainingData.of(ToyZee.sample(512, 0, 11), ToyZee.sample(512, 0.05, 12));
        List<TrainingPhase> phases = List.of(
                new TrainingPhase("encoder", PhaseKind.ENCODER_SW, 15, 0, 0, 3e-3),
                new TrainingPhase("decoder", PhaseKind.DECODER_SW, 15, 0, 0, 3e-3));
        GeneratorSettings plain = new GeneratorSettings(Architecture.MLP, NoiseKind.CONDITIONAL, 32, ResidualMode.NONE);
        List<Integer> epochs = new java.util.ArrayList<>();
        OtusTrainer trainer = new OtusTrainer(settings(phases, plain, null, 0, 0, 13));
        trainer.onEpoch(epochs::add);
        try (OtusModel model = trainer.train("zee", Z, X, data)) {
            TrainingSummary summary = model.metadata().summary();
            assertEquals(30, epochs.size());
            // The first epoch trains the encoder alone: only the latent term is set.
            assertTrue(summary.firstEpoch().latent() > 0);
            assertEquals(0.0, summary.firstEpoch().decoder());
            // The last epoch trains the decoder alone: only SW(X, D(Z)) is set.
            assertEquals(0.0, summary.lastEpoch().latent());
            assertTrue(summary.lastEpoch().decoder() > 0);
            assertTrue(summary.lastEpoch().decoder() < summary.firstEpoch().latent() * 10);
        }
    }

    @Test
    void massSliceEntersDecoderLoss() {
        TrainingData data = TrainingData.of(ToyZee.sample(256, 0, 31), ToyZee.sample(256, 0.05, 32));
        List<TrainingPhase> phases = List.of(new TrainingPhase("decoder", PhaseKind.DECODER_SW, 2, 0, 0, 1e-3));
        TrainingSettings plain = settings(phases, MLP, null, 0, 0, 33);
        TrainingSettings withMass = new TrainingSettings(MLP, MLP, null, phases, 64, 32, 1.0, 0, 1.0, true, 0, 0, 33,
                SliceLoss.withMass(1000.0));
        try (OtusModel linear = new OtusTrainer(plain).train("zee", Z, X, data);
                OtusModel mass = new OtusTrainer(withMass).train("zee", Z, X, data)) {
            assertEquals(1000.0, mass.metadata().settings().sliceLoss().massWeight());
            // The same seed draws the same batches, noise and directions, so the first epoch differs only by the
            // mass term: at weight 1000 it must outweigh the linear slices of a decoder that starts as D(z) = z.
            double linearTerm = linear.metadata().summary().firstEpoch().decoder();
            double withMassTerm = mass.metadata().summary().firstEpoch().decoder();
            assertTrue(withMassTerm > 2 * linearTerm, withMassTerm + " against " + linearTerm);
        }
    }

    @Test
    void restrictedDecoderReportsValidFraction() {
        // A threshold of 40 GeV on the positron pt cuts a sizeable share of 45.6 GeV back-to-back decays.
        double[] minimumPt = {0, 40};
        TrainingData data = TrainingData.of(ToyZee.sample(256, 0, 14), ToyZee.sample(256, 0.05, 15));
        try (OtusModel model = new OtusTrainer(settings(TrainingSettings.twoPhase(0, 3, 0, 1e-3), MLP, minimumPt, 0, 0,
                16)).train("zee", Z, X, data)) {
            assertTrue(model.metadata().decoder().restricted());
            double fraction = model.metadata().summary().lastEpoch().validFraction();
            // Independent count on the inputs: the share of z with positron pt >= 40 GeV is what the decoder,
            // starting near the identity map, keeps.
            double[][] z = data.zTrain();
            int above = 0;
            for (double[] row : z) {
                above += Math.hypot(row[4], row[5]) >= 40 ? 1 : 0;
            }
            double expected = (double) above / z.length;
            assertTrue(fraction > 0 && fraction < 1, "P_D(S) " + fraction);
            assertEquals(expected, fraction, 0.15, "P_D(S) against the share of inputs above threshold");
        }
    }

    @Test
    void residualCoreModelSavesAndReloads() throws IOException {
        TrainingData data = TrainingData.of(ToyZee.sample(256, 0, 17), ToyZee.sample(256, 0.05, 18));
        float[] input = flatten(ToyZee.sample(20, 0, 19));
        float[] noise = normals(120, 20);
        float[] decoded;
        try (OtusModel model = new OtusTrainer(settings(TrainingSettings.twoPhase(1, 2, 50, 1e-3), RESNET, null, 0, 0, 21))
                .train("zee", Z, X, data)) {
            decoded = model.decode(input, noise, 20);
            ModelStore.save(model, dir.resolve("resnet"));
        }
        try (OtusModel loaded = ModelStore.load(dir.resolve("resnet"))) {
            assertEquals(Architecture.RESNET, loaded.metadata().decoder().architecture());
            assertEquals(NoiseKind.STANDARD, loaded.metadata().decoder().noise());
            // Running statistics of the batch normalisation are saved with the parameters.
            assertTrue(loaded.arrayNames().contains("decoder.core.runningMean0"));
            assertArrayEquals(decoded, loaded.decode(input, noise, 20));
        }
    }

    @Test
    void batchNormFollowsPytorchMomentum() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ResidualCore core = new ResidualCore(manager, new int[] {2, 4, 2}, new SplittableRandom(1), false);
            NDArray input = manager.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new Shape(4, 2));
            NDArray first = core.forward(input, true);
            assertEquals(new Shape(4, 2), first.getShape());

            // After one training call from mean 0, PyTorch's running mean is 0.1 times the batch mean of the
            // first Linear layer's output; check it on that layer computed independently.
            NDArray weight = core.parameters().get(0);
            NDArray bias = core.parameters().get(1);
            NDArray h0 = input.matMul(weight.transpose()).add(bias);
            float[] expected = h0.mean(new int[] {0}).mul(0.1f).toFloatArray();
            assertArrayEquals(expected, core.buffers().get(0).toFloatArray(), 1e-6f);
        }
    }

    @Test
    void pairedLossesEnterJointPhase() {
        double[][] pairZ = ToyZee.sample(64, 0, 22);
        double[][] pairX = new double[pairZ.length][];
        for (int i = 0; i < pairZ.length; i++) {
            pairX[i] = pairZ[i].clone();
        }
        TrainingData data = TrainingData.split(ToyZee.sample(256, 0, 23), ToyZee.sample(256, 0.05, 24), pairZ, pairX, 0, 25);
        try (OtusModel model = new OtusTrainer(settings(TrainingSettings.twoPhase(0, 10, 0, 1e-3), MLP, null, 0, 0, 26))
                .train("zee", Z, X, data)) {
            TrainingSummary summary = model.metadata().summary();
            assertEquals(64, summary.pairs());
            assertTrue(summary.firstEpoch().paired() > 0);
            assertTrue(summary.lastEpoch().paired() < summary.firstEpoch().paired(),
                    summary.firstEpoch().paired() + " -> " + summary.lastEpoch().paired());
        }
    }

    @Test
    void augmentationKeepsMomentumMagnitudes() {
        double[][] rows = ToyZee.sample(50, 0, 27);
        float[] flat = flatten(rows);
        float[] original = flat.clone();
        Augmentation.apply(flat, 50, 2, new SplittableRandom(28));

        boolean changed = false;
        for (int r = 0; r < 50; r++) {
            double ptElectron = Math.hypot(original[r * 8], original[r * 8 + 1]);
            double ptRotated = Math.hypot(flat[r * 8], flat[r * 8 + 1]);
            assertEquals(ptElectron, ptRotated, 1e-4 * (1 + ptElectron));
            assertEquals(Math.abs(original[r * 8 + 2]), Math.abs(flat[r * 8 + 2]), 0f);
            assertEquals(original[r * 8 + 3], flat[r * 8 + 3], 0f);
            // Both objects of an event turn by the same angle: the azimuth difference is kept.
            double before = Math.atan2(original[r * 8 + 5], original[r * 8 + 4]) - Math.atan2(original[r * 8 + 1], original[r * 8]);
            double after = Math.atan2(flat[r * 8 + 5], flat[r * 8 + 4]) - Math.atan2(flat[r * 8 + 1], flat[r * 8]);
            assertEquals(0.0, Math.IEEEremainder(before - after, 2 * Math.PI), 1e-4);
            changed |= flat[r * 8] != original[r * 8];
        }
        assertTrue(changed);
    }
}
