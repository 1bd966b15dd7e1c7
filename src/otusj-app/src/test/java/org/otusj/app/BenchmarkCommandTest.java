package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code otusj benchmark fastsim} on a missing model directory and on the built-in untrained model. */
class BenchmarkCommandTest {

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    @TempDir
    Path dir;

    @Test
    void missingModelIsUsageError() {
        Path missing = dir.resolve("no-model");
        assertEquals(2, Main.execute("benchmark", "fastsim", missing.toString()));
        assertTrue(output.err().contains("model directory not found: " + missing.toAbsolutePath()), output.err());
    }

    @Test
    void untrainedModelRunsOnJavaKernel() {
        assertEquals(0, Main.execute("benchmark", "fastsim", "--batch-size", "300", "--batches", "2", "--warmup", "1"),
                output.err());
        assertTrue(output.out().contains("on the java backend"), output.out());
        assertTrue(output.out().contains("events/s"), output.out());
    }
}
