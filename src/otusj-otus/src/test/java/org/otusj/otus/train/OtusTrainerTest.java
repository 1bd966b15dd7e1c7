package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.otus.ToyZee;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.InferenceBackend;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.NoiseKind;
import org.otusj.otus.model.ResidualMode;
import org.otusj.otus.model.OtusModel;

class OtusTrainerTest {

    private static final VectorLayout Z = StudyLayouts.truthLayout("zee");
    private static final VectorLayout X = StudyLayouts.recoLayout("zee");

    @TempDir
    Path dir;

    private static final GeneratorSettings SMALL_MLP = new GeneratorSettings(Architecture.MLP, NoiseKind.CONDITIONAL, 32,
            ResidualMode.NONE);

    private static TrainingSettings settings(int anchorEpochs, int epochs, long seed) {
        return new TrainingSettings(SMALL_MLP, SMALL_MLP, null, TrainingSettings.twoPhase(anchorEpochs, epochs, 50, 1e-3),
                128, 64, 1.0, 0, 1.0, false, 0, 0, seed);
    }

    private static float[] normals(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static float[] flatten(double[][] rows) {
        float[] out = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[i].length; j++) {
                out[i * rows[i].length + j] = (float) rows[i][j];
            }
        }
        return out;
    }

    @Test
    void shortTrainingLowersLoss() {
        double[][] z = ToyZee.sample(512, 0, 1);
        double[][] x = ToyZee.sample(512, 0.05, 2);

        try (OtusModel model = new OtusTrainer(settings(5, 40, 3)).train("zee", Z, X, z, x)) {
            TrainingSummary summary = model.metadata().summary();
            assertEquals(45, summary.epochs());
            assertEquals(45 * 4, summary.steps());
            assertTrue(summary.lastEpoch().data() < 0.5 * summary.firstEpoch().data(),
                    "data loss " + summary.firstEpoch().data() + " -> " + summary.lastEpoch().data());
            assertTrue(summary.lastEpoch().latent() < summary.firstEpoch().latent(),
                    "latent loss " + summary.firstEpoch().latent() + " -> " + summary.lastEpoch().latent());
        }
    }

    @Test
    void decoderOutputsSatisfyMinkowskiConstraint() {
        double[][] z = ToyZee.sample(256, 0, 4);
        double[][] x = ToyZee.sample(256, 0.05, 5);

        try (OtusModel model = new OtusTrainer(settings(1, 2, 6)).train("zee", Z, X, z, x)) {
            int rows = 1000;
            float[] out = model.decode(flatten(ToyZee.sample(rows, 0, 7)), normals(rows * 6, 8), rows);

            for (int r = 0; r < rows; r++) {
                for (int slot = 0; slot < 2; slot++) {
                    double px = out[r * 8 + 4 * slot];
                    double py = out[r * 8 + 4 * slot + 1];
                    double pz = out[r * 8 + 4 * slot + 2];
                    double e = out[r * 8 + 4 * slot + 3];
                    double p2 = px * px + py * py + pz * pz;
                    // Float32 relative precision is 6e-8; E and |p| differ only by rounding of the square root.
                    assertEquals(p2, e * e, 4 * Math.ulp((float) p2), "row " + r + " slot " + slot);
                }
            }
        }
    }

    @Test
    void savedModelReloadsWithIdenticalOutputs() throws IOException {
        double[][] z = ToyZee.sample(256, 0, 9);
        double[][] x = ToyZee.sample(256, 0.05, 10);
        float[] input = flatten(ToyZee.sample(50, 0, 11));
        float[] noise = normals(50 * 6, 12);
        Path directory = dir.resolve("model");

        float[] decoded;
        float[] encoded;
        try (OtusModel model = new OtusTrainer(settings(1, 3, 13)).train("zee", Z, X, z, x)) {
            decoded = model.decode(input, noise, 50);
            encoded = model.encode(input, noise, 50);
            ModelStore.save(model, directory);
        }

        assertTrue(Files.isRegularFile(directory.resolve("model.json")));
        try (OtusModel loaded = ModelStore.load(directory)) {
            assertArrayEquals(decoded, loaded.decode(input, noise, 50));
            assertArrayEquals(encoded, loaded.encode(input, noise, 50));
            assertEquals(13, loaded.metadata().settings().seed());
            assertEquals("zee", loaded.metadata().study());
            assertEquals(256, loaded.metadata().summary().zEvents());
        }
    }

    @Test
    void chunkedDecodingMatchesRowByRow() {
        double[][] z = ToyZee.sample(128, 0, 25);
        double[][] x = ToyZee.sample(128, 0.05, 26);
        int rows = 2 * OtusModel.CHUNK_ROWS + 17;
        float[] input = flatten(ToyZee.sample(rows, 0, 27));
        float[] noise = normals(rows * 6, 28);

        try (OtusModel model = new OtusTrainer(settings(1, 1, 29)).train("zee", Z, X, z, x)) {
            float[] all = model.decode(input, noise, rows);
            int[] probes = {0, OtusModel.CHUNK_ROWS - 1, OtusModel.CHUNK_ROWS, rows - 1};
            for (int row : probes) {
                float[] single = model.decode(java.util.Arrays.copyOfRange(input, row * 8, row * 8 + 8),
                        java.util.Arrays.copyOfRange(noise, row * 6, row * 6 + 6), 1);
                for (int j = 0; j < 8; j++) {
                    // Matrix kernels may sum in another order for other batch sizes: allow float rounding.
                    assertEquals(single[j], all[row * 8 + j], 1e-5 * (1 + Math.abs(single[j])), "row " + row + " column " + j);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ResidualMode.class, names = {"RESPONSE", "RESPONSE_TAIL"})
    void responseModelDecodesOnEngineAndReloads(ResidualMode kind) throws Exception {
        GeneratorSettings response = new GeneratorSettings(Architecture.MLP, NoiseKind.STANDARD, 8, kind);
        List<TrainingPhase> phases = List.of(new TrainingPhase("decoder", PhaseKind.DECODER_SW, 2, 0, 0, 1e-2));
        TrainingSettings settings = new TrainingSettings(response, response, null, phases, 64, 16, 1.0, 0, 1.0, true,
                0, 0, 35, new SliceLoss(0.01, 1, 2, 91.19, 10));
        int rows = 40;
        float[] input = flatten(ToyZee.sample(rows, 0, 36));
        // One draw per electron, two with a tail.
        float[] noise = normals(rows * (kind == ResidualMode.RESPONSE_TAIL ? 4 : 2), 37);
        Path directory = dir.resolve("response-model-" + kind);

        float[] decoded;
        try (OtusModel model = new OtusTrainer(settings).train("zee", Z, X, ToyZee.sample(256, 0, 38),
                ToyZee.sample(256, 0.05, 39))) {
            assertEquals(InferenceBackend.PYTORCH, model.decoderBackend());
            decoded = model.decode(input, noise, rows);
            ModelStore.save(model, directory);
        }

        try (OtusModel loaded = ModelStore.load(directory)) {
            assertEquals(kind, loaded.decoder().spec().residual());
            assertArrayEquals(decoded, loaded.decode(input, noise, rows));
        }
        for (int row = 0; row < rows; row++) {
            // The response keeps each electron's direction: decoded and input three-momenta are parallel.
            double dot = 0;
            double a2 = 0;
            double b2 = 0;
            for (int c = 0; c < 3; c++) {
                dot += input[row * 8 + c] * decoded[row * 8 + c];
                a2 += input[row * 8 + c] * input[row * 8 + c];
                b2 += decoded[row * 8 + c] * decoded[row * 8 + c];
            }
            assertEquals(1.0, dot / Math.sqrt(a2 * b2), 1e-6, "row " + row);
        }
    }

    @Test
    void foldedDecoderMatchesNetwork() {
        double[][] z = ToyZee.sample(256, 0, 30);
        double[][] x = ToyZee.sample(256, 0.05, 31);
        int rows = 64;
        float[] input = flatten(ToyZee.sample(rows, 0, 32));
        float[] noise = normals(rows * 6, 33);

        GeneratorSettings vector = new GeneratorSettings(Architecture.MLP, NoiseKind.CONDITIONAL, 32, ResidualMode.VECTOR);
        for (GeneratorSettings generator : new GeneratorSettings[] {SMALL_MLP, vector}) {
            TrainingSettings settings = new TrainingSettings(generator, generator, null,
                    TrainingSettings.twoPhase(1, 3, 50, 1e-3), 128, 64, 1.0, 0, 1.0, false, 0, 0, 34);
            try (OtusModel model = new OtusTrainer(settings).train("zee", Z, X, z, x);
                    ai.djl.ndarray.NDManager scope = model.manager().newSubManager()) {
                float[] direct = model.decoder().sample(scope.create(input, new ai.djl.ndarray.types.Shape(rows, 8)),
                        scope.create(noise, new ai.djl.ndarray.types.Shape(rows, 6))).toFloatArray();
                for (InferenceBackend backend : InferenceBackend.values()) {
                    model.setInferenceBackend(backend);
                    float[] folded = model.decode(input, noise, rows);
                    for (int i = 0; i < folded.length; i++) {
                        // Folding the standardisation into the weights changes only the float rounding.
                        assertEquals(direct[i], folded[i], 1e-4 * (1 + Math.abs(direct[i])),
                                generator.residual() + " on " + backend + ", value " + i);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedGivesSameModel() {
        double[][] z = ToyZee.sample(256, 0, 14);
        double[][] x = ToyZee.sample(256, 0.05, 15);
        float[] input = flatten(ToyZee.sample(20, 0, 16));
        float[] noise = normals(20 * 6, 17);

        float[] first;
        try (OtusModel model = new OtusTrainer(settings(2, 3, 18)).train("zee", Z, X, z, x)) {
            first = model.decode(input, noise, 20);
        }
        try (OtusModel model = new OtusTrainer(settings(2, 3, 18)).train("zee", Z, X, z, x)) {
            assertArrayEquals(first, model.decode(input, noise, 20));
        }
    }

    @Test
    void nonFiniteInputIsRejected() {
        double[][] z = ToyZee.sample(16, 0, 19);
        double[][] x = ToyZee.sample(16, 0.05, 20);
        x[3][2] = Double.NaN;

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OtusTrainer(settings(1, 1, 21)).train("zee", Z, X, z, x));
        assertTrue(error.getMessage().contains("x row 3"), error.getMessage());
    }

    @Test
    void divergenceStopsWithEpochAndTerms() {
        double[][] z = ToyZee.sample(64, 0, 22);
        double[][] x = ToyZee.sample(64, 0.05, 23);
        // A learning rate of 1e30 sends the parameters to infinity within a few steps.
        TrainingSettings wild = new TrainingSettings(SMALL_MLP, SMALL_MLP, null, TrainingSettings.twoPhase(0, 50, 0, 1e30),
                32, 16, 1.0, 0, 1.0, false, 0, 0, 24);

        TrainingException error = assertThrows(TrainingException.class,
                () -> new OtusTrainer(wild).train("zee", Z, X, z, x));
        assertTrue(error.getMessage().contains("epoch"), error.getMessage());
        assertTrue(error.getMessage().contains("data"), error.getMessage());
    }
}
