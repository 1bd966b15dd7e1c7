package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.otusj.aida.testing.HistogramFixtures;

class DataPointSetTest {

    @Test
    void fromHistogramHasBinCentresAndHeights() {
        Histogram1D histogram = HistogramFixtures.mixedFills();
        histogram.setAnnotation(Histogram1D.X_LABEL_KEY, "p_x [GeV]");
        DataPointSet set = DataPointSet.fromHistogram(histogram);

        assertEquals(2, set.dimension());
        assertEquals(4, set.size());
        assertEquals(new Measurement(1.5, 0.5, 0.5), set.point(1).coordinate(0));
        assertEquals(new Measurement(4.0, Math.sqrt(8.0), Math.sqrt(8.0)), set.point(1).coordinate(1));
        assertEquals("p_x [GeV]", set.annotation(DataPointSet.X_LABEL_KEY));
    }

    @Test
    void extentsIncludeErrors() {
        DataPointSet set = new DataPointSet("s", 1);
        set.addPoint(new Measurement(1.0, 0.5, 2.0));
        set.addPoint(new Measurement(3.0, 1.0, 0.0));

        assertEquals(-1.0, set.lowerExtent(0));
        assertEquals(4.0, set.upperExtent(0));
        assertTrue(Double.isNaN(new DataPointSet("empty", 1).lowerExtent(0)));
    }

    @Test
    void wrongDimensionRejected() {
        DataPointSet set = new DataPointSet("s", 2);

        assertThrows(IllegalArgumentException.class, () -> set.addPoint(Measurement.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> new DataPointSet("s", 0));
        assertThrows(IllegalArgumentException.class, () -> new Measurement(1.0, -1.0, 0.0));
        assertEquals(0, set.size());
    }

    @Test
    void equalityComparesPointsInOrder() {
        DataPointSet a = new DataPointSet("s", 1);
        DataPointSet b = new DataPointSet("s", 1);
        a.addPoint(Measurement.of(Double.NaN));
        b.addPoint(Measurement.of(Double.NaN));

        assertEquals(a, b);
        a.addPoint(Measurement.of(1.0));
        b.addPoint(Measurement.of(2.0));
        assertTrue(!a.equals(b));
    }
}
