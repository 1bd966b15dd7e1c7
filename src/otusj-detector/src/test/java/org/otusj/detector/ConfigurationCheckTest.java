package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.detector.decay.TopDecay;

/** The dry-run checks of the detector processors, which run without init. */
class ConfigurationCheckTest {

    private static ProcessorContext context(String name) {
        return new ProcessorContext(name, new GlobalSettings());
    }

    @Test
    void cardDetectorReportsMissingCard() {
        // The default card path is relative to the working directory, the module folder under Maven, where
        // no delphes-examples folder exists.
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new CardDetector().checkConfiguration(context("Detector")));
        assertTrue(error.getMessage().contains("CardFile not found"), error.getMessage());
    }

    @Test
    void topDecayDefaultsPass() {
        assertDoesNotThrow(() -> new TopDecay().checkConfiguration(context("Decay")));
    }
}
