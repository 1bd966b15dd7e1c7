package org.otusj.otus.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The inference copies of a model follow its parameters: after an in-place change and
 * {@link OtusModel#parametersChanged}, decode and encode give what the changed generators give on the
 * PyTorch path, not what the copies made before the change would give.
 */
class InferenceFormsTest {

    private static final int ROWS = 50;

    @ParameterizedTest
    @EnumSource(InferenceBackend.class)
    void decodeFollowsChangedParameters(InferenceBackend backend) {
        GeneratorSpec spec = BlockGeneratorTest.spec(BlockGeneratorTest.MASSIVE, BlockGeneratorTest.MASSIVE,
                NoiseKind.CONDITIONAL, ResidualMode.VECTOR);
        float[] input = BlockGeneratorTest.gaussian(ROWS * spec.inputLayout().dimension(), 40, 21);
        float[] noise = BlockGeneratorTest.gaussian(ROWS * spec.noiseDimension(), 1, 22);
        NDManager manager = NDManager.newBaseManager();
        StochasticGenerator encoder = BlockGeneratorTest.randomGenerator(manager, spec, 23, 1.0);
        StochasticGenerator decoder = BlockGeneratorTest.randomGenerator(manager, spec, 24, 1.0);
        try (OtusModel model = new OtusModel(manager, encoder, decoder, null)) {
            model.setInferenceBackend(backend);
            float[] before = model.decode(input, noise, ROWS);
            assertClose(BlockGeneratorTest.reference(decoder, input, noise, ROWS), before, "before the change");

            // What an optimizer step does: every decoder parameter changed in place, 5 % here.
            decoder.parameters().forEach(parameter -> parameter.muli(1.05f));
            model.parametersChanged();
            float[] after = model.decode(input, noise, ROWS);

            float[] expected = BlockGeneratorTest.reference(decoder, input, noise, ROWS);
            assertClose(expected, after, "after the change");
            assertTrue(BlockGeneratorTest.maxDeviation(expected, before) > BlockGeneratorTest.tolerance(expected),
                    "the change is too small to tell old copies from new ones");
            // The encoder was not changed and still matches its PyTorch path.
            assertClose(BlockGeneratorTest.reference(encoder, input, noise, ROWS), model.encode(input, noise, ROWS),
                    "encoder");
        }
    }

    private static void assertClose(float[] expected, float[] found, String when) {
        double deviation = BlockGeneratorTest.maxDeviation(expected, found);
        double tolerance = BlockGeneratorTest.tolerance(expected);
        assertTrue(deviation <= tolerance, when + ": deviation " + deviation + " GeV above " + tolerance);
    }
}
