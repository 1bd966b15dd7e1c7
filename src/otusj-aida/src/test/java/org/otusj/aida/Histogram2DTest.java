package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.aida.IHistogram;
import hep.aida.IHistogram1D;
import org.junit.jupiter.api.Test;
import org.otusj.aida.testing.AidaFixtures;

/**
 * Checks {@link Histogram2D} against contents worked out by hand for the fills of {@link
 * AidaFixtures#histogram2D()}:
 *
 * <pre>
 * (x, y)        w    bin
 * (-1.5, 0.5)   1    (0, 0)
 * (-1.25, 0.75) 2    (0, 0)
 * (0.5, 2.5)    0.5  (2, 2)
 * (1.9, 1.0)    -1   (3, 1)
 * (3.0, 1.5)    1    (OVERFLOW, 1)
 * (0.0, -1.0)   3    (2, UNDERFLOW)
 * (-5, 9)       1    (UNDERFLOW, OVERFLOW)
 * (NaN, 1)      1    rejected
 * </pre>
 */
class Histogram2DTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void binOfTwoWeightedFills() {
        Histogram2D h = AidaFixtures.histogram2D();

        assertEquals(2, h.binEntries(0, 0));
        assertEquals(3.0, h.binHeight(0, 0));
        assertEquals(Math.sqrt(5.0), h.binError(0, 0), TOLERANCE);
        // x = -1.5 (w 1) and -1.25 (w 2): mean -4/3, deviations -1/6 and 1/12, variance 1/72.
        assertEquals(-4.0 / 3.0, h.binMeanX(0, 0), TOLERANCE);
        assertEquals(Math.sqrt(1.0 / 72.0), h.binRmsX(0, 0), TOLERANCE);
        assertEquals(2.0 / 3.0, h.binMeanY(0, 0), TOLERANCE);
        assertEquals(Math.sqrt(1.0 / 72.0), h.binRmsY(0, 0), TOLERANCE);
    }

    @Test
    void outOfRangeBins() {
        Histogram2D h = AidaFixtures.histogram2D();

        assertEquals(1, h.binEntries(IHistogram.OVERFLOW, 1));
        assertEquals(3.0, h.binHeight(2, IHistogram.UNDERFLOW));
        assertEquals(0.0, h.binMeanY(2, IHistogram.UNDERFLOW) + 1.0, TOLERANCE);
        assertEquals(1, h.binEntries(IHistogram.UNDERFLOW, IHistogram.OVERFLOW));
        assertEquals(-5.0, h.binMeanX(IHistogram.UNDERFLOW, IHistogram.OVERFLOW));
        assertTrue(Double.isNaN(h.binMeanX(1, 1)));
    }

    @Test
    void statisticsUseFillsInRangeOnBothAxes() {
        Histogram2D h = AidaFixtures.histogram2D();

        assertEquals(4, h.entries());
        assertEquals(3, h.extraEntries());
        assertEquals(1, h.nanEntries());
        assertEquals(8, h.allEntries());
        assertEquals(2.5, h.sumBinHeights(), TOLERANCE);
        assertEquals(7.5, h.sumAllBinHeights(), TOLERANCE);
        assertEquals(5.0, h.sumExtraBinHeights(), TOLERANCE);
        // sum(w x) = -1.5 - 2.5 + 0.25 - 1.9 = -5.65; sum(w y) = 0.5 + 1.5 + 1.25 - 1.0 = 2.25.
        assertEquals(-5.65 / 2.5, h.meanX(), TOLERANCE);
        assertEquals(2.25 / 2.5, h.meanY(), TOLERANCE);
        // sum(w)^2 / sum(w^2) = 2.5^2 / (1 + 4 + 0.25 + 1).
        assertEquals(6.25 / 6.25, h.equivalentBinEntries(), TOLERANCE);
        assertArrayEquals(new int[] {3, 1, 0, 0}, h.minMaxBins());
    }

    @Test
    void sumsAlongOneAxis() {
        Histogram2D h = AidaFixtures.histogram2D();

        assertEquals(2, h.binEntriesX(2));
        assertEquals(3.5, h.binHeightX(2), TOLERANCE);
        assertEquals(2, h.binEntriesY(1));
        assertEquals(0.0, h.binHeightY(1), TOLERANCE);
    }

    @Test
    void projectionEqualsOneDimensionalFills() {
        Histogram2D h = AidaFixtures.histogram2D();
        Histogram1D expected = new Histogram1D("x", 4, -2, 2);
        double[][] fills = {{-1.5, 1}, {-1.25, 2}, {0.5, 0.5}, {1.9, -1}, {3.0, 1}, {0.0, 3}, {-5, 1}};
        for (double[] fill : fills) {
            expected.fill(fill[0], fill[1]);
        }

        IHistogram1D projection = h.projectionX();
        assertSameContents(expected, (Histogram1D) projection);
    }

    @Test
    void sliceEqualsFillsOfOneRow() {
        Histogram2D h = AidaFixtures.histogram2D();
        Histogram1D expected = new Histogram1D("x", 4, -2, 2);
        expected.fill(-1.5, 1);
        expected.fill(-1.25, 2);

        assertSameContents(expected, (Histogram1D) h.sliceX(0));
        assertSameContents(expected, (Histogram1D) h.sliceX(0, 0));
        Histogram1D underflowRow = (Histogram1D) h.sliceX(IHistogram.UNDERFLOW);
        assertEquals(1, underflowRow.binEntries(2));
        assertEquals(3.0, underflowRow.binHeight(2));
        assertThrows(IndexOutOfBoundsException.class, () -> h.sliceX(2, 1));
    }

    @Test
    void addEqualsFillingOnce() {
        Histogram2D whole = AidaFixtures.histogram2D();
        Histogram2D first = new Histogram2D(whole.title(), 4, -2, 2, 3, 0, 3);
        Histogram2D second = new Histogram2D(whole.title(), 4, -2, 2, 3, 0, 3);
        first.setAnnotation(Histogram2D.X_LABEL_KEY, "p_x [GeV]");
        first.setAnnotation(Histogram2D.Y_LABEL_KEY, "p_z [GeV]");
        first.fill(-1.5, 0.5);
        first.fill(-1.25, 0.75, 2.0);
        first.fill(0.5, 2.5, 0.5);
        second.fill(1.9, 1.0, -1.0);
        second.fill(3.0, 1.5);
        second.fill(0.0, -1.0, 3.0);
        second.fill(-5.0, 9.0);
        second.fill(Double.NaN, 1.0);

        first.add(second);
        // Every value is a multiple of a power of two, so the sums are exact in any order.
        assertEquals(whole, first);
        assertEquals(whole.allEntries(), first.allEntries());
    }

    @Test
    void addWithOtherBinningRejected() {
        Histogram2D h = AidaFixtures.histogram2D();
        Histogram2D other = new Histogram2D("other", 4, -2, 2, 4, 0, 3);
        other.fill(0, 0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> h.add(other));
        assertTrue(error.getMessage().contains("y axis"), error.getMessage());
        assertEquals(AidaFixtures.histogram2D(), h);
    }

    @Test
    void copyIsEqualAndIndependent() {
        Histogram2D h = AidaFixtures.histogram2D();
        Histogram2D copy = h.copy();

        assertEquals(h, copy);
        copy.fill(0.1, 0.1);
        assertNotEquals(h, copy);
    }

    @Test
    void restoreRejectsInconsistentStatistics() {
        Histogram2D h = new Histogram2D("h", 1, 0, 1, 1, 0, 1);
        Bin2D[][] bins = new Bin2D[3][3];
        for (Bin2D[] row : bins) {
            java.util.Arrays.fill(row, Bin2D.EMPTY);
        }
        bins[1][1] = new Bin2D(2, 2.0, Math.sqrt(2.0), 0.5, 0.1, 0.5, 0.1);
        Statistics2D wrong = new Statistics2D(3, 0.5, 0.1, 0.5, 0.1, 2.0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Histogram2D.restore("h", h.xAxis(), h.yAxis(), bins, wrong));
        assertTrue(error.getMessage().contains("statistics entries 3"), error.getMessage());
    }

    private static void assertSameContents(Histogram1D expected, Histogram1D actual) {
        for (int index = -2; index < expected.xAxis().bins(); index++) {
            assertEquals(expected.binEntries(index), actual.binEntries(index), "entries of bin " + index);
            assertEquals(expected.binHeight(index), actual.binHeight(index), TOLERANCE, "height of bin " + index);
            assertEquals(expected.binError(index), actual.binError(index), TOLERANCE, "error of bin " + index);
            assertEquals(expected.binMean(index), actual.binMean(index), TOLERANCE, "mean of bin " + index);
            assertEquals(expected.binRms(index), actual.binRms(index), TOLERANCE, "RMS of bin " + index);
        }
        assertEquals(expected.entries(), actual.entries());
        assertEquals(expected.mean(), actual.mean(), TOLERANCE);
        assertEquals(expected.rms(), actual.rms(), TOLERANCE);
        assertEquals(expected.equivalentBinEntries(), actual.equivalentBinEntries(), TOLERANCE);
    }
}
