package org.otusj.otus.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.otusj.otus.model.GeneratorSpec;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.Standardization;

/**
 * Measures the fast-simulation throughput of a model's decoder in events per second: z batches drawn
 * from a Gaussian with the model's z mean and standard deviation, noise drawn by the decoder's backend,
 * output in a Java array, as a fast-simulation step needs it. The decoder runs through
 * {@link OtusModel#decode} on the model's {@link org.otusj.otus.model.InferenceBackend}: the Java kernel
 * in blocks of events across threads, or the PyTorch engine in chunks of {@link OtusModel#CHUNK_ROWS} rows.
 */
public final class DecoderBenchmark {

    private DecoderBenchmark() {
    }

    /**
     * The outcome of a run.
     *
     * @param batchSize events per decoder call
     * @param batches timed calls
     * @param eventsPerSecond median over calls of batch size / call time
     * @param bestEventsPerSecond fastest call
     * @param secondsPerBatch median call time in seconds
     */
    public record Result(int batchSize, int batches, double eventsPerSecond, double bestEventsPerSecond,
            double secondsPerBatch) {
    }

    /** Runs {@code warmup} untimed and {@code batches} timed decoder calls of {@code batchSize} events. */
    public static Result run(OtusModel model, int batchSize, int warmup, int batches, long seed) {
        GeneratorSpec decoder = model.metadata().decoder();
        float[] z = sampleInputs(decoder.inputScaling(), batchSize, seed);
        double[] seconds = new double[batches];

        for (int call = -warmup; call < batches; call++) {
            long start = System.nanoTime();
            float[] output = model.decode(z, null, batchSize);
            if (call >= 0) {
                seconds[call] = (System.nanoTime() - start) * 1e-9;
            }
            if (output.length != batchSize * decoder.outputLayout().dimension()) {
                throw new IllegalStateException("decoder returned " + output.length + " numbers");
            }
        }

        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        return new Result(batchSize, batches, batchSize / median, batchSize / sorted[0], median);
    }

    private static float[] sampleInputs(Standardization scaling, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] mean = scaling.mean();
        double[] std = scaling.std();
        float[] values = new float[rows * mean.length];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < mean.length; j++) {
                values[r * mean.length + j] = (float) (mean[j] + std[j] * random.nextGaussian());
            }
        }
        return values;
    }
}
