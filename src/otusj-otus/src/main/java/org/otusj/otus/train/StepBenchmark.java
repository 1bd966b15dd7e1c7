package org.otusj.otus.train;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.model.OtusModel;

/**
 * Measures the time of one joint training step (forward through encoder and decoder, loss with the
 * sliced-Wasserstein term, backward, Adam update) on Gaussian batches, for speed comparisons. The numbers
 * depend only on shapes: batch size M, slices L, the layouts and the networks of the settings.
 */
public final class StepBenchmark {

    private StepBenchmark() {
    }

    /**
     * The outcome of a run.
     *
     * @param batchSize M
     * @param slices L
     * @param steps timed steps
     * @param medianMillis median time per step in ms
     * @param bestMillis fastest step in ms
     */
    public record Result(int batchSize, int slices, int steps, double medianMillis, double bestMillis) {
    }

    /**
     * Builds a model with {@code settings} on Gaussian samples (standard deviation 40 GeV in every column) and
     * times {@code steps} joint steps after {@code warmup} untimed ones.
     */
    public static Result run(TrainingSettings settings, VectorLayout zLayout, VectorLayout xLayout, int warmup, int steps) {
        int batch = settings.batchSize();
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[][] z = gaussianRows(batch, zLayout.dimension(), random);
        double[][] x = gaussianRows(batch, xLayout.dimension(), random);
        TrainingSettings noEpochs = settings;

        OtusTrainer trainer = new OtusTrainer(new TrainingSettings(settings.encoder(), settings.decoder(),
                settings.decoderMinimumPt(), TrainingSettings.twoPhase(0, 1, 0, 1e-3), batch, settings.slices(),
                settings.lambda(), settings.anchorSlot(), 0, false, 0, 0, settings.seed()));
        try (OtusModel model = trainer.train("benchmark", zLayout, xLayout, z, x)) {
            TrainingStep step = new TrainingStep(model, noEpochs);
            AdamOptimizer adam = new AdamOptimizer(model.manager(), model.parameters());
            TrainingPhase phase = new TrainingPhase("joint", PhaseKind.JOINT, 1, 0, 0, 1e-3);
            for (var parameter : model.parameters()) {
                parameter.setRequiresGradient(true);
            }
            float[] xBatch = Batches.flatten(x);
            float[] zBatch = Batches.flatten(z);

            double[] millis = new double[steps];
            for (int s = -warmup; s < steps; s++) {
                long start = System.nanoTime();
                step.run(phase, xBatch, zBatch, batch, null);
                var parameters = model.parameters();
                for (int i = 0; i < parameters.size(); i++) {
                    adam.update(i, parameters.get(i), 1e-3);
                }
                if (s >= 0) {
                    millis[s] = (System.nanoTime() - start) * 1e-6;
                }
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Result(batch, settings.slices(), steps, sorted[steps / 2], sorted[0]);
        }
    }

    private static double[][] gaussianRows(int rows, int columns, SplittableRandom random) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = 40 * random.nextGaussian();
            }
        }
        return values;
    }
}
