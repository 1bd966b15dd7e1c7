package org.otusj.otus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otusj.otus.layout.ObjectSlot;
import org.otusj.otus.layout.VectorLayout;

/**
 * The Java kernel against the PyTorch path ({@link StochasticGenerator#sample}, which shares no code with
 * it) on generators with random weights in every layer, so that no layer is the zero map of a fresh
 * residual network.
 */
class BlockGeneratorTest {

    /** Batch sizes: one event, a partial block, whole blocks, and a whole block plus a few events. */
    private static final int[] BATCHES = {1, 7, BlockKernel.BLOCK, BlockKernel.BLOCK + 1, 3 * BlockKernel.BLOCK + 45};

    private static final VectorLayout MASSLESS = new VectorLayout("massless", List.of(
            new ObjectSlot("photon", 22, 0, 0.0), new ObjectSlot("neutrino", 12, 0, 0.0)));

    /** A Z boson (91.19 GeV) and a muon (0.106 GeV): masses that show in the energies. */
    static final VectorLayout MASSIVE = new VectorLayout("massive", List.of(
            new ObjectSlot("z", 23, 0, 91.19), new ObjectSlot("muon", 13, -1, 0.10566)));

    private static final VectorLayout THREE_JETS = new VectorLayout("jets", List.of(
            new ObjectSlot("jet1", 21, 0, 4.8), new ObjectSlot("jet2", 21, 0, 0.0), new ObjectSlot("jet3", 21, 0, 10.0)));

    /** Both supported residuals with both kinds of noise, on massless and massive slots. */
    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of(MASSIVE, MASSIVE, NoiseKind.CONDITIONAL, ResidualMode.VECTOR, 1L),
                Arguments.of(MASSLESS, MASSLESS, NoiseKind.STANDARD, ResidualMode.VECTOR, 2L),
                Arguments.of(THREE_JETS, MASSLESS, NoiseKind.CONDITIONAL, ResidualMode.NONE, 3L),
                Arguments.of(MASSLESS, MASSIVE, NoiseKind.STANDARD, ResidualMode.NONE, 4L));
    }

    @ParameterizedTest
    @MethodSource("generators")
    void kernelMatchesPyTorch(VectorLayout input, VectorLayout output, NoiseKind noise, ResidualMode residual, long seed) {
        assertMatchesPyTorch(spec(input, output, noise, residual), seed);
    }

    @Test
    void comparisonDetectsChangedWeights() {
        GeneratorSpec spec = spec(MASSIVE, MASSIVE, NoiseKind.CONDITIONAL, ResidualMode.VECTOR);
        int rows = 300;
        float[] input = gaussian(rows * spec.inputLayout().dimension(), 40, 5);
        float[] noise = gaussian(rows * spec.noiseDimension(), 1, 6);
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] kernelOutput = new BlockGenerator(new FoldedWeights(randomGenerator(manager, spec, 7, 1.0)), 1, 0)
                    .apply(input, noise, rows);
            // The same network with every weight 0.1 % larger: the tolerance must see the difference.
            float[] reference = reference(randomGenerator(manager, spec, 7, 1.001), input, noise, rows);

            assertTrue(maxDeviation(reference, kernelOutput) > tolerance(reference),
                    "a 0.1 % change of the weights passes the comparison");
        }
    }

    @Test
    void outputsIndependentOfThreadCount() {
        GeneratorSpec spec = spec(MASSIVE, MASSIVE, NoiseKind.CONDITIONAL, ResidualMode.VECTOR);
        int rows = 9 * BlockKernel.BLOCK + 13;
        float[] input = gaussian(rows * spec.inputLayout().dimension(), 40, 8);
        float[] noise = gaussian(rows * spec.noiseDimension(), 1, 9);
        try (NDManager manager = NDManager.newBaseManager()) {
            FoldedWeights weights = new FoldedWeights(randomGenerator(manager, spec, 10, 1.0));
            BlockGenerator single = new BlockGenerator(weights, 1, 11);
            BlockGenerator several = new BlockGenerator(weights, 3, 11);

            assertArrayEquals(single.apply(input, noise, rows), several.apply(input, noise, rows));
            // Noise drawn by the kernel: the same seed and call number give the same draws.
            assertArrayEquals(single.apply(input, null, rows), several.apply(input, null, rows));
        }
    }

    @Test
    void drawnNoiseDiffersBetweenCalls() {
        GeneratorSpec spec = spec(MASSIVE, MASSIVE, NoiseKind.CONDITIONAL, ResidualMode.VECTOR);
        int rows = 2 * BlockKernel.BLOCK;
        float[] input = gaussian(rows * spec.inputLayout().dimension(), 40, 12);
        try (NDManager manager = NDManager.newBaseManager()) {
            BlockGenerator generator = new BlockGenerator(new FoldedWeights(randomGenerator(manager, spec, 13, 1.0)), 2, 14);
            float[] first = generator.apply(input, null, rows);
            float[] second = generator.apply(input, null, rows);

            assertFalse(java.util.Arrays.equals(first, second), "two calls drew the same noise");
            // Block 1 must not repeat block 0's draws: the same event in both blocks gives different outputs.
            float[] repeated = new float[rows * spec.inputLayout().dimension()];
            for (int i = 0; i < repeated.length; i++) {
                repeated[i] = input[i % spec.inputLayout().dimension()];
            }
            float[] outputs = new BlockGenerator(new FoldedWeights(randomGenerator(manager, spec, 13, 1.0)), 1, 14)
                    .apply(repeated, null, rows);
            int width = spec.outputLayout().dimension();
            assertFalse(outputs[0] == outputs[BlockKernel.BLOCK * width], "blocks 0 and 1 drew the same noise");
        }
    }

    private static void assertMatchesPyTorch(GeneratorSpec spec, long seed) {
        try (NDManager manager = NDManager.newBaseManager()) {
            StochasticGenerator generator = randomGenerator(manager, spec, seed, 1.0);
            BlockGenerator kernel = new BlockGenerator(new FoldedWeights(generator), 2, 0);
            for (int rows : BATCHES) {
                float[] input = gaussian(rows * spec.inputLayout().dimension(), 40, seed * 100 + rows);
                float[] noise = gaussian(rows * spec.noiseDimension(), 1, seed * 1000 + rows);

                float[] expected = reference(generator, input, noise, rows);
                float[] found = kernel.apply(input, noise, rows);

                assertEquals(expected.length, found.length);
                // Folding and another order of the sums change only the float rounding (6e-8 relative per
                // operation), which stays far below 1e-4 of the output scale over sums of 128 terms.
                double deviation = maxDeviation(expected, found);
                assertTrue(deviation <= tolerance(expected), spec.residual() + " " + spec.noise() + ", " + rows
                        + " rows: deviation " + deviation + " GeV above " + tolerance(expected));
            }
        }
    }

    static float[] reference(StochasticGenerator generator, float[] input, float[] noise, int rows) {
        GeneratorSpec spec = generator.spec();
        try (NDManager scope = NDManager.newBaseManager()) {
            NDArray in = scope.create(input, new Shape(rows, spec.inputLayout().dimension()));
            NDArray normal = scope.create(noise, new Shape(rows, spec.noiseDimension()));
            return generator.sample(in, normal).toFloatArray();
        }
    }

    /** 1e-4 of the largest output magnitude, in GeV. */
    static double tolerance(float[] expected) {
        double scale = 0;
        for (float value : expected) {
            scale = Math.max(scale, Math.abs(value));
        }
        return 1e-4 * scale;
    }

    static double maxDeviation(float[] expected, float[] found) {
        double deviation = 0;
        for (int i = 0; i < expected.length; i++) {
            deviation = Math.max(deviation, Math.abs(expected[i] - found[i]));
        }
        return deviation;
    }

    /**
     * A generator with every weight and bias uniform in (-1, 1) / sqrt(fan-in), times {@code factor}, and
     * standardisations far from (0, 1), so that folding them matters.
     */
    static StochasticGenerator randomGenerator(NDManager manager, GeneratorSpec spec, long seed, double factor) {
        SplittableRandom random = new SplittableRandom(seed);
        List<NDArray> arrays = new ArrayList<>();
        if (spec.noise() == NoiseKind.CONDITIONAL) {
            addLayers(manager, spec.noiseNetworkSizes(), random, factor, arrays);
        }
        addLayers(manager, spec.coreNetworkSizes(), random, factor, arrays);
        return StochasticGenerator.fromArrays(manager, spec, arrays);
    }

    private static void addLayers(NDManager manager, int[] sizes, SplittableRandom random, double factor,
            List<NDArray> arrays) {
        for (int layer = 0; layer + 1 < sizes.length; layer++) {
            int in = sizes[layer];
            int out = sizes[layer + 1];
            double bound = factor / Math.sqrt(in);
            arrays.add(manager.create(uniform(random, out * in, bound), new Shape(out, in)));
            arrays.add(manager.create(uniform(random, out, bound), new Shape(out)));
        }
    }

    static GeneratorSpec spec(VectorLayout input, VectorLayout output, NoiseKind noise, ResidualMode residual) {
        SplittableRandom random = new SplittableRandom(input.dimension() * 31L + output.dimension());
        Standardization inputScaling = scaling(input.dimension(), random);
        Standardization outputScaling = scaling(output.momentumDimension(), random);
        return new GeneratorSpec("decoder", input, output, Architecture.MLP, noise, 128, residual, inputScaling,
                outputScaling, null);
    }

    /** Means of -20 to 20 GeV and standard deviations of 5 to 45 GeV. */
    private static Standardization scaling(int columns, SplittableRandom random) {
        double[] mean = new double[columns];
        double[] std = new double[columns];
        for (int j = 0; j < columns; j++) {
            mean[j] = 40 * random.nextDouble() - 20;
            std[j] = 5 + 40 * random.nextDouble();
        }
        return new Standardization(mean, std);
    }

    private static float[] uniform(SplittableRandom random, int n, double bound) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return values;
    }

    static float[] gaussian(int n, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (sigma * random.nextGaussian());
        }
        return values;
    }
}
