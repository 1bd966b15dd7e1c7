package org.otusj.otus.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The closure criteria on hand-made results at and around their limits. */
class ClosureGoalsTest {

    private static final WindowStatistics MASS = new WindowStatistics(1000, 800, 0.8, 90.6, 3.36);

    @Test
    void ratioNearOneWithIdentityBelowTwo() {
        // R_same = 1.1 with the identity at 1.8: excess 0.1 against 0.8, met; R_same <= identity / 2 would fail it.
        assertTrue(judge(comparison(1.1, 1.8), List.of()).ratio());
    }

    @Test
    void ratioNotFarBelowIdentity() {
        // R_same = 1.45 against the identity's 1.8: excess 0.45 against 0.8, more than half.
        assertFalse(judge(comparison(1.45, 1.8), List.of()).ratio());
    }

    @Test
    void ratioAboveLimit() {
        // Far below an identity of 10 but above 1.5.
        assertFalse(judge(comparison(1.6, 10), List.of()).ratio());
    }

    @Test
    void angleFloorForDetectorWithoutSpread() {
        double[] energy = constant(300, 50);
        ResolutionTable rounding = ResolutionTable.of("angle", energy, constant(300, 2e-6), energy, constant(300, 0),
                ClosureGoals.RESOLUTION_TOLERANCE, ClosureGoals.ANGLE_FLOOR, ClosureGoals.MIN_BIN_SAMPLES);
        ResolutionTable turned = ResolutionTable.of("angle", energy, constant(300, 1e-3), energy, constant(300, 0),
                ClosureGoals.RESOLUTION_TOLERANCE, ClosureGoals.ANGLE_FLOOR, ClosureGoals.MIN_BIN_SAMPLES);

        assertTrue(rounding.allAgree());
        assertFalse(turned.allAgree());
    }

    @Test
    void relativeToleranceWithoutFloor() {
        double[] energy = constant(300, 50);
        double[] detector = alternating(300, -0.01, 0.03);
        // The detector has mean 0.01 and std 0.02, so the tolerance is 0.003: a mean of 0.0125 agrees, 0.014 not.
        ResolutionTable close = ResolutionTable.of("energy", energy, alternating(300, -0.0075, 0.0325), energy, detector,
                ClosureGoals.RESOLUTION_TOLERANCE, 0, ClosureGoals.MIN_BIN_SAMPLES);
        ResolutionTable shifted = ResolutionTable.of("energy", energy, alternating(300, -0.006, 0.034), energy, detector,
                ClosureGoals.RESOLUTION_TOLERANCE, 0, ClosureGoals.MIN_BIN_SAMPLES);

        assertTrue(close.allAgree());
        assertFalse(shifted.allAgree());
    }

    private static ClosureGoals judge(SameZComparison comparison, List<ResolutionTable> tables) {
        return ClosureGoals.judge(comparison, tables, MASS, MASS, true);
    }

    /** Builds a comparison with floor 1 GeV^2, so the distances are the ratios. */
    private static SameZComparison comparison(double ratio, double identityRatio) {
        return new SameZComparison(26, 10000, ratio, 1.0, identityRatio);
    }

    private static double[] constant(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static double[] alternating(int n, double low, double high) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 2 == 0 ? low : high;
        }
        return values;
    }
}
