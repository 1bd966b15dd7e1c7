package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.aida.IHistogram;
import org.junit.jupiter.api.Test;

class Cloud1DTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void statisticsLeaveOutNan() {
        Cloud1D cloud = new Cloud1D("values");
        cloud.fill(1.0);
        cloud.fill(3.0, 3.0);
        cloud.fill(Double.NaN);
        cloud.fill(5.0, Double.NaN);

        assertEquals(4, cloud.entries());
        assertEquals(4.0, cloud.sumOfWeights());
        // (1 + 9) / 4 = 2.5; <x^2> = (1 + 27) / 4 = 7, variance 0.75.
        assertEquals(2.5, cloud.mean(), TOLERANCE);
        assertEquals(Math.sqrt(0.75), cloud.rms(), TOLERANCE);
        assertEquals(1.0, cloud.lowerEdge());
        assertEquals(5.0, cloud.upperEdge());
        assertTrue(Double.isNaN(cloud.value(2)));
    }

    @Test
    void convertsWhenFull() {
        Cloud1D cloud = new Cloud1D("values", 3);
        cloud.fill(1.0);
        cloud.fill(2.0);
        cloud.fill(3.0);
        assertFalse(cloud.isConverted());
        cloud.fill(10.0);

        assertTrue(cloud.isConverted());
        Histogram1D histogram = cloud.histogram();
        // Default edges: 1 to 3 widened by 5 % of the span on each side, 50 bins.
        assertEquals(50, histogram.xAxis().bins());
        assertEquals(0.9, histogram.xAxis().lowerEdge(), TOLERANCE);
        assertEquals(3.1, histogram.xAxis().upperEdge(), TOLERANCE);
        assertEquals(4, histogram.allEntries());
        assertEquals(1, histogram.binEntries(IHistogram.OVERFLOW));
        assertEquals(4, cloud.entries());
        assertThrows(IllegalStateException.class, () -> cloud.value(0));
    }

    @Test
    void addStoredValues() {
        Cloud1D a = new Cloud1D("a");
        Cloud1D b = new Cloud1D("b");
        a.fill(1.0);
        b.fill(2.0, 0.5);
        a.add(b);

        assertEquals(2, a.entries());
        assertEquals(2.0, a.value(1));
        assertEquals(0.5, a.weight(1));
    }

    @Test
    void addToConvertedUsesItsAxis() {
        Cloud1D converted = new Cloud1D("a", 1);
        converted.setConversionParameters(4, 0.0, 4.0);
        converted.fill(0.5);
        converted.fill(1.5);
        Cloud1D stored = new Cloud1D("b");
        stored.fill(3.5, 2.0);

        stored.add(converted);
        assertTrue(stored.isConverted());
        assertEquals(4, stored.histogram().xAxis().bins());
        assertEquals(2.0, stored.histogram().binHeight(3));
        assertEquals(1, stored.histogram().binEntries(1));
    }

    @Test
    void addConvertedWithOtherBinningRejected() {
        Cloud1D a = new Cloud1D("a", 1);
        a.setConversionParameters(4, 0.0, 4.0);
        a.convert();
        Cloud1D b = new Cloud1D("b", 1);
        b.setConversionParameters(5, 0.0, 4.0);
        b.convert();

        assertThrows(IllegalArgumentException.class, () -> a.add(b));
    }

    @Test
    void copyIsEqual() {
        Cloud1D cloud = new Cloud1D("values", 10);
        cloud.fill(1.5, 2.0);
        cloud.setAnnotation(Cloud1D.X_LABEL_KEY, "E [GeV]");

        assertEquals(cloud, cloud.copy());
        Cloud1D changed = cloud.copy();
        changed.fill(2.0);
        assertFalse(cloud.equals(changed));
    }
}
