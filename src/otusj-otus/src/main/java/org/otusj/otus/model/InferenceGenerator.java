package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;

/**
 * An inference-only copy of an MLP generator on the PyTorch engine, built from its {@link FoldedWeights}
 * so a batch takes fewer tensor operations, with the residual input three-momenta as a selection matrix.
 * It computes what {@link StochasticGenerator#sample} does, up to float rounding. {@link BlockGenerator}
 * computes the same in plain Java; this copy remains for comparison ({@link InferenceBackend#PYTORCH}).
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

    InferenceGenerator(NDManager manager, FoldedWeights folded, StochasticGenerator generator) {
        this.original = generator;
        this.spec = generator.spec();
        int inputs = folded.inputs;
        int outputs = folded.noiseDimension;

        if (folded.conditionalNoise()) {
            noiseWeight0 = manager.create(folded.noiseWeight0, new Shape(folded.noiseHidden, inputs));
            noiseBias0 = manager.create(folded.noiseBias0, new Shape(folded.noiseHidden));
            noiseWeight1 = manager.create(folded.noiseWeight1, new Shape(2L * outputs, folded.noiseHidden));
            noiseBias1 = manager.create(folded.noiseBias1, new Shape(2L * outputs));
        } else {
            noiseWeight0 = null;
            noiseBias0 = null;
            noiseWeight1 = null;
            noiseBias1 = null;
        }
        coreWeight0 = manager.create(folded.coreWeight0, new Shape(folded.coreHidden, inputs + outputs));
        coreBias0 = manager.create(folded.coreBias0, new Shape(folded.coreHidden));
        coreWeight1 = manager.create(folded.coreWeight1, new Shape(outputs, folded.coreHidden));
        outputBias = manager.create(folded.outputBias, new Shape(outputs));

        float[] select = new float[outputs * inputs];
        if (folded.residualColumns != null) {
            for (int o = 0; o < outputs; o++) {
                select[o * inputs + folded.residualColumns[o]] = 1f;
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

    /** Frees the engine arrays of this copy. The original generator keeps its own arrays. */
    void close() {
        for (NDArray array : new NDArray[] {noiseWeight0, noiseBias0, noiseWeight1, noiseBias1, coreWeight0, coreBias0,
                coreWeight1, selection, outputBias}) {
            if (array != null) {
                array.close();
            }
        }
    }
}
