package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;

/**
 * An inference-only copy of an MLP generator with the affine steps folded into the Linear layers, so a
 * batch takes fewer tensor operations: the input standardisation into the first layers of the noise and
 * core networks, the output standard deviations and means into the last core layer, and the residual
 * input three-momenta into a selection matrix. It computes what {@link StochasticGenerator#sample} does,
 * up to float rounding.
 *
 * <p>Only generators with an MLP core and {@link ResidualMode#NONE} or {@link ResidualMode#VECTOR}
 * fold; {@link #supports} tells which.
 */
final class InferenceGenerator {

    private final GeneratorSpec spec;
    private final NDArray noiseWeight0;
    private final NDArray noiseBias0;
    private final NDArray noiseWeight1;
    private final NDArray noiseBias1;
    private final NDArray coreWeight0;
    private final NDArray coreBias0;
    private final NDArray coreWeight1;
    private final NDArray selection;
    private final NDArray outputBias;
    private final StochasticGenerator original;

    /** Returns true if {@code generator} can be folded. */
    static boolean supports(StochasticGenerator generator) {
        GeneratorSpec spec = generator.spec();
        return spec.architecture() == Architecture.MLP && spec.residual() != ResidualMode.SCALE
                && spec.coreNetworkSizes().length == 3;
    }

    InferenceGenerator(NDManager manager, StochasticGenerator generator) {
        this.original = generator;
        this.spec = generator.spec();
        double[] mean = spec.inputScaling().mean();
        double[] std = spec.inputScaling().std();
        int inputs = spec.inputLayout().dimension();

        if (generator.noiseNetwork() instanceof Mlp noise) {
            NDArray[] folded = foldInput(manager, noise.weight(0), noise.bias(0), mean, std, inputs);
            noiseWeight0 = folded[0];
            noiseBias0 = folded[1];
            noiseWeight1 = noise.weight(1);
            noiseBias1 = noise.bias(1);
        } else {
            noiseWeight0 = null;
            noiseBias0 = null;
            noiseWeight1 = null;
            noiseBias1 = null;
        }

        Mlp core = (Mlp) generator.coreNetwork();
        NDArray[] folded = foldInput(manager, core.weight(0), core.bias(0), mean, std, inputs);
        coreWeight0 = folded[0];
        coreBias0 = folded[1];

        // Last layer: y = std_out * (W h + b) + offset, offset = the output mean, or the selected input
        // momenta for a vector residual.
        double[] outStd = spec.outputScaling().std();
        double[] outMean = spec.outputScaling().mean();
        float[] w = core.weight(1).toFloatArray();
        float[] b = core.bias(1).toFloatArray();
        int outputs = outStd.length;
        int hidden = w.length / outputs;
        float[] scaledWeight = new float[w.length];
        float[] scaledBias = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            for (int h = 0; h < hidden; h++) {
                scaledWeight[o * hidden + h] = (float) (w[o * hidden + h] * outStd[o]);
            }
            double offset = spec.residual() == ResidualMode.NONE ? outMean[o] : 0.0;
            scaledBias[o] = (float) (b[o] * outStd[o] + offset);
        }
        coreWeight1 = manager.create(scaledWeight, new Shape(outputs, hidden));
        outputBias = manager.create(scaledBias, new Shape(outputs));

        float[] select = new float[outputs * inputs];
        if (spec.residual() == ResidualMode.VECTOR) {
            int[] columns = GeneratorSpec.momentumColumns(spec.inputLayout());
            for (int o = 0; o < outputs; o++) {
                select[o * inputs + columns[o]] = 1f;
            }
        }
        selection = manager.create(select, new Shape(outputs, inputs));
    }

    /** Same as {@link StochasticGenerator#sample(NDArray, NDArray)}, with fewer operations. */
    NDArray sample(NDArray input, NDArray standardNormal) {
        long batch = input.getShape().get(0);
        NDArray eps = standardNormal;
        if (noiseWeight0 != null) {
            int j = spec.noiseDimension();
            NDArray hidden = Activation.relu(Linear.linear(input, noiseWeight0, noiseBias0).singletonOrThrow());
            NDArray noiseParameters = Linear.linear(hidden, noiseWeight1, noiseBias1).singletonOrThrow();
            NDArray mean = noiseParameters.get(new NDIndex(":, 0:" + j));
            NDArray width = Activation.softPlus(noiseParameters.get(new NDIndex(":, " + j + ":")));
            eps = mean.add(width.mul(standardNormal));
        }
        NDArray hidden = Activation.relu(Linear.linear(input.concat(eps, 1), coreWeight0, coreBias0).singletonOrThrow());
        NDArray offset = Linear.linear(input, selection, outputBias).singletonOrThrow();
        NDArray momenta = Linear.linear(hidden, coreWeight1).singletonOrThrow().add(offset);
        return original.withEnergiesForInference(momenta, batch);
    }

    /**
     * Folds u = (x - mean) / std into a layer W u + b: returns W' = W / std (per input column) and
     * b' = b - W' mean, for the first {@code inputs} columns of W; further columns stay as they are.
     */
    private static NDArray[] foldInput(NDManager manager, NDArray weight, NDArray bias, double[] mean, double[] std,
            int inputs) {
        long[] shape = weight.getShape().getShape();
        int rows = (int) shape[0];
        int columns = (int) shape[1];
        float[] w = weight.toFloatArray();
        float[] b = bias.toFloatArray();
        float[] foldedWeight = new float[w.length];
        float[] foldedBias = new float[rows];
        for (int r = 0; r < rows; r++) {
            double shift = 0;
            for (int c = 0; c < columns; c++) {
                double value = w[r * columns + c];
                if (c < inputs) {
                    value /= std[c];
                    shift += value * mean[c];
                }
                foldedWeight[r * columns + c] = (float) value;
            }
            foldedBias[r] = (float) (b[r] - shift);
        }
        return new NDArray[] {manager.create(foldedWeight, new Shape(rows, columns)),
            manager.create(foldedBias, new Shape(rows))};
    }
}
