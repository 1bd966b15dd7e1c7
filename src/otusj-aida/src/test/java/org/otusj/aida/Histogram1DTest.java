package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.aida.IHistogram;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otusj.aida.testing.HistogramFixtures;

/** Checks {@link Histogram1D} against contents worked out by hand for the fills listed in each test. */
class Histogram1DTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void binContentsOfMixedFills() {
        Histogram1D h = HistogramFixtures.mixedFills();

        assertEquals(1, h.binEntries(0));
        assertEquals(1.0, h.binHeight(0));
        assertEquals(1.0, h.binError(0));
        assertEquals(0.5, h.binMean(0));
        assertEquals(0.0, h.binRms(0));

        // Bin 1: x = 1.5 and 1.0, each with w = 2. Mean 1.25; sum(w x^2)/sum(w) = 6.5/4 = 1.625, so the
        // variance is 1.625 - 1.5625 = 0.0625 and the RMS 0.25.
        assertEquals(2, h.binEntries(1));
        assertEquals(4.0, h.binHeight(1));
        assertEquals(Math.sqrt(8.0), h.binError(1), TOLERANCE);
        assertEquals(1.25, h.binMean(1), TOLERANCE);
        assertEquals(0.25, h.binRms(1), TOLERANCE);

        assertEquals(0, h.binEntries(2));
        assertEquals(0.0, h.binHeight(2));
        assertEquals(0.0, h.binError(2));
        assertTrue(Double.isNaN(h.binMean(2)));
        assertTrue(Double.isNaN(h.binRms(2)));

        assertEquals(1, h.binEntries(3));
        assertEquals(0.5, h.binHeight(3));
        assertEquals(0.5, h.binError(3));
        assertEquals(3.75, h.binMean(3));
    }

    @Test
    void outflowBinsOfMixedFills() {
        Histogram1D h = HistogramFixtures.mixedFills();

        assertEquals(1, h.binEntries(IHistogram.UNDERFLOW));
        assertEquals(3.0, h.binHeight(IHistogram.UNDERFLOW));
        assertEquals(3.0, h.binError(IHistogram.UNDERFLOW));
        assertEquals(-1.0, h.binMean(IHistogram.UNDERFLOW));

        assertEquals(1, h.binEntries(IHistogram.OVERFLOW));
        assertEquals(1.0, h.binHeight(IHistogram.OVERFLOW));
        assertEquals(4.0, h.binMean(IHistogram.OVERFLOW));
    }

    @Test
    void globalStatisticsOfMixedFills() {
        Histogram1D h = HistogramFixtures.mixedFills();

        assertEquals(4, h.entries());
        assertEquals(2, h.extraEntries());
        assertEquals(2, h.nanEntries());
        assertEquals(8, h.allEntries());
        assertEquals(5.5, h.sumBinHeights(), TOLERANCE);
        assertEquals(4.0, h.sumExtraBinHeights(), TOLERANCE);
        assertEquals(9.5, h.sumAllBinHeights(), TOLERANCE);

        // In range: sum(w) = 5.5, sum(w x) = 0.5 + 3 + 2 + 1.875 = 7.375, so the mean is 59/44.
        // sum(w x^2) = 0.25 + 4.5 + 2 + 7.03125 = 441/32, and 441/176 - (59/44)^2 = 685/968.
        assertEquals(59.0 / 44.0, h.mean(), TOLERANCE);
        assertEquals(Math.sqrt(685.0 / 968.0), h.rms(), TOLERANCE);

        // sum(w)^2 / sum(w^2) = 30.25 / 9.25.
        assertEquals(121.0 / 37.0, h.equivalentBinEntries(), TOLERANCE);
        assertArrayEquals(new int[] {2, 1}, h.minMaxBins());
    }

    @Test
    void variableBinsFill() {
        Histogram1D h = new Histogram1D("variable", new double[] {0, 1, 3, 6});
        h.fill(0.5);
        h.fill(2.0, 2.0);
        h.fill(2.9);
        h.fill(3.0);
        h.fill(6.0);

        assertEquals(3, h.xAxis().bins());
        assertEquals(1, h.binEntries(0));
        assertEquals(2, h.binEntries(1));
        assertEquals(3.0, h.binHeight(1));
        assertEquals((4.0 + 2.9) / 3.0, h.binMean(1), TOLERANCE);
        assertEquals(1, h.binEntries(2));
        assertEquals(3.0, h.binMean(2));
        assertEquals(1, h.binEntries(IHistogram.OVERFLOW));
        assertEquals(4, h.entries());
        assertEquals((0.5 + 4.0 + 2.9 + 3.0) / 5.0, h.mean(), TOLERANCE);
    }

    @Test
    void narrowSpreadFarFromZero() {
        // x = 1e8 + 0.25 and 1e8 + 0.75 have RMS 0.25; summing x^2 directly would lose it to cancellation.
        Histogram1D h = new Histogram1D("offset", 1, 1e8, 1e8 + 1);
        h.fill(1e8 + 0.25);
        h.fill(1e8 + 0.75);

        assertEquals(1e8 + 0.5, h.binMean(0));
        assertEquals(0.25, h.binRms(0));
        assertEquals(1e8 + 0.5, h.mean());
        assertEquals(0.25, h.rms());
    }

    @Test
    void emptyHistogramStatistics() {
        Histogram1D h = new Histogram1D("empty", 10, 0, 1);

        assertEquals(0, h.entries());
        assertEquals(0, h.allEntries());
        assertEquals(0.0, h.mean());
        assertEquals(0.0, h.rms());
        assertEquals(0.0, h.equivalentBinEntries());
        assertEquals(0.0, h.sumAllBinHeights());
        assertArrayEquals(new int[] {0, 0}, h.minMaxBins());
    }

    @Test
    void infiniteCoordinatesGoToOutflowBins() {
        Histogram1D h = new Histogram1D("infinite", 2, 0, 1);
        h.fill(Double.NEGATIVE_INFINITY);
        h.fill(Double.POSITIVE_INFINITY);

        assertEquals(1, h.binEntries(IHistogram.UNDERFLOW));
        assertEquals(1, h.binEntries(IHistogram.OVERFLOW));
        assertEquals(0, h.entries());
        assertEquals(0.0, h.mean());
    }

    @Test
    void zeroAndNegativeWeights() {
        Histogram1D h = new Histogram1D("weights", 2, 0, 2);
        h.fill(0.5, 0.0);
        h.fill(1.5, -1.0);
        h.fill(1.7, 2.0);

        assertEquals(1, h.binEntries(0));
        assertEquals(0.0, h.binHeight(0));
        assertTrue(Double.isNaN(h.binMean(0)));
        assertEquals(1.0, h.binHeight(1), TOLERANCE);
        assertEquals(Math.sqrt(5.0), h.binError(1), TOLERANCE);
        assertEquals((-1.5 + 3.4) / 1.0, h.binMean(1), TOLERANCE);
        assertEquals(3, h.entries());
    }

    @Test
    void infiniteWeightRejected() {
        Histogram1D h = new Histogram1D("weights", 2, 0, 2);

        assertThrows(IllegalArgumentException.class, () -> h.fill(1.0, Double.POSITIVE_INFINITY));
        assertEquals(0, h.allEntries());
    }

    @Test
    void resetKeepsTitleAndAxis() {
        Histogram1D h = HistogramFixtures.mixedFills();
        h.setAnnotation(Histogram1D.X_LABEL_KEY, "x [GeV]");
        h.reset();

        assertEquals(0, h.allEntries());
        assertEquals(0, h.nanEntries());
        assertEquals(0, h.binEntries(IHistogram.UNDERFLOW));
        assertEquals(0.0, h.binHeight(1));
        assertEquals(0.0, h.mean());
        assertEquals("mixed fills", h.title());
        assertEquals("x [GeV]", h.annotation(Histogram1D.X_LABEL_KEY));
        assertEquals(4, h.xAxis().bins());
    }

    @Test
    void titleIsFirstAnnotation() {
        Histogram1D h = new Histogram1D("first", 1, 0, 1);
        h.setAnnotation(Histogram1D.X_LABEL_KEY, "m [GeV]");
        h.setTitle("second");

        assertEquals("second", h.title());
        assertEquals(List.of(Histogram1D.TITLE_KEY, Histogram1D.X_LABEL_KEY), List.copyOf(h.annotations().keySet()));
        assertNull(h.annotation("missing"));
        assertThrows(UnsupportedOperationException.class, () -> h.annotations().put("k", "v"));
    }

    @Test
    void invalidBinIndexRejected() {
        Histogram1D h = new Histogram1D("index", 3, 0, 3);

        assertThrows(IndexOutOfBoundsException.class, () -> h.binEntries(3));
        assertThrows(IndexOutOfBoundsException.class, () -> h.binHeight(-3));
    }

    @Test
    void addEqualsFillingOnce() {
        Histogram1D whole = HistogramFixtures.mixedFills();
        Histogram1D first = new Histogram1D("mixed fills", 4, 0.0, 4.0);
        Histogram1D second = new Histogram1D("other title", 4, 0.0, 4.0);
        first.fill(0.5);
        first.fill(1.5, 2.0);
        first.fill(Double.NaN);
        second.fill(1.0, 2.0);
        second.fill(3.75, 0.5);
        second.fill(-1.0, 3.0);
        second.fill(4.0);
        second.fill(2.0, Double.NaN);

        first.add(second);
        // The values are multiples of powers of two, so the sums are exact in any order.
        assertEquals(whole, first);
        assertEquals(whole.allEntries(), first.allEntries());
        assertEquals(whole.nanEntries(), first.nanEntries());
        assertEquals("mixed fills", first.title());
    }

    @Test
    void addRandomSplitMatchesWithinRounding() {
        Histogram1D whole = new Histogram1D("random", 20, -2, 2);
        Histogram1D[] parts = {new Histogram1D("random", 20, -2, 2), new Histogram1D("random", 20, -2, 2),
            new Histogram1D("random", 20, -2, 2)};
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < 3000; i++) {
            double x = random.nextGaussian();
            double w = random.nextDouble(-0.2, 1.3);
            whole.fill(x, w);
            parts[i % 3].fill(x, w);
        }
        parts[0].add(parts[1]);
        parts[0].add(parts[2]);

        for (int index = -2; index < 20; index++) {
            assertEquals(whole.binEntries(index), parts[0].binEntries(index));
            assertEquals(whole.binHeight(index), parts[0].binHeight(index), 1e-11);
            assertEquals(whole.binSumW2(index), parts[0].binSumW2(index), 1e-11);
            assertEquals(whole.binMean(index), parts[0].binMean(index), 1e-11);
            assertEquals(whole.binRms(index), parts[0].binRms(index), 1e-11);
        }
        assertEquals(whole.mean(), parts[0].mean(), 1e-12);
        assertEquals(whole.rms(), parts[0].rms(), 1e-12);
    }

    @Test
    void addWithOtherBinningRejected() {
        Histogram1D h = HistogramFixtures.mixedFills();
        Histogram1D variable = new Histogram1D("v", new double[] {0, 1, 2, 3, 4.5});
        variable.fill(1.0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> h.add(variable));
        assertTrue(error.getMessage().contains("4 bins from 0.0 to 4.0"), error.getMessage());
        assertEquals(HistogramFixtures.mixedFills(), h);

        // The same edges as a variable axis are the same binning.
        Histogram1D sameEdges = new Histogram1D("v", new double[] {0, 1, 2, 3, 4});
        sameEdges.fill(0.5);
        h.add(sameEdges);
        assertEquals(2, h.binEntries(0));
    }

    @Test
    void copyIsEqualAndIndependent() {
        Histogram1D h = HistogramFixtures.mixedFills();
        Histogram1D copy = h.copy();

        assertEquals(h, copy);
        assertEquals(h.hashCode(), copy.hashCode());
        copy.fill(0.5);
        assertEquals(1, h.binEntries(0));
        assertTrue(!h.equals(copy));
    }

    @Test
    void restoreRejectsInconsistentBins() {
        FixedAxis axis = new FixedAxis(2, 0, 2);
        Bin1D good = new Bin1D(1, 1.0, 1.0, 0.5, 0.0);
        Statistics1D oneEntry = new Statistics1D(1, 0.5, 0.0, 1.0);

        IllegalArgumentException noEntries = assertThrows(IllegalArgumentException.class, () -> Histogram1D.restore(
                "h", axis, List.of(Bin1D.EMPTY, good, new Bin1D(0, 2.0, 1.0, 1.5, 0), Bin1D.EMPTY), oneEntry));
        assertTrue(noEntries.getMessage().contains("bin 1 has no entries"), noEntries.getMessage());

        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> Histogram1D.restore("h", axis, List.of(Bin1D.EMPTY, good, Bin1D.EMPTY), oneEntry));
        assertTrue(count.getMessage().contains("expected 4 bins"), count.getMessage());

        Bin1D negativeEntries = new Bin1D(-1, 0, 0, Double.NaN, Double.NaN);
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Histogram1D.restore(
                "h", axis, List.of(negativeEntries, good, Bin1D.EMPTY, Bin1D.EMPTY), oneEntry));
        assertTrue(negative.getMessage().contains("bin UNDERFLOW has negative entries"), negative.getMessage());
    }

    @Test
    void restoredValuesReturnedExactly() {
        FixedAxis axis = new FixedAxis(1, 0, 1);
        Bin1D bin = new Bin1D(3, 0.1 + 0.2, Math.nextUp(0.7), 0.4321, 0.1234);
        Histogram1D h = Histogram1D.restore("h", axis, List.of(Bin1D.EMPTY, bin, Bin1D.EMPTY),
                new Statistics1D(3, 0.4321, 0.1234, 2.5));

        assertEquals(0.1 + 0.2, h.binHeight(0));
        assertEquals(Math.nextUp(0.7), h.binError(0));
        assertEquals(0.4321, h.binMean(0));
        assertEquals(0.1234, h.binRms(0));
        assertEquals(2.5, h.equivalentBinEntries());
        // Filling drops the stored values: the statistics follow the sums again.
        h.fill(0.5, 0.0);
        assertEquals(0.4321, h.binMean(0), 1e-12);
        assertEquals(4, h.entries());
    }
}
