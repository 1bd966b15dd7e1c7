package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The debiased batch distance against a hand-computed case and against the bias it is meant to remove. */
class DebiasedDistanceTest {

    /** Squared 1-D Wasserstein distance per column, averaged over columns: sort along the events. */
    private static final BinaryOperator<NDArray> SORTED_SQUARES = (a, b) -> a.sort(0).sub(b.sort(0)).square().mean();

    /** Computes the debiased distance with each column's batch sorted along the events. */
    private static NDArray debiased(NDArray reference, NDArray generated) {
        return DebiasedDistance.of(reference, generated, batch -> batch.sort(0),
                (a, b) -> a.sub(b).square().mean());
    }

    /** Returns d loss / d c at c = 1 for a loss built from a scalar scale c. */
    private static double scaleGradient(NDManager manager, UnaryOperator<NDArray> loss) {
        NDArray scale = manager.create(1f);
        scale.setRequiresGradient(true);
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            collector.backward(loss.apply(scale));
        }
        return scale.getGradient().getFloat();
    }

    @Test
    void matchesHandValue() {
        // Halves: X1 = {1, 2}, X2 = {3, 4}, G1 = {2, 4}, G2 = {6, 8}.
        // d(X1, G1) = (1 + 4) / 2 = 2.5, d(X2, G2) = (9 + 16) / 2 = 12.5, d(G1, G2) = 16, d(X1, X2) = 4.
        // d~ = (2.5 + 12.5) / 2 - (16 + 4) / 2 = -2.5.
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {1, 2, 3, 4}, new Shape(4, 1));
            NDArray g = manager.create(new float[] {2, 4, 6, 8}, new Shape(4, 1));

            assertEquals(-2.5, debiased(x, g).getFloat(), 1e-6);
        }
    }

    @Test
    void lowestAtTrueWidth() {
        // 20,000 independent trials side by side: each column contains one reference batch of 56 standard normal
        // numbers and one generated batch c times another 56; the same draws serve every c. For halves of
        // n = 28, the plain distance of one half has its expected minimum at c = sum E[X_(i)]^2 / sum E[X_(i)^2],
        // about 0.91 for the normal distribution, and the debiased one at c = 1, where it is 0 on average.
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(7);
            NDArray x = manager.randomNormal(new Shape(56, 20_000));
            NDArray y = manager.randomNormal(new Shape(56, 20_000));

            double plainNarrow = SORTED_SQUARES.apply(x.get("0:28"), y.get("0:28").mul(0.9)).getFloat();
            double plainTrue = SORTED_SQUARES.apply(x.get("0:28"), y.get("0:28")).getFloat();
            assertTrue(plainNarrow < plainTrue, "plain distance " + plainNarrow + " at c = 0.9, " + plainTrue + " at 1");

            double narrow = debiased(x, y.mul(0.9)).getFloat();
            double exact = debiased(x, y).getFloat();
            double wide = debiased(x, y.mul(1.1)).getFloat();
            assertTrue(exact < narrow, "debiased distance " + narrow + " at c = 0.9, " + exact + " at 1");
            assertTrue(exact < wide, "debiased distance " + wide + " at c = 1.1, " + exact + " at 1");
            // Expected: 0 at c = 1 and about 0.91 x 0.01 at c = 0.9 and 1.1; the trials' scatter is about 0.001.
            assertEquals(0, exact, 0.004);
            assertEquals(0.0091, narrow, 0.004);
        }
    }

    @Test
    void noPullAtTrueWidth() {
        // The gradient with respect to the scale c of the generated batches, at c = 1. Expected from the sums of
        // the previous test (per event, E X^2 = 1): plain 2 (1 - 0.91) = 0.17, pulling c down; debiased 0.
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(11);
            NDArray x = manager.randomNormal(new Shape(56, 20_000));
            NDArray y = manager.randomNormal(new Shape(56, 20_000));

            double plain = scaleGradient(manager, scale -> SORTED_SQUARES.apply(x.get("0:28"), y.get("0:28").mul(scale)));
            double debiased = scaleGradient(manager, scale -> debiased(x, y.mul(scale)));

            assertEquals(0.17, plain, 0.02);
            assertEquals(0, debiased, 0.02);
        }
    }

    @Test
    void rejectsUnequalBatches() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.zeros(new Shape(4, 1));
            NDArray g = manager.zeros(new Shape(3, 1));

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> debiased(x, g));
            assertTrue(error.getMessage().contains("(4, 1) and (3, 1)"), error.getMessage());
        }
    }
}
