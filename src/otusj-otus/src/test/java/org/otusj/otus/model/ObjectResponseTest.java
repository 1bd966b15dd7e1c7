package org.otusj.otus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otusj.otus.layout.ObjectSlot;
import org.otusj.otus.layout.VectorLayout;

/**
 * The per-object response generator against values computed by hand from its definition: output
 * momentum = input momentum times exp(2 tanh(f / 2)), with f a one-unit network of the features
 * t = 2 tanh(ln(|p| / 50 GeV) / 2), |eta| and the noise draw, so each test selects one feature.
 */
class ObjectResponseTest {

    private static final VectorLayout PAIR = new VectorLayout("pair", List.of(
            new ObjectSlot("electron", 11, -1, 0.0), new ObjectSlot("positron", -11, 1, 0.0)));

    /** Two events: (e-, e+) with (px, py, pz, E) in GeV; the first e- is at |eta| = 0.88, the e+ at 0. */
    private static final float[] EVENTS = {
        30, 0, 30, 42.426407f, -45, 0, 0, 45,
        10, 20, -80, 83.06624f, 3, -4, 12, 13};

    private static final float[] NOISE = {0.5f, -1.5f, 2.0f, 0.25f};

    @Test
    void scalesBySaturatedLogMomentum() {
        // f = 0.1 * relu(t + 10) - 1 = 0.1 t
        float[] out = run(new float[] {1, 0, 0}, 10, 0.1f, -1);
        for (int object = 0; object < 4; object++) {
            double p = magnitude(EVENTS, object);
            double t = 2 * Math.tanh(Math.log(p / 50) / 2);
            assertScaled(out, object, Math.exp(2 * Math.tanh(0.05 * t)));
        }
    }

    @Test
    void scalesByAbsoluteEta() {
        // f = 0.2 * relu(|eta|) = 0.2 |eta|
        float[] out = run(new float[] {0, 1, 0}, 0, 0.2f, 0);
        for (int object = 0; object < 4; object++) {
            double p = magnitude(EVENTS, object);
            double pz = Math.abs(EVENTS[4 * object + 2]);
            double absEta = 0.5 * Math.log((p + pz) / (p - pz));
            assertScaled(out, object, Math.exp(2 * Math.tanh(0.1 * absEta)));
        }
    }

    @Test
    void scalesByItsOwnNoiseDraw() {
        // f = 0.3 * relu(n + 10) - 3 = 0.3 n
        float[] out = run(new float[] {0, 0, 1}, 10, 0.3f, -3);
        for (int object = 0; object < 4; object++) {
            assertScaled(out, object, Math.exp(2 * Math.tanh(0.15 * NOISE[object])));
        }
    }

    @Test
    void boundsTheScale() {
        // f = 100 |p|-independent: s = 2 tanh(50), the factor stays below e^2.
        float[] out = run(new float[] {0, 0, 0}, 1, 100f, 0);
        for (int object = 0; object < 4; object++) {
            assertScaled(out, object, Math.exp(2 * Math.tanh(50)));
        }
    }

    @Test
    void objectsRespondIndependently() {
        float[] changed = EVENTS.clone();
        // Double the e+ momentum of the first event; its e- must come out unchanged.
        for (int c = 4; c < 8; c++) {
            changed[c] *= 2;
        }
        float[] before = run(new float[] {1, 1, 1}, 0.5f, 0.7f, 0.1f);
        float[] after = run(changed, new float[] {1, 1, 1}, 0.5f, 0.7f, 0.1f);
        assertArrayEquals(Arrays.copyOfRange(before, 0, 4), Arrays.copyOfRange(after, 0, 4));
        assertTrue(Math.abs(after[7] - before[7]) > 1, "the changed positron's energy");
    }

    @Test
    void shiftsTheTailObjects() {
        // One hidden unit fixed at relu(0 x + 1) = 1, so the outputs are constant: core c = 0.1, shift d = -0.5,
        // tail score q = 0. f = c + d sigmoid((q - 2 - m) / 0.1) with the tail draws m of each object.
        float[] tailDraws = {-3.0f, 0.5f, -2.05f, -1.9f};
        float[] out = runTail(tailDraws, new float[] {0.1f, -0.5f, 0});
        for (int object = 0; object < 4; object++) {
            double weight = 1 / (1 + Math.exp(-(0 - 2 - tailDraws[object]) / 0.1));
            assertScaled(out, object, Math.exp(2 * Math.tanh((0.1 - 0.5 * weight) / 2)));
        }
    }

    @Test
    void tailDrawsDoubleTheNoise() {
        GeneratorSpec tail = spec(NoiseKind.STANDARD, ResidualMode.RESPONSE_TAIL);

        assertEquals(4, tail.noiseDimension());
        assertArrayEquals(new int[] {3, 1, 3}, tail.coreNetworkSizes());
    }

    @Test
    void rejectsConditionalNoise() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec(NoiseKind.CONDITIONAL));
        assertTrue(e.getMessage().contains("STANDARD"), e.getMessage());
    }

    private static float[] run(float[] weight0, float bias0, float weight1, float bias1) {
        return run(EVENTS, weight0, bias0, weight1, bias1);
    }

    /** Runs a generator whose response network has one hidden unit with the given parameters. */
    private static float[] run(float[] events, float[] weight0, float bias0, float weight1, float bias1) {
        GeneratorSpec spec = spec(NoiseKind.STANDARD);
        try (NDManager manager = NDManager.newBaseManager()) {
            List<NDArray> arrays = List.of(manager.create(weight0, new Shape(1, 3)), manager.create(new float[] {bias0}),
                    manager.create(new float[] {weight1}, new Shape(1, 1)), manager.create(new float[] {bias1}));
            StochasticGenerator generator = StochasticGenerator.fromArrays(manager, spec, arrays);
            NDArray input = manager.create(events, new Shape(2, 8));
            NDArray noise = manager.create(NOISE, new Shape(2, 2));
            return generator.sample(input, noise).toFloatArray();
        }
    }

    /** Runs a tail generator whose three outputs are the constants {@code outputs} (core, shift, score). */
    private static float[] runTail(float[] tailDraws, float[] outputs) {
        GeneratorSpec spec = spec(NoiseKind.STANDARD, ResidualMode.RESPONSE_TAIL);
        try (NDManager manager = NDManager.newBaseManager()) {
            List<NDArray> arrays = List.of(manager.create(new float[] {0, 0, 0}, new Shape(1, 3)),
                    manager.create(new float[] {1}), manager.create(outputs, new Shape(3, 1)), manager.create(new float[3]));
            StochasticGenerator generator = StochasticGenerator.fromArrays(manager, spec, arrays);
            NDArray input = manager.create(EVENTS, new Shape(2, 8));
            // Per event: the draws n of both objects, then their tail draws m.
            float[] noise = {NOISE[0], NOISE[1], tailDraws[0], tailDraws[1], NOISE[2], NOISE[3], tailDraws[2], tailDraws[3]};
            return generator.sample(input, manager.create(noise, new Shape(2, 4))).toFloatArray();
        }
    }

    private static GeneratorSpec spec(NoiseKind noise) {
        return spec(noise, ResidualMode.RESPONSE);
    }

    private static GeneratorSpec spec(NoiseKind noise, ResidualMode residual) {
        Standardization momenta = new Standardization(new double[6], new double[] {1, 1, 1, 1, 1, 1});
        Standardization vectors = new Standardization(new double[8], new double[] {1, 1, 1, 1, 1, 1, 1, 1});
        return new GeneratorSpec("decoder", PAIR, PAIR, Architecture.MLP, noise, 1, residual, vectors, momenta, null);
    }

    /** Asserts that the output object has the input direction, |p| times {@code factor} and E = |p| (massless). */
    private static void assertScaled(float[] out, int object, double factor) {
        for (int c = 0; c < 3; c++) {
            double expected = EVENTS[4 * object + c] * factor;
            assertEquals(expected, out[4 * object + c], 2e-6 * magnitude(EVENTS, object) * factor, "component " + c);
        }
        assertEquals(magnitude(EVENTS, object) * factor, out[4 * object + 3], 2e-6 * magnitude(EVENTS, object) * factor);
    }

    private static double magnitude(float[] events, int object) {
        double px = events[4 * object];
        double py = events[4 * object + 1];
        double pz = events[4 * object + 2];
        return Math.sqrt(px * px + py * py + pz * pz);
    }
}
