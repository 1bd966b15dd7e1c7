package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.aida.IHistogram;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FixedAxisTest {

    @Test
    void edgesOfEqualBins() {
        FixedAxis axis = new FixedAxis(4, -100, 100);

        assertEquals(4, axis.bins());
        assertEquals(-100.0, axis.lowerEdge());
        assertEquals(100.0, axis.upperEdge());
        assertEquals(-100.0, axis.binLowerEdge(0));
        assertEquals(-50.0, axis.binUpperEdge(0));
        assertEquals(0.0, axis.binLowerEdge(2));
        assertEquals(100.0, axis.binUpperEdge(3));
        assertEquals(50.0, axis.binWidth(1));
        assertEquals(-25.0, axis.binCentre(1));
    }

    @Test
    void coordToIndexAtEdgesAndOutside() {
        FixedAxis axis = new FixedAxis(4, -100, 100);

        assertEquals(IHistogram.UNDERFLOW, axis.coordToIndex(-100.000001));
        assertEquals(IHistogram.UNDERFLOW, axis.coordToIndex(Double.NEGATIVE_INFINITY));
        assertEquals(0, axis.coordToIndex(-100.0));
        assertEquals(0, axis.coordToIndex(-50.000001));
        assertEquals(1, axis.coordToIndex(-50.0));
        assertEquals(2, axis.coordToIndex(0.0));
        assertEquals(2, axis.coordToIndex(-0.0));
        assertEquals(3, axis.coordToIndex(99.999999));
        assertEquals(IHistogram.OVERFLOW, axis.coordToIndex(100.0));
        assertEquals(IHistogram.OVERFLOW, axis.coordToIndex(Double.POSITIVE_INFINITY));
    }

    @Test
    void wholeNumberEdgesAreExact() {
        FixedAxis momentum = new FixedAxis(100, -100, 100);
        FixedAxis tenths = new FixedAxis(30, 0, 3);

        assertEquals(10.0, momentum.binLowerEdge(55));
        assertEquals(55, momentum.coordToIndex(10.0));
        assertEquals(54, momentum.coordToIndex(Math.nextDown(10.0)));
        assertEquals(0.3, tenths.binLowerEdge(3));
        assertEquals(3, tenths.coordToIndex(0.3));
    }

    @Test
    void coordToIndexAgreesWithReportedEdges() {
        // Bins of 0.1 have edges that are not exact in binary, the case where a plain division misplaces
        // values next to an edge.
        FixedAxis axis = new FixedAxis(30, 0.0, 3.0);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double x = random.nextDouble(-0.5, 3.5);
            if (i % 2 == 0) {
                x = axis.binLowerEdge(random.nextInt(30));
            }
            int index = axis.coordToIndex(x);
            assertTrue(axis.binLowerEdge(index) <= x, "x=" + x + " below lower edge of bin " + index);
            assertTrue(x < axis.binUpperEdge(index), "x=" + x + " not below upper edge of bin " + index);
        }
    }

    @Test
    void outflowBinsAreInfinite() {
        FixedAxis axis = new FixedAxis(2, 0, 1);

        assertEquals(Double.NEGATIVE_INFINITY, axis.binLowerEdge(IHistogram.UNDERFLOW));
        assertEquals(0.0, axis.binUpperEdge(IHistogram.UNDERFLOW));
        assertEquals(1.0, axis.binLowerEdge(IHistogram.OVERFLOW));
        assertEquals(Double.POSITIVE_INFINITY, axis.binUpperEdge(IHistogram.OVERFLOW));
        assertEquals(Double.POSITIVE_INFINITY, axis.binWidth(IHistogram.UNDERFLOW));
        assertEquals(Double.NEGATIVE_INFINITY, axis.binCentre(IHistogram.UNDERFLOW));
        assertEquals(Double.POSITIVE_INFINITY, axis.binCentre(IHistogram.OVERFLOW));
    }

    @Test
    void invalidBinningRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(5, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(5, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(5, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(5, -Double.MAX_VALUE, Double.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new FixedAxis(1000, 0, 1e306));
    }

    @Test
    void invalidIndexAndNanRejected() {
        FixedAxis axis = new FixedAxis(4, 0, 4);

        assertThrows(IndexOutOfBoundsException.class, () -> axis.binLowerEdge(4));
        assertThrows(IndexOutOfBoundsException.class, () -> axis.binUpperEdge(-3));
        assertThrows(IllegalArgumentException.class, () -> axis.coordToIndex(Double.NaN));
    }
}
