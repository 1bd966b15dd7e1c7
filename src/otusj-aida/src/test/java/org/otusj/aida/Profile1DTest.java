package org.otusj.aida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hep.aida.IHistogram;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otusj.aida.testing.AidaFixtures;

/**
 * Checks {@link Profile1D} against values worked out by hand for {@link AidaFixtures#profile()}. Bin 0
 * contains y = 1, 2, 3 at x = 0.5, 0.75, 0.25 with unit weights. Bin 2 contains y = 10 (w 2) and y = 14
 * (w 0.5) at x = 2.5 and 2.6. The overflow bin contains y = 1 at x = 4.
 */
class Profile1DTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void unitWeightBin() {
        Profile1D p = AidaFixtures.profile();

        assertEquals(3, p.binEntries(0));
        assertEquals(2.0, p.binHeight(0), TOLERANCE);
        assertEquals(Math.sqrt(2.0 / 3.0), p.binRms(0), TOLERANCE);
        // RMS over sqrt(3 effective entries).
        assertEquals(Math.sqrt(2.0) / 3.0, p.binError(0), TOLERANCE);
        assertEquals(0.5, p.binMean(0), TOLERANCE);
        assertEquals(Math.sqrt(1.0 / 24.0), p.binRmsX(0), TOLERANCE);
    }

    @Test
    void weightedBin() {
        Profile1D p = AidaFixtures.profile();

        // sum(w) = 2.5, mean y = (20 + 7) / 2.5 = 10.8, <y^2> = (200 + 98) / 2.5 = 119.2, variance 2.56.
        assertEquals(10.8, p.binHeight(2), TOLERANCE);
        assertEquals(1.6, p.binRms(2), TOLERANCE);
        // Effective entries 2.5^2 / (4 + 0.25).
        assertEquals(1.6 / Math.sqrt(6.25 / 4.25), p.binError(2), TOLERANCE);
        assertEquals((5.0 + 1.3) / 2.5, p.binMean(2), TOLERANCE);
        assertEquals(2.5, p.binSumW(2), TOLERANCE);
    }

    @Test
    void emptyAndOverflowBins() {
        Profile1D p = AidaFixtures.profile();

        assertEquals(0, p.binEntries(1));
        assertTrue(Double.isNaN(p.binHeight(1)));
        assertTrue(Double.isNaN(p.binError(1)));
        assertEquals(1, p.binEntries(IHistogram.OVERFLOW));
        assertEquals(1.0, p.binHeight(IHistogram.OVERFLOW));
        assertEquals(0.0, p.binError(IHistogram.OVERFLOW));
        assertEquals(5, p.entries());
        assertEquals(1, p.extraEntries());
        assertEquals(7.8 / 5.5, p.mean(), TOLERANCE);
    }

    @Test
    void addEqualsFillingOnce() {
        Profile1D whole = AidaFixtures.profile();
        Profile1D first = new Profile1D(whole.title(), 3, 0, 3);
        Profile1D second = new Profile1D(whole.title(), 3, 0, 3);
        first.setAnnotation(Profile1D.Y_LABEL_KEY, "<y> [GeV]");
        first.fill(0.5, 1.0);
        first.fill(0.75, 2.0);
        second.fill(0.25, 3.0);
        second.fill(2.5, 10.0, 2.0);
        second.fill(2.6, 14.0, 0.5);
        second.fill(4.0, 1.0);

        first.add(second);
        for (int index = -2; index < 3; index++) {
            assertEquals(whole.binEntries(index), first.binEntries(index), "entries of bin " + index);
            assertEquals(whole.binHeight(index), first.binHeight(index), TOLERANCE, "height of bin " + index);
            assertEquals(whole.binError(index), first.binError(index), TOLERANCE, "error of bin " + index);
            assertEquals(whole.binRms(index), first.binRms(index), TOLERANCE, "RMS of bin " + index);
        }
    }

    @Test
    void restoredUnitWeightProfilesAdd() {
        // AIDA files keep no sum of weights; for unit weights the effective entries restore it.
        Profile1D a = new Profile1D("p", 2, 0, 2);
        Profile1D b = new Profile1D("p", 2, 0, 2);
        Profile1D whole = new Profile1D("p", 2, 0, 2);
        double[][] fills = {{0.5, 1}, {0.2, 4}, {0.7, 6}, {1.5, 2}, {1.2, 3}};
        for (int i = 0; i < fills.length; i++) {
            (i < 3 ? a : b).fill(fills[i][0], fills[i][1]);
            whole.fill(fills[i][0], fills[i][1]);
        }
        a.add(b);
        Profile1D restoredA = restoreOf(copyUpTo(fills, 3));
        Profile1D restoredB = restoreOf(java.util.Arrays.copyOfRange(fills, 3, fills.length));
        restoredA.add(restoredB);

        for (int index = 0; index < 2; index++) {
            assertEquals(whole.binHeight(index), restoredA.binHeight(index), TOLERANCE, "height of bin " + index);
            assertEquals(whole.binRms(index), restoredA.binRms(index), TOLERANCE, "RMS of bin " + index);
            assertEquals(whole.binError(index), restoredA.binError(index), TOLERANCE, "error of bin " + index);
        }
    }

    @Test
    void restoreRejectsNegativeError() {
        Profile1D p = new Profile1D("p", 1, 0, 1);
        List<ProfileBin> bins = List.of(ProfileBin.EMPTY, new ProfileBin(1, 1.0, -0.1, 0.0, 0.5, 0.0),
                ProfileBin.EMPTY);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Profile1D.restore("p", p.axis(), bins, new Statistics1D(1, 0.5, 0, 1)));
        assertTrue(error.getMessage().contains("bin 0"), error.getMessage());
    }

    private static double[][] copyUpTo(double[][] fills, int count) {
        return java.util.Arrays.copyOf(fills, count);
    }

    /** Fills a profile, then rebuilds it from its stored values as a reader of a file does. */
    private static Profile1D restoreOf(double[][] fills) {
        Profile1D filled = new Profile1D("p", 2, 0, 2);
        for (double[] fill : fills) {
            filled.fill(fill[0], fill[1]);
        }
        List<ProfileBin> bins = new ArrayList<>();
        for (int index : new int[] {IHistogram.UNDERFLOW, 0, 1, IHistogram.OVERFLOW}) {
            bins.add(new ProfileBin(filled.binEntries(index), filled.binHeight(index), filled.binError(index),
                    filled.binRms(index), filled.binMean(index), filled.binRmsX(index)));
        }
        Statistics1D statistics = new Statistics1D(filled.entries(), filled.mean(), filled.rms(),
                filled.equivalentBinEntries());
        return Profile1D.restore("p", filled.axis(), bins, statistics);
    }
}
