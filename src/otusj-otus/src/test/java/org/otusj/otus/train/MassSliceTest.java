package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

/** The mass slice against masses, groups and compressions worked out by hand. */
class MassSliceTest {

    @Test
    void matchesHandMasses() {
        // Two events of two objects (px, py, pz, E in GeV) per batch. Masses by hand:
        // a: back-to-back 45 GeV pair, m = 90; (30,0,0,30) + (-30,0,40,50) = (0,0,40,80), m = sqrt(4800).
        // b: (3,4,0,5) + (-3,-4,0,5), m = 10; back-to-back 45.5 GeV pair, m = 91.
        float[] a = {0, 0, 45, 45, 0, 0, -45, 45, 30, 0, 0, 30, -30, 0, 40, 50};
        float[] b = {3, 4, 0, 5, -3, -4, 0, 5, 0, 0, 45.5f, 45.5f, 0, 0, -45.5f, 45.5f};
        // Sorted masses are paired: (sqrt(4800), 10) and (90, 91).
        double expected = ((4800 - 20 * Math.sqrt(4800) + 100) + 1) / 2;

        assertEquals(expected, distance(a, b, 2, 1, 0, 0), 1e-5 * expected);
    }

    @Test
    void compressesTheTails() {
        // One event per batch, masses 90 and 120 GeV; compressed around c = 91.19 GeV with s = 10 GeV.
        float[] a = pairWithMass(45, 46, 90);
        float[] b = pairWithMass(60, 70, 120);
        double ca = 91.19 + 10 * Math.tanh((90 - 91.19) / 10);
        double cb = 91.19 + 10 * Math.tanh((120 - 91.19) / 10);

        assertEquals((ca - cb) * (ca - cb), distance(a, b, 1, 1, 91.19, 10), 1e-4);
        assertEquals(30 * 30, distance(a, b, 1, 1, 91.19, 0), 1e-2);
    }

    @Test
    void comparesGroupsOfLowestAndHighestEnergy() {
        float[] a = groupedBatchA();
        float[] b = groupedBatchB();
        double grouped = (15 * 15 + 25 * 25 + 5 * 5 + 5 * 5) / 4.0;
        // Without groups the sorted masses 20, 40, 60, 70 and 25, 45, 55, 75 are paired.
        double ungrouped = 25;

        assertEquals(grouped, distance(a, b, 4, 2, 0, 0), 1e-3);
        assertEquals(ungrouped, distance(a, b, 4, 1, 0, 0), 1e-3);
    }

    @Test
    void topGroupsUseTopWidth() {
        // Cells in the order (low, low), (low, high), (high, low), (high, high) by lowest, then highest energy,
        // with masses 40, 20, 70, 60 and 25, 45, 75, 55. Centre 50 GeV; width 10 GeV, and 30 GeV in the second
        // cell of each lowest-energy group.
        float[] a = groupedBatchA();
        float[] b = groupedBatchB();
        double[][] cells = {{40, 25, 10}, {20, 45, 30}, {70, 75, 10}, {60, 55, 30}};
        double expected = 0;
        for (double[] cell : cells) {
            double d = compress(cell[0], cell[2]) - compress(cell[1], cell[2]);
            expected += d * d / cells.length;
        }

        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray ta = manager.create(a, new Shape(4, 8));
            NDArray tb = manager.create(b, new Shape(4, 8));
            assertEquals(expected, MassSlice.distance(ta, tb, 2, 50, 10, 30).getFloat(), 1e-4);
            // One width for all cells is the five-argument form.
            assertEquals(distance(a, b, 4, 2, 50, 10), MassSlice.distance(ta, tb, 2, 50, 10, 10).getFloat(), 1e-6);
        }
    }

    private static double compress(double mass, double width) {
        return 50 + width * Math.tanh((mass - 50) / width);
    }

    /**
     * Returns four events as (E of the first object, E of the second, mass); the lower energy sits in either
     * slot. Ranked by the lowest energy: 10, 20 | 40, 45; inside each half by the highest energy: cells
     * (20,30 m40), (10,50 m20) | (40,60 m70), (45,90 m60), masses 40, 20, 70, 60.
     */
    private static float[] groupedBatchA() {
        return concat(pairWithMass(50, 10, 20), pairWithMass(20, 30, 40), pairWithMass(60, 40, 70),
                pairWithMass(45, 90, 60));
    }

    /**
     * Returns four events with lowest energies 12, 15 | 42, 50: cells (12,35 m25), (15,55 m45) | (42,65 m75),
     * (50,80 m55).
     */
    private static float[] groupedBatchB() {
        return concat(pairWithMass(80, 50, 55), pairWithMass(12, 35, 25), pairWithMass(65, 42, 75),
                pairWithMass(15, 55, 45));
    }

    @Test
    void dropsEventsBeyondFullGroups() {
        // Five events with G = 2: four cells of one event; the fifth event of each batch is left out.
        float[] a = concat(pairWithMass(50, 10, 20), pairWithMass(20, 30, 40), pairWithMass(60, 40, 70),
                pairWithMass(45, 90, 60), pairWithMass(100, 100, 150));
        float[] b = concat(pairWithMass(80, 50, 55), pairWithMass(12, 35, 25), pairWithMass(65, 42, 75),
                pairWithMass(15, 55, 45), pairWithMass(30, 30, 10));
        assertEquals(225, distance(a, b, 5, 2, 0, 0), 1e-3);
    }

    @Test
    void rejectsGroupsLargerThanBatch() {
        float[] a = concat(pairWithMass(50, 10, 20), pairWithMass(20, 30, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> distance(a, a, 2, 2, 0, 0));
        assertTrue(e.getMessage().contains("4 mass groups of MassSliceGroups 2"), e.getMessage());
    }

    @Test
    void gradientFiniteAtZeroMass() {
        // Two collinear massless objects have m = 0, where sqrt has no finite derivative.
        float[] collinear = {0, 0, 10, 10, 0, 0, 20, 20};
        float[] reference = {0, 0, 45, 45, 0, 0, -45, 45};
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.create(collinear, new Shape(1, 8));
            a.setRequiresGradient(true);
            NDArray b = manager.create(reference, new Shape(1, 8));
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                collector.backward(MassSlice.distance(a, b, 1, 91.19, 10));
            }
            for (float g : a.getGradient().toFloatArray()) {
                assertTrue(Float.isFinite(g), "gradient " + g);
            }
        }
    }

    private static double distance(float[] a, float[] b, int events, int groups, double centre, double width) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray ta = manager.create(a, new Shape(events, 8));
            NDArray tb = manager.create(b, new Shape(events, 8));
            return MassSlice.distance(ta, tb, groups, centre, width).getFloat();
        }
    }

    /**
     * Two massless objects with energies e1 (along +z) and e2, at the opening angle that gives mass m:
     * m^2 = 2 e1 e2 (1 - cos(theta)).
     */
    private static float[] pairWithMass(double e1, double e2, double m) {
        double cos = 1 - m * m / (2 * e1 * e2);
        double sin = Math.sqrt(1 - cos * cos);
        return new float[] {0, 0, (float) e1, (float) e1, (float) (e2 * sin), 0, (float) (e2 * cos), (float) e2};
    }

    private static float[] concat(float[]... events) {
        float[] all = new float[8 * events.length];
        for (int i = 0; i < events.length; i++) {
            System.arraycopy(events[i], 0, all, 8 * i, 8);
        }
        return all;
    }
}
