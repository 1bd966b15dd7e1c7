package org.otusj.otus;

import java.util.SplittableRandom;

/** A toy Z to e+e- sample for fast tests: back-to-back massless pairs of a 91.2 GeV Z with a small boost. */
public final class ToyZee {

    private ToyZee() {
    }

    /**
     * Draws {@code n} parton-level vectors (e-, e+), each 8 numbers in GeV; with {@code resolution} above 0
     * every momentum is scaled by an independent 1 + resolution * N(0, 1), as a crude detector.
     */
    public static double[][] sample(int n, double resolution, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double cosTheta = 2 * random.nextDouble() - 1;
            double sinTheta = Math.sqrt(1 - cosTheta * cosTheta);
            double phi = 2 * Math.PI * random.nextDouble();
            double p = 45.6;
            double px = p * sinTheta * Math.cos(phi);
            double py = p * sinTheta * Math.sin(phi);
            double pz = p * cosTheta;
            double boost = 20 * random.nextGaussian();
            rows[i] = new double[] {px, py, pz + boost, 0, -px, -py, -pz + boost, 0};
            for (int slot = 0; slot < 2; slot++) {
                double scale = 1 + resolution * random.nextGaussian();
                double norm2 = 0;
                for (int c = 0; c < 3; c++) {
                    rows[i][4 * slot + c] *= scale;
                    norm2 += rows[i][4 * slot + c] * rows[i][4 * slot + c];
                }
                rows[i][4 * slot + 3] = Math.sqrt(norm2);
            }
        }
        return rows;
    }
}
