package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hep.aida.IHistogram;
import org.junit.jupiter.api.Test;

class VariableAxisTest {

    private final VariableAxis axis = new VariableAxis(new double[] {0, 1, 2, 5, 10});

    @Test
    void edgesAndWidths() {
        assertEquals(4, axis.bins());
        assertEquals(0.0, axis.lowerEdge());
        assertEquals(10.0, axis.upperEdge());
        assertEquals(2.0, axis.binLowerEdge(2));
        assertEquals(5.0, axis.binUpperEdge(2));
        assertEquals(3.0, axis.binWidth(2));
        assertEquals(7.5, axis.binCentre(3));
        assertArrayEquals(new double[] {0, 1, 2, 5, 10}, axis.edges());
    }

    @Test
    void coordToIndexAtEdgesAndOutside() {
        assertEquals(IHistogram.UNDERFLOW, axis.coordToIndex(-1e-300));
        assertEquals(0, axis.coordToIndex(0.0));
        assertEquals(0, axis.coordToIndex(-0.0));
        assertEquals(0, axis.coordToIndex(0.999));
        assertEquals(1, axis.coordToIndex(1.0));
        assertEquals(2, axis.coordToIndex(4.9));
        assertEquals(3, axis.coordToIndex(5.0));
        assertEquals(3, axis.coordToIndex(9.999));
        assertEquals(IHistogram.OVERFLOW, axis.coordToIndex(10.0));
        assertEquals(IHistogram.OVERFLOW, axis.coordToIndex(Double.POSITIVE_INFINITY));
    }

    @Test
    void negativeZeroEdgeMatchesZero() {
        VariableAxis signed = new VariableAxis(new double[] {-1, -0.0, 1});

        assertEquals(1, signed.coordToIndex(0.0));
        assertEquals(1, signed.coordToIndex(-0.0));
        assertEquals(0, signed.coordToIndex(-1e-300));
    }

    @Test
    void edgesArrayIsCopied() {
        double[] edges = {0, 1, 2};
        VariableAxis copied = new VariableAxis(edges);
        edges[1] = 1.5;

        assertEquals(1.0, copied.binUpperEdge(0));
        copied.edges()[1] = 1.5;
        assertEquals(1.0, copied.binUpperEdge(0));
    }

    @Test
    void invalidEdgesRejected() {
        assertThrows(IllegalArgumentException.class, () -> new VariableAxis(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new VariableAxis(new double[] {0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new VariableAxis(new double[] {0, 2, 1}));
        assertThrows(IllegalArgumentException.class, () -> new VariableAxis(new double[] {0, Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> new VariableAxis(new double[] {0, Double.POSITIVE_INFINITY}));
    }
}
