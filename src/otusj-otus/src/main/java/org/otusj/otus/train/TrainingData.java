package org.otusj.otus.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The samples of one training run: unpaired z and x for training and validation, and optional (z, x)
 * pairs for the semi-supervised losses. Rows are event vectors in GeV.
 */
public final class TrainingData {

    private final double[][] zTrain;
    private final double[][] xTrain;
    private final double[][] zValidation;
    private final double[][] xValidation;
    private final double[][] pairZ;
    private final double[][] pairX;

    private TrainingData(double[][] zTrain, double[][] xTrain, double[][] zValidation, double[][] xValidation,
            double[][] pairZ, double[][] pairX) {
        this.zTrain = zTrain;
        this.xTrain = xTrain;
        this.zValidation = zValidation;
        this.xValidation = xValidation;
        this.pairZ = pairZ;
        this.pairX = pairX;
    }

    /** Unpaired samples without validation or pairs. */
    public static TrainingData of(double[][] z, double[][] x) {
        return split(z, x, new double[0][], new double[0][], 0, 0);
    }

    /**
     * Holds out a random share {@code validationFraction} of each sample (at least one event when the share
     * is positive and the sample has ten events or more) for validation.
     *
     * @param pairZ z of the given pairs, row i paired with {@code pairX[i]}; may be empty
     */
    public static TrainingData split(double[][] z, double[][] x, double[][] pairZ, double[][] pairX,
            double validationFraction, long seed) {
        if (pairZ.length != pairX.length) {
            throw new IllegalArgumentException(pairZ.length + " paired z rows but " + pairX.length + " paired x rows");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<double[][]> zParts = holdOut(z, validationFraction, random);
        List<double[][]> xParts = holdOut(x, validationFraction, random);
        return new TrainingData(zParts.get(0), xParts.get(0), zParts.get(1), xParts.get(1), pairZ, pairX);
    }

    public double[][] zTrain() {
        return zTrain;
    }

    public double[][] xTrain() {
        return xTrain;
    }

    public double[][] zValidation() {
        return zValidation;
    }

    public double[][] xValidation() {
        return xValidation;
    }

    public double[][] pairZ() {
        return pairZ;
    }

    public double[][] pairX() {
        return pairX;
    }

    /** Returns true if both validation samples hold at least two events. */
    public boolean hasValidation() {
        return zValidation.length >= 2 && xValidation.length >= 2;
    }

    /** A 64-bit hash of every value, so a checkpoint can tell whether it was made from the same samples. */
    public long fingerprint() {
        long hash = 0x9e3779b97f4a7c15L;
        for (double[][] sample : new double[][][] {zTrain, xTrain, zValidation, xValidation, pairZ, pairX}) {
            hash = 31 * hash + sample.length;
            for (double[] row : sample) {
                hash = 31 * hash + Arrays.hashCode(row);
            }
        }
        return hash;
    }

    private static List<double[][]> holdOut(double[][] rows, double fraction, SplittableRandom random) {
        int held = (fraction > 0 && rows.length >= 10) ? Math.max(1, (int) Math.round(rows.length * fraction)) : 0;
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }

        // Keep the training rows in their original order, so a split of 0 leaves the sample unchanged.
        boolean[] validation = new boolean[rows.length];
        for (int i = 0; i < held; i++) {
            validation[order[i]] = true;
        }
        List<double[]> train = new ArrayList<>();
        List<double[]> valid = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            (validation[i] ? valid : train).add(rows[i]);
        }
        return List.of(train.toArray(new double[0][]), valid.toArray(new double[0][]));
    }
}
