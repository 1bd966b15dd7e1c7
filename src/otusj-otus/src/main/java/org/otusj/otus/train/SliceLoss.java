package org.otusj.otus.train;

/**
 * The slices of every sliced-Wasserstein loss: the paper's L random linear directions, and optionally a
 * non-linear slice, the invariant mass of the sum of all objects of an event (see {@link MassSlice}).
 *
 * @param linearWeight weight of the mean over the L linear slices; 1 in the paper, 0 to leave them out
 * @param massWeight weight w of the mass slice, w times its squared 1-D Wasserstein distance (GeV^2);
 *     0 for none
 * @param massGroups G: the mass slice compares the events of both batches in G x G groups, ordered by
 *     the lowest and then by the highest object energy of each event; 1 compares all events at once
 * @param massCentre centre c in GeV of the mass compression (the Z mass for Z to e+e-)
 * @param massWidth width s in GeV of the compression: a mass m enters as c + s tanh((m - c) / s), so
 *     a far tail counts at most s; 0 for none
 */
public record SliceLoss(double linearWeight, double massWeight, int massGroups, double massCentre, double massWidth) {

    /** The paper's loss: linear slices only. */
    public static final SliceLoss LINEAR = new SliceLoss(1, 0, 1, 0, 0);

    public SliceLoss {
        require(linearWeight >= 0, "LinearSliceWeight must not be negative", linearWeight);
        require(massWeight >= 0, "MassSliceWeight must not be negative", massWeight);
        require(linearWeight > 0 || massWeight > 0, "LinearSliceWeight and MassSliceWeight must not both be 0",
                linearWeight);
        require(massGroups >= 1, "MassSliceGroups must be at least 1", massGroups);
        require(massWidth >= 0, "MassSliceWidth must not be negative", massWidth);
    }

    /** The linear slices plus a plain mass slice of weight {@code massWeight} (no groups, no compression). */
    public static SliceLoss withMass(double massWeight) {
        return new SliceLoss(1, massWeight, 1, 0, 0);
    }

    private static void require(boolean condition, String message, Object found) {
        if (!condition) {
            throw new IllegalArgumentException(message + ", found " + found);
        }
    }
}
