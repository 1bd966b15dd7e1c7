package org.otusj.otus.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlicedWassersteinTest {

    private static double[][] gaussianRows(int n, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][dimension];
        for (double[] row : rows) {
            for (int j = 0; j < dimension; j++) {
                row[j] = 10 * random.nextGaussian();
            }
        }
        return rows;
    }

    @Test
    void shiftMatchesClosedForm() {
        // For b = a + c, each slice's projections differ by theta.c, so SW = |c|^2 mean((theta . c^)^2).
        double[][] a = gaussianRows(500, 8, 1);
        double[] c = {3, -1, 0.5, 2, 0, -4, 1, 1};
        double[][] b = new double[a.length][8];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < 8; j++) {
                b[i][j] = a[i][j] + c[j];
            }
        }
        double[][] directions = SlicedWasserstein.directions(8, 1000, 42);

        double expected = 0;
        for (double[] theta : directions) {
            double dot = 0;
            for (int j = 0; j < 8; j++) {
                dot += theta[j] * c[j];
            }
            expected += dot * dot;
        }
        expected /= directions.length;

        assertEquals(expected, SlicedWasserstein.distance(a, b, directions), 1e-9 * expected);
    }

    @Test
    void shiftAveragesToSquaredNormOverDimension() {
        // Over uniform directions in d dimensions, mean((theta . c^)^2) = 1/d: |c|^2 = 36 gives 4.5 in 8-D.
        double[][] a = gaussianRows(200, 8, 2);
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
            b[i][3] += 6;
        }
        double distance = SlicedWasserstein.distance(a, b, 20000, 7);

        // The slice average of (theta_3)^2 has standard deviation sqrt(2/(d(d+2)) / L) relative: about 0.4 %.
        assertEquals(4.5, distance, 0.03 * 4.5);
    }

    @Test
    void oneDimensionEqualsSortedSquaredDistance() {
        double[][] a = {{3}, {-1}, {7}, {2}};
        double[][] b = {{0}, {10}, {1}, {4}};
        // Sorted: a = -1 2 3 7, b = 0 1 4 10; squared differences 1 1 1 9, mean 3.
        // In one dimension every direction is +-1, which leaves the distance unchanged.
        assertEquals(3.0, SlicedWasserstein.distance(a, b, 50, 3), 1e-12);
    }

    @Test
    void unequalSizesUseQuantileFunctions() {
        // a = {0, 1} holds levels [0, 1/2) -> 0 and [1/2, 1) -> 1; b = {0, 0, 3} has 0 on [0, 2/3) and 3 on [2/3, 1).
        // Integral of squared differences: [0,1/2): 0, [1/2,2/3): 1 * 1/6, [2/3,1): 4 * 1/3; total 1/6 + 4/3 = 1.5.
        assertEquals(1.5, SlicedWasserstein.wasserstein2Squared(new double[] {1, 0}, new double[] {3, 0, 0}), 1e-15);
    }
}
