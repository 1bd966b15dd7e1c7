package org.otusj.otus.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Runs a folded MLP generator ({@link FoldedWeights}) on one block of up to {@link #BLOCK} events at a
 * time, in plain Java. A block is copied from the row-major batch into structure-of-arrays scratch
 * space (one float[] per feature), passed through the networks with {@link DenseBlock}, and copied back
 * row-major with the energies appended. A kernel is the scratch space of one thread and is not
 * thread-safe.
 */
final class BlockKernel {

    /**
     * Events per block. With {@link #GROUP} hidden units alive at a time, the scratch space of a block of
     * 256 events (inputs, noise, a group of hidden units, outputs: about 55 kB) stays in the level-1 and
     * level-2 caches, and the loops over events are long enough for the SIMD loop bodies to dominate.
     */
    static final int BLOCK = 256;

    /**
     * Hidden units computed before the next layer takes them in, so that the hidden layer (128 units x
     * 256 events, 128 kB) never has to be held whole.
     */
    private static final int GROUP = 16;

    /** PyTorch's softplus returns x itself above this, where log(1 + exp(x)) equals x in float. */
    private static final float SOFTPLUS_THRESHOLD = 20f;

    /** Floor of |p|^2 + m^2 in GeV^2, as in {@link StochasticGenerator}: far below float precision. */
    private static final float MINIMUM_ENERGY_SQUARED = 1e-12f;

    private final FoldedWeights weights;
    private final float[][] input;
    private final float[][] normal;
    private final float[][] noiseParameters;
    private final float[][] eps;
    private final float[][] coreInput;
    private final float[][] hidden;
    private final float[][] momenta;
    private final float[] energy = new float[BLOCK];

    BlockKernel(FoldedWeights weights) {
        this.weights = weights;
        int inputs = weights.inputs;
        int noise = weights.noiseDimension;
        input = new float[inputs][BLOCK];
        normal = new float[noise][BLOCK];
        noiseParameters = weights.conditionalNoise() ? new float[2 * noise][BLOCK] : null;
        eps = weights.conditionalNoise() ? new float[noise][BLOCK] : normal;
        coreInput = new float[inputs + noise][];
        System.arraycopy(input, 0, coreInput, 0, inputs);
        System.arraycopy(eps, 0, coreInput, inputs, noise);
        hidden = new float[GROUP][BLOCK];
        momenta = new float[noise][BLOCK];
    }

    /**
     * Maps events {@code first} to {@code first + n - 1} of a batch.
     *
     * @param in row-major [rows, inputs] in GeV
     * @param standardNormal row-major [rows, noise dimension] draws of N(0, 1), or null to draw them from
     *     {@code random} in the same order (event by event, components in turn)
     * @param random the block's generator when {@code standardNormal} is null
     * @param out row-major [rows, 4 slots] in GeV, written for the block's events only
     */
    void run(float[] in, float[] standardNormal, SplittableRandom random, float[] out, int first, int n) {
        transpose(in, first, n, input);
        if (standardNormal != null) {
            transpose(standardNormal, first, n, normal);
        } else {
            draw(random, n);
        }

        if (weights.conditionalNoise()) {
            mlp(input, weights.noiseWeight0, weights.noiseBias0, weights.noiseHidden, weights.noiseWeight1,
                    weights.noiseBias1, noiseParameters, n);
            shiftNoise(n);
        }
        mlp(coreInput, weights.coreWeight0, weights.coreBias0, weights.coreHidden, weights.coreWeight1,
                weights.outputBias, momenta, n);
        if (weights.residualColumns != null) {
            addResidual(n);
        }
        writeWithEnergies(out, first, n);
    }

    /** Copies rows [first, first + n) of a row-major array into columns of the block. */
    private static void transpose(float[] rowMajor, int first, int n, float[][] columns) {
        int width = columns.length;
        for (int e = 0; e < n; e++) {
            int row = (first + e) * width;
            for (int j = 0; j < width; j++) {
                columns[j][e] = rowMajor[row + j];
            }
        }
    }

    private void draw(SplittableRandom random, int n) {
        for (int e = 0; e < n; e++) {
            for (float[] column : normal) {
                column[e] = (float) random.nextGaussian();
            }
        }
    }

    /**
     * out = w1 relu(w0 in + b0) + b1, taking the hidden units {@link #GROUP} at a time; the rows of
     * {@code out} receive the biases first, then each group's contribution in order.
     */
    private void mlp(float[][] in, float[] w0, float[] b0, int hiddenUnits, float[] w1, float[] b1, float[][] out,
            int n) {
        int inCount = in.length;
        for (int o = 0; o < out.length; o++) {
            Arrays.fill(out[o], 0, n, b1[o]);
        }
        for (int start = 0; start < hiddenUnits; start += GROUP) {
            int size = Math.min(GROUP, hiddenUnits - start);
            for (int j = 0; j < size; j++) {
                int unit = start + j;
                DenseBlock.affine(hidden[j], b0[unit], in, inCount, w0, unit * inCount, n);
                DenseBlock.relu(hidden[j], n);
            }
            for (int o = 0; o < out.length; o++) {
                DenseBlock.accumulate(out[o], hidden, size, w1, o * hiddenUnits + start, n);
            }
        }
    }

    /** eps = mean + softplus(raw width) * n, with the mean in the first half of the noise parameters. */
    private void shiftNoise(int n) {
        int components = weights.noiseDimension;
        for (int j = 0; j < components; j++) {
            float[] mean = noiseParameters[j];
            float[] rawWidth = noiseParameters[components + j];
            float[] draws = normal[j];
            float[] shifted = eps[j];
            for (int e = 0; e < n; e++) {
                shifted[e] = mean[e] + softplus(rawWidth[e]) * draws[e];
            }
        }
    }

    /**
     * Returns log(1 + exp(x)) as max(x, 0) + log(1 + exp(-|x|)), so exp stays at or below 1. Above the
     * threshold it returns x itself, as PyTorch does.
     */
    private static float softplus(float x) {
        if (x > SOFTPLUS_THRESHOLD) {
            return x;
        }
        return (float) (Math.max(x, 0.0) + Math.log(1.0 + Math.exp(-Math.abs((double) x))));
    }

    /** Adds the input three-momenta (GeV) to the predicted corrections of a vector residual. */
    private void addResidual(int n) {
        int[] columns = weights.residualColumns;
        for (int o = 0; o < columns.length; o++) {
            float[] p = momenta[o];
            float[] u = input[columns[o]];
            for (int e = 0; e < n; e++) {
                p[e] += u[e];
            }
        }
    }

    /** Writes (px, py, pz, E) of each slot row-major, with E = sqrt(|p|^2 + m^2) in GeV. */
    private void writeWithEnergies(float[] out, int first, int n) {
        int slots = weights.slots();
        int width = 4 * slots;
        for (int slot = 0; slot < slots; slot++) {
            float[] px = momenta[3 * slot];
            float[] py = momenta[3 * slot + 1];
            float[] pz = momenta[3 * slot + 2];
            float massSquared = weights.massesSquared[slot];
            for (int e = 0; e < n; e++) {
                float p2 = px[e] * px[e] + py[e] * py[e] + pz[e] * pz[e] + massSquared;
                energy[e] = (float) Math.sqrt(Math.max(p2, MINIMUM_ENERGY_SQUARED));
            }
            for (int e = 0; e < n; e++) {
                int at = (first + e) * width + 4 * slot;
                out[at] = px[e];
                out[at + 1] = py[e];
                out[at + 2] = pz[e];
                out[at + 3] = energy[e];
            }
        }
    }
}
