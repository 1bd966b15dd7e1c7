package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.NoiseKind;
import org.otusj.otus.model.ResidualMode;

/** The shape checks that let a dry run reject a generator before any event is read. */
class GeneratorSettingsTest {

    @Test
    void responseAcceptsStandardNoiseMlp() {
        assertDoesNotThrow(() -> new GeneratorSettings(Architecture.MLP, NoiseKind.STANDARD, 64, ResidualMode.RESPONSE));
    }

    @Test
    void responseRejectsConditionalNoise() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSettings(Architecture.MLP, NoiseKind.CONDITIONAL, 64, ResidualMode.RESPONSE));
        assertTrue(e.getMessage().contains("CONDITIONAL"), e.getMessage());
    }

    @Test
    void responseRejectsResidualCore() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSettings(Architecture.RESNET, NoiseKind.STANDARD, 64, ResidualMode.RESPONSE));
        assertTrue(e.getMessage().contains("RESNET"), e.getMessage());
    }
}
