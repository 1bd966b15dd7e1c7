package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.otusj.otus.metrics.SlicedWasserstein;

class SlicedWassersteinLossTest {

    @Test
    void tensorLossMatchesShiftClosedForm() {
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(5);
            int n = 300;
            int d = 8;
            NDArray a = manager.randomNormal(new Shape(n, d)).mul(10f);
            float[] c = {3, -1, 0.5f, 2, 0, -4, 1, 1};
            NDArray b = a.add(manager.create(c));
            NDArray directions = SlicedWassersteinLoss.randomDirections(manager, d, 1000);

            float[] theta = directions.toFloatArray();
            double expected = 0;
            for (int l = 0; l < 1000; l++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += theta[j * 1000 + l] * c[j];
                }
                expected += dot * dot;
            }
            expected /= 1000;

            double loss = SlicedWassersteinLoss.distance(a, b, directions).getFloat();
            assertEquals(expected, loss, 1e-4 * expected);
        }
    }

    @Test
    void tensorLossMatchesJavaDistance() {
        double[][] a = {{1, 2}, {-3, 0.5}, {4, 4}, {0, -2}};
        double[][] b = {{0, 0}, {2, -1}, {5, 3}, {-1, 1}};
        double[][] directions = SlicedWasserstein.directions(2, 64, 9);
        double expected = SlicedWasserstein.distance(a, b, directions);

        try (NDManager manager = NDManager.newBaseManager()) {
            float[] flat = new float[2 * 64];
            for (int l = 0; l < 64; l++) {
                flat[l] = (float) directions[l][0];
                flat[64 + l] = (float) directions[l][1];
            }
            NDArray theta = manager.create(flat, new Shape(2, 64));
            NDArray ta = manager.create(new float[] {1, 2, -3, 0.5f, 4, 4, 0, -2}, new Shape(4, 2));
            NDArray tb = manager.create(new float[] {0, 0, 2, -1, 5, 3, -1, 1}, new Shape(4, 2));

            assertEquals(expected, SlicedWassersteinLoss.distance(ta, tb, theta).getFloat(), 1e-5 * expected);
        }
    }
}
