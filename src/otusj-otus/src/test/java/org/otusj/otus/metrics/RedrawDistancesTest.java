package org.otusj.otus.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RedrawDistancesTest {

    @Test
    void sharedReferenceGivesThePlainDistances() {
        SplittableRandom random = new SplittableRandom(21);
        double[][] fast = rows(random, 300, 4, 1.3);
        double[][] detector = rows(random, 300, 4, 1.0);
        double[][] floor = rows(random, 300, 4, 1.0);
        double[][] identity = rows(random, 300, 4, 0.2);
        int[] events = new int[300];
        double[][] directions = SlicedWasserstein.directions(4, 50, 3);

        RedrawDistances distances = RedrawDistances.of(new SameZBootstrap.Redraw(new SameZBootstrap.Sample(fast, events),
                new SameZBootstrap.Sample(detector, events), new SameZBootstrap.Sample(floor, events),
                new SameZBootstrap.Sample(identity, events)), directions);

        assertEquals(SlicedWasserstein.distance(fast, detector, directions), distances.fastSim(), 0);
        assertEquals(SlicedWasserstein.distance(floor, detector, directions), distances.floor(), 0);
        assertEquals(SlicedWasserstein.distance(identity, detector, directions), distances.identity(), 0);
        assertEquals(distances.fastSim() / distances.floor(), distances.ratio(), 0);
    }

    @Test
    void comparisonDividesTheMeanDistances() {
        SameZComparison comparison = new SameZComparison(26, 100, List.of(new RedrawDistances(2, 1, 6),
                new RedrawDistances(6, 3, 10)), null, null);

        // Means 4, 2 and 8: R_same 2 and the identity's 4, while the single redraws give 2, 2 and 6, 3.33.
        assertEquals(4, comparison.fastSim(), 1e-15);
        assertEquals(2, comparison.floor(), 1e-15);
        assertEquals(2, comparison.ratio(), 1e-15);
        assertEquals(4, comparison.identityRatio(), 1e-15);
    }

    private static double[][] rows(SplittableRandom random, int n, int dimension, double width) {
        double[][] rows = new double[n][dimension];
        for (double[] row : rows) {
            for (int j = 0; j < dimension; j++) {
                row[j] = 40.0 * j + width * random.nextGaussian();
            }
        }
        return rows;
    }
}
