package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fully connected network: Linear layers with ReLU between them and none after the last.
 *
 * <p>Weights have the PyTorch {@code nn.Linear} shape [out, in] and its default initialisation,
 * uniform in (-1/sqrt(in), 1/sqrt(in)) for weights and biases, drawn from a Java generator so that a
 * seed fixes the network whatever the native library does.
 */
public final class Mlp implements Network {

    private final int[] sizes;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray> biases = new ArrayList<>();

    /**
     * Creates a network with freshly initialised parameters.
     *
     * @param sizes layer widths: input, hidden layers..., output
     */
    public Mlp(NDManager manager, int[] sizes, SplittableRandom random) {
        this(manager, sizes, random, false);
    }

    /**
     * Creates a network with freshly initialised parameters, optionally with a zero last layer so that it
     * starts as the zero map (used for residual branches, which then start at the identity).
     */
    public Mlp(NDManager manager, int[] sizes, SplittableRandom random, boolean zeroLastLayer) {
        this.sizes = sizes.clone();
        for (int layer = 0; layer + 1 < sizes.length; layer++) {
            int in = sizes[layer];
            int out = sizes[layer + 1];
            double bound = (zeroLastLayer && layer + 2 == sizes.length) ? 0.0 : 1.0 / Math.sqrt(in);
            weights.add(manager.create(uniform(random, out * in, bound), new Shape(out, in)));
            biases.add(manager.create(uniform(random, out, bound), new Shape(out)));
        }
    }

    /** Creates a network from existing parameters, in the order of {@link #parameters()}. */
    public Mlp(int[] sizes, List<NDArray> parameters) {
        this.sizes = sizes.clone();
        if (parameters.size() != 2 * (sizes.length - 1)) {
            throw new IllegalArgumentException("a network with " + (sizes.length - 1) + " layers needs "
                    + 2 * (sizes.length - 1) + " parameter arrays, found " + parameters.size());
        }
        for (int layer = 0; layer + 1 < sizes.length; layer++) {
            NDArray weight = parameters.get(2 * layer);
            NDArray bias = parameters.get(2 * layer + 1);
            Shape expectedWeight = new Shape(sizes[layer + 1], sizes[layer]);
            Shape expectedBias = new Shape(sizes[layer + 1]);
            if (!weight.getShape().equals(expectedWeight) || !bias.getShape().equals(expectedBias)) {
                throw new IllegalArgumentException("layer " + layer + " expects weight " + expectedWeight + " and bias "
                        + expectedBias + ", found " + weight.getShape() + " and " + bias.getShape());
            }
            weights.add(weight);
            biases.add(bias);
        }
    }

    /** Weight of layer {@code layer}, shape [out, in]. */
    public NDArray weight(int layer) {
        return weights.get(layer);
    }

    /** Bias of layer {@code layer}, shape [out]. */
    public NDArray bias(int layer) {
        return biases.get(layer);
    }

    /** Layer widths: input, hidden..., output. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Applies the network to {@code input} of shape [batch, sizes[0]]; returns [batch, output]. */
    @Override
    public NDArray forward(NDArray input, boolean training) {
        return forward(input);
    }

    /** Applies the network to {@code input} of shape [batch, sizes[0]]; returns [batch, output]. */
    public NDArray forward(NDArray input) {
        NDArray activation = input;
        for (int layer = 0; layer < weights.size(); layer++) {
            activation = Linear.linear(activation, weights.get(layer), biases.get(layer)).singletonOrThrow();
            if (layer + 1 < weights.size()) {
                activation = Activation.relu(activation);
            }
        }
        return activation;
    }

    /** Parameters in the order weight 0, bias 0, weight 1, bias 1, ... */
    @Override
    public List<NDArray> parameters() {
        List<NDArray> parameters = new ArrayList<>();
        for (int layer = 0; layer < weights.size(); layer++) {
            parameters.add(weights.get(layer));
            parameters.add(biases.get(layer));
        }
        return parameters;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer < weights.size(); layer++) {
            names.add("weight" + layer);
            names.add("bias" + layer);
        }
        return names;
    }

    /** Number of parameter arrays of a network with these layer widths. */
    public static int parameterCount(int[] sizes) {
        return 2 * (sizes.length - 1);
    }

    static float[] uniform(SplittableRandom random, int n, double bound) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return values;
    }
}
