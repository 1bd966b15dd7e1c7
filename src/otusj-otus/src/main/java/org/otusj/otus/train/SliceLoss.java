package org.otusj.otus.train;

/**
 * The slices of every sliced-Wasserstein loss: the L random linear directions of the OTUS paper (Howard et
 * al., Sci. Rep. 12, 7567 (2022)), and optionally a
 * non-linear slice, the invariant mass of the sum of all objects of an event (see {@link MassSlice}).
 *
 * @param linearWeight weight of the mean over the L linear slices; 1 in the OTUS paper, 0 to leave them out
 * @param massWeight weight w of the mass slice, w times its squared 1-D Wasserstein distance (GeV^2);
 *     0 for none
 * @param massGroups G: the mass slice compares the events of both batches in G x G groups, ordered by
 *     the lowest and then by the highest object energy of each event; 1 compares all events at once
 * @param massCentre centre c in GeV of the mass compression (the Z mass for Z to e+e-)
 * @param massWidth width s in GeV of the compression: a mass m enters as c + s tanh((m - c) / s), so
 *     a far tail counts at most s; 0 for none
 * @param massTopWidth width in GeV of the compression in the groups of the highest energies (see
 *     {@link MassSlice#sorted(ai.djl.ndarray.NDArray, int, double, double, double)}); 0 (as in models
 *     saved before it existed) stands for {@code massWidth}, one width for all groups
 * @param debiased true to correct the generator-only phases for the bias of batch-wise distances (see
 *     {@link DebiasedDistance}); false for the plain batch distance of the paper
 */
public record SliceLoss(double linearWeight, double massWeight, int massGroups, double massCentre, double massWidth,
        double massTopWidth, boolean debiased) {

    /** Linear slices only, the loss of the OTUS paper (Howard et al., Sci. Rep. 12, 7567 (2022)). */
    public static final SliceLoss LINEAR = new SliceLoss(1, 0, 1, 0, 0);

    public SliceLoss {
        if (massTopWidth == 0) {
            massTopWidth = massWidth;
        }
        require(Double.isFinite(linearWeight) && linearWeight >= 0, "LinearSliceWeight must be a finite number, 0 or more",
                linearWeight);
        require(Double.isFinite(massWeight) && massWeight >= 0, "MassSliceWeight must be a finite number, 0 or more",
                massWeight);
        require(linearWeight > 0 || massWeight > 0, "LinearSliceWeight and MassSliceWeight must not both be 0",
                linearWeight);
        require(massGroups >= 1, "MassSliceGroups must be at least 1", massGroups);
        require(Double.isFinite(massWidth) && massWidth >= 0, "MassSliceWidth must be a finite number, 0 or more",
                massWidth);
        require(Double.isFinite(massCentre), "MassSliceCentre must be a finite number", massCentre);
        // A width around a centre of 0 GeV would squash every mass of a resonance into the same value.
        require(massWidth == 0 || massCentre > 0, "MassSliceCentre must be set above 0 GeV (e.g. 91.19 for the Z) "
                + "when MassSliceWidth is set", massCentre);
        require(massTopWidth == massWidth || (Double.isFinite(massTopWidth) && massTopWidth > 0),
                "MassSliceTopWidth must be 0 (the same as MassSliceWidth) or a finite number above 0", massTopWidth);
        require(massTopWidth == massWidth || massWidth > 0, "MassSliceTopWidth " + massTopWidth + " needs "
                + "MassSliceWidth above 0 (a compression in every group)", massWidth);
        require(massTopWidth == massWidth || massGroups >= 2, "MassSliceTopWidth applies to the groups of the "
                + "highest energies and needs MassSliceGroups of at least 2", massGroups);
    }

    /** Creates slices with one compression width for all mass groups. */
    public SliceLoss(double linearWeight, double massWeight, int massGroups, double massCentre, double massWidth,
            boolean debiased) {
        this(linearWeight, massWeight, massGroups, massCentre, massWidth, massWidth, debiased);
    }

    /** Creates slices compared with the plain batch distance of the paper, without the debiasing. */
    public SliceLoss(double linearWeight, double massWeight, int massGroups, double massCentre, double massWidth) {
        this(linearWeight, massWeight, massGroups, massCentre, massWidth, false);
    }

    /**
     * Checks that a batch of {@code batchSize} events fills the G x G mass groups.
     *
     * @throws IllegalArgumentException naming MassSliceGroups and BatchSize if it does not
     */
    public void checkBatch(int batchSize) {
        // A debiased distance compares halves of the batch, each of which must fill the groups.
        long cells = (long) massGroups * massGroups * (debiased ? 2 : 1);
        require(massWeight == 0 || cells <= batchSize, "MassSliceGroups " + massGroups + " needs batches of at least "
                + cells + " events (G x G" + (debiased ? ", twice for DebiasedSlices" : "")
                + "); lower MassSliceGroups or raise BatchSize" + (debiased ? ", or set DebiasedSlices false" : ""),
                batchSize);
        require(!debiased || batchSize >= 2, "DebiasedSlices needs batches of at least 2 events (it compares halves); "
                + "raise BatchSize or set DebiasedSlices false", batchSize);
    }

    /** Returns the linear slices plus a plain mass slice of weight {@code massWeight} (no groups, no compression). */
    public static SliceLoss withMass(double massWeight) {
        return new SliceLoss(1, massWeight, 1, 0, 0);
    }

    private static void require(boolean condition, String message, Object found) {
        if (!condition) {
            throw new IllegalArgumentException(message + ", found " + found);
        }
    }
}
