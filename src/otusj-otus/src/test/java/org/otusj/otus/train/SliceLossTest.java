package org.otusj.otus.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The checks on slice settings that a dry run reports before any event is read. */
class SliceLossTest {

    @Test
    void acceptsZeroJobSettings() {
        assertDoesNotThrow(() -> new SliceLoss(0.003, 1, 3, 91.19, 10).checkBatch(256));
    }

    @Test
    void topWidthZeroMeansOneWidth() {
        assertEquals(10, new SliceLoss(0.003, 1, 3, 91.19, 10, 0, true).massTopWidth());
        assertEquals(25, new SliceLoss(0.003, 1, 3, 91.19, 10, 25, true).massTopWidth());
    }

    @Test
    void rejectsTopWidthWithoutGroupsOrCompression() {
        assertRejected("MassSliceGroups of at least 2", () -> new SliceLoss(1, 1, 1, 91.19, 10, 25, false));
        assertRejected("MassSliceTopWidth 25.0 needs MassSliceWidth above 0 (a compression in every group), found 0.0",
                () -> new SliceLoss(1, 1, 3, 91.19, 0, 25, false));
        assertRejected("MassSliceTopWidth", () -> new SliceLoss(1, 1, 3, 91.19, 10, Double.NaN, false));
    }

    @Test
    void rejectsInfiniteWeight() {
        assertRejected("MassSliceWeight", () -> new SliceLoss(1, Double.POSITIVE_INFINITY, 1, 0, 0));
    }

    @Test
    void rejectsNaNWeight() {
        assertRejected("LinearSliceWeight", () -> new SliceLoss(Double.NaN, 1, 1, 0, 0));
    }

    @Test
    void rejectsWidthWithoutCentre() {
        assertRejected("MassSliceCentre", () -> new SliceLoss(1, 1, 1, 0, 10));
    }

    @Test
    void rejectsInfiniteWidth() {
        assertRejected("MassSliceWidth", () -> new SliceLoss(1, 1, 1, 91.19, Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsGroupsLargerThanBatch() {
        SliceLoss loss = new SliceLoss(1, 1, 20, 91.19, 10);
        assertRejected("BatchSize", () -> loss.checkBatch(256));
        assertDoesNotThrow(() -> loss.checkBatch(400));
    }

    @Test
    void needsTwiceTheGroupsWhenDebiased() {
        // 10 x 10 groups fill a batch of 150 once, but not each of its two halves of 75.
        assertDoesNotThrow(() -> new SliceLoss(1, 1, 10, 91.19, 10, false).checkBatch(150));
        assertRejected("DebiasedSlices", () -> new SliceLoss(1, 1, 10, 91.19, 10, true).checkBatch(150));
        assertDoesNotThrow(() -> new SliceLoss(1, 1, 10, 91.19, 10, true).checkBatch(200));
    }

    @Test
    void debiasingNeedsTwoEvents() {
        assertRejected("DebiasedSlices", () -> new SliceLoss(1, 0, 1, 0, 0, true).checkBatch(1));
        assertDoesNotThrow(() -> new SliceLoss(1, 0, 1, 0, 0, true).checkBatch(2));
    }

    @Test
    void ignoresGroupsWithoutMassSlice() {
        assertDoesNotThrow(() -> new SliceLoss(1, 0, 20, 0, 0).checkBatch(256));
    }

    private static void assertRejected(String parameter, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(parameter), e.getMessage());
    }
}
