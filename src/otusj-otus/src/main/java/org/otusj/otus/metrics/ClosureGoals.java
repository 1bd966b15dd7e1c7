package org.otusj.otus.metrics;

/**
 * The closure criteria and whether the fast simulation meets them:
 *
 * <ul>
 *   <li>R_same at most {@link #MAX_RATIO}, and far below the identity map's: R_same - 1 at most half of
 *       the identity's R_same - 1. A fast simulation as good as the detector scores R_same of about 1
 *       (one more detector sample), so it is the excess over 1 that measures what is missing. The
 *       stricter-looking R_same at most half the identity's would fail such a perfect simulation
 *       whenever the identity scores below 2, as it does on some test samples;</li>
 *   <li>in every energy bin with enough samples, mean and standard deviation of each resolution quantity
 *       within {@link #RESOLUTION_TOLERANCE} of the detector's standard deviation, or within
 *       {@link #ANGLE_FLOOR} rad for the angle, where the detector's spread is 0 and any float rounding of
 *       a decoded direction would otherwise count as a difference;</li>
 *   <li>invariant mass: window fraction within {@link #MAX_FRACTION_DIFFERENCE}, mean inside the window
 *       within {@link #MAX_MEAN_DIFFERENCE} GeV, standard deviation inside within
 *       {@link #MAX_STD_RELATIVE_DIFFERENCE} of the detector's.</li>
 * </ul>
 *
 * The resolution and mass criteria are defined for Z to e+e- only; for other studies they are not
 * judged ({@code judgedPhysics} false) and count as met in {@link #all()}.
 *
 * @param judgedPhysics whether the resolution and mass criteria were judged
 * @param ratio R_same criterion met
 * @param resolution all resolution tables agree
 * @param massFraction window fraction criterion met
 * @param massMean window mean criterion met
 * @param massStd window standard deviation criterion met
 */
public record ClosureGoals(boolean judgedPhysics, boolean ratio, boolean resolution, boolean massFraction,
        boolean massMean, boolean massStd) {

    public static final double MAX_RATIO = 1.5;
    public static final double RESOLUTION_TOLERANCE = 0.15;
    /** Smallest angle tolerance in rad, 10 urad: far below the angular resolution of any tracker. */
    public static final double ANGLE_FLOOR = 1e-5;
    public static final int MIN_BIN_SAMPLES = 200;
    public static final double MAX_FRACTION_DIFFERENCE = 0.03;
    public static final double MAX_MEAN_DIFFERENCE = 0.3;
    public static final double MAX_STD_RELATIVE_DIFFERENCE = 0.10;

    /** Returns true if every criterion is met. */
    public boolean all() {
        return ratio && resolution && massFraction && massMean && massStd;
    }

    /** Judges the given results. */
    public static ClosureGoals judge(SameZComparison sameZ, Iterable<ResolutionTable> resolutions,
            WindowStatistics fastSim, WindowStatistics detector, boolean judgePhysics) {
        boolean ratio = sameZ.ratio() <= MAX_RATIO && sameZ.ratio() - 1 <= 0.5 * (sameZ.identityRatio() - 1);
        if (!judgePhysics) {
            return new ClosureGoals(false, ratio, true, true, true, true);
        }
        boolean resolution = true;
        for (ResolutionTable table : resolutions) {
            resolution &= table.allAgree();
        }
        boolean fraction = Math.abs(fastSim.fraction() - detector.fraction()) <= MAX_FRACTION_DIFFERENCE;
        boolean mean = Math.abs(fastSim.mean() - detector.mean()) <= MAX_MEAN_DIFFERENCE;
        boolean std = Math.abs(fastSim.std() - detector.std()) <= MAX_STD_RELATIVE_DIFFERENCE * detector.std();
        return new ClosureGoals(true, ratio, resolution, fraction, mean, std);
    }
}
