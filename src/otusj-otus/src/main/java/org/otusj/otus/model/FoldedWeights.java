package org.otusj.otus.model;

/**
 * The parameters of an MLP generator with its affine steps folded into the Linear layers, as plain float
 * arrays: the input standardisation into the first layers of the noise and core networks, the output
 * standard deviations (and, without a residual, the output means) into the last core layer. Weights are
 * row-major [out, in] like PyTorch's {@code nn.Linear}.
 *
 * <p>With these, a generator computes, per event with raw input u (GeV) and standard normal draws n:
 * <pre>
 *   [mean, raw width] = noiseWeight1 relu(noiseWeight0 u + noiseBias0) + noiseBias1   (conditional noise)
 *   eps = mean + softplus(raw width) * n, or eps = n                                  (standard noise)
 *   p = coreWeight1 relu(coreWeight0 [u, eps] + coreBias0) + outputBias (+ u[residualColumns])
 *   E = sqrt(|p|^2 + m^2) per slot
 * </pre>
 * which is what {@link StochasticGenerator#sample} computes, up to float rounding. Only generators that
 * {@link #supports} allows fold: an MLP core with one hidden layer and {@link ResidualMode#NONE} or
 * {@link ResidualMode#VECTOR}.
 */
final class FoldedWeights {

    final int inputs;
    final int noiseDimension;
    final int noiseHidden;
    final int coreHidden;
    final float[] noiseWeight0;
    final float[] noiseBias0;
    final float[] noiseWeight1;
    final float[] noiseBias1;
    final float[] coreWeight0;
    final float[] coreBias0;
    final float[] coreWeight1;
    final float[] outputBias;
    final int[] residualColumns;
    final float[] massesSquared;

    /** Returns true if {@code generator} can be folded. */
    static boolean supports(StochasticGenerator generator) {
        GeneratorSpec spec = generator.spec();
        boolean additive = spec.residual() == ResidualMode.NONE || spec.residual() == ResidualMode.VECTOR;
        return spec.architecture() == Architecture.MLP && additive && spec.coreNetworkSizes().length == 3;
    }

    FoldedWeights(StochasticGenerator generator) {
        if (!supports(generator)) {
            throw new IllegalArgumentException(generator.spec().name() + ": only MLP generators without a scale "
                    + "residual fold, found " + generator.spec().architecture() + " with " + generator.spec().residual());
        }
        GeneratorSpec spec = generator.spec();
        double[] mean = spec.inputScaling().mean();
        double[] std = spec.inputScaling().std();
        inputs = spec.inputLayout().dimension();
        noiseDimension = spec.noiseDimension();

        if (generator.noiseNetwork() instanceof Mlp noise) {
            noiseHidden = noise.sizes()[1];
            noiseWeight0 = noise.weight(0).toFloatArray();
            noiseBias0 = noise.bias(0).toFloatArray();
            foldInput(noiseWeight0, noiseBias0, mean, std, inputs);
            noiseWeight1 = noise.weight(1).toFloatArray();
            noiseBias1 = noise.bias(1).toFloatArray();
        } else {
            noiseHidden = 0;
            noiseWeight0 = null;
            noiseBias0 = null;
            noiseWeight1 = null;
            noiseBias1 = null;
        }

        Mlp core = (Mlp) generator.coreNetwork();
        coreHidden = core.sizes()[1];
        coreWeight0 = core.weight(0).toFloatArray();
        coreBias0 = core.bias(0).toFloatArray();
        foldInput(coreWeight0, coreBias0, mean, std, inputs);

        // Last layer: p = std_out * (W h + b) + offset, with offset the output mean, or the input momenta
        // for a vector residual (added by the caller from residualColumns).
        double[] outStd = spec.outputScaling().std();
        double[] outMean = spec.outputScaling().mean();
        coreWeight1 = core.weight(1).toFloatArray();
        float[] bias = core.bias(1).toFloatArray();
        outputBias = new float[noiseDimension];
        for (int o = 0; o < noiseDimension; o++) {
            for (int h = 0; h < coreHidden; h++) {
                coreWeight1[o * coreHidden + h] = (float) (coreWeight1[o * coreHidden + h] * outStd[o]);
            }
            double offset = spec.residual() == ResidualMode.NONE ? outMean[o] : 0.0;
            outputBias[o] = (float) (bias[o] * outStd[o] + offset);
        }
        residualColumns = spec.residual() == ResidualMode.VECTOR ? GeneratorSpec.momentumColumns(spec.inputLayout()) : null;

        double[] masses = spec.outputLayout().masses();
        massesSquared = new float[masses.length];
        for (int slot = 0; slot < masses.length; slot++) {
            massesSquared[slot] = (float) (masses[slot] * masses[slot]);
        }
    }

    /** Number of output slots, each (px, py, pz, E). */
    int slots() {
        return massesSquared.length;
    }

    /** Returns true for conditional noise (a noise network), false for standard noise. */
    boolean conditionalNoise() {
        return noiseWeight0 != null;
    }

    /**
     * Folds u = (x - mean) / std into a layer W u + b in place: W becomes W / std (per input column) and b
     * becomes b - (W / std) mean, for the first {@code inputs} columns of W; further columns stay as they are.
     */
    private static void foldInput(float[] weight, float[] bias, double[] mean, double[] std, int inputs) {
        int rows = bias.length;
        int columns = weight.length / rows;
        for (int r = 0; r < rows; r++) {
            double shift = 0;
            for (int c = 0; c < inputs; c++) {
                double value = weight[r * columns + c] / std[c];
                shift += value * mean[c];
                weight[r * columns + c] = (float) value;
            }
            bias[r] = (float) (bias[r] - shift);
        }
    }
}
