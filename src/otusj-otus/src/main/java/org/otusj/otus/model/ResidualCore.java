package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The residual core network of the OTUS ttbar study:
 *
 * <pre>
 *   h0 = Linear(in, K)(u)
 *   h  = Linear(K, K)(ReLU(BatchNorm(h)))  twice, starting from h0
 *   y  = Linear(K, J)(h + h0)
 * </pre>
 *
 * Batch normalisation follows PyTorch: in training it normalises with the batch mean and biased
 * variance and moves the running statistics 10 % towards the batch's (unbiased) ones; otherwise it uses
 * the running statistics. Linear layers have the PyTorch default initialisation; gamma starts at 1 and
 * beta at 0.
 */
public final class ResidualCore implements Network {

    /** Number of [BatchNorm, ReLU, Linear] blocks inside the skip connection. */
    public static final int BLOCKS = 2;

    // DJL's momentum is the weight of the old running value (0.9), PyTorch's of the new batch value (0.1).
    private static final float MOMENTUM = 0.9f;
    private static final float EPSILON = 1e-5f;

    private final int[] sizes;
    private final List<NDArray> weights = new ArrayList<>();
    private final List<NDArray> biases = new ArrayList<>();
    private final List<NDArray> gammas = new ArrayList<>();
    private final List<NDArray> betas = new ArrayList<>();
    private final List<NDArray> runningMeans = new ArrayList<>();
    private final List<NDArray> runningVariances = new ArrayList<>();

    /**
     * Creates a network with freshly initialised parameters.
     *
     * @param sizes input width, K, output width J
     * @param zeroLastLayer start the last Linear layer at zero, so the network starts as the zero map
     */
    public ResidualCore(NDManager manager, int[] sizes, SplittableRandom random, boolean zeroLastLayer) {
        checkSizes(sizes);
        this.sizes = sizes.clone();
        int k = sizes[1];
        addLinear(manager, sizes[0], k, random, false);
        for (int block = 0; block < BLOCKS; block++) {
            gammas.add(manager.ones(new Shape(k)));
            betas.add(manager.zeros(new Shape(k)));
            runningMeans.add(manager.zeros(new Shape(k)));
            runningVariances.add(manager.ones(new Shape(k)));
            addLinear(manager, k, k, random, false);
        }
        addLinear(manager, k, sizes[2], random, zeroLastLayer);
    }

    /** Creates a network from stored arrays, in the order of {@link #parameters()} then {@link #buffers()}. */
    public ResidualCore(int[] sizes, List<NDArray> parameters, List<NDArray> buffers) {
        checkSizes(sizes);
        this.sizes = sizes.clone();
        if (parameters.size() != parameterCount() || buffers.size() != 2 * BLOCKS) {
            throw new IllegalArgumentException("a residual core needs " + parameterCount() + " parameter and "
                    + 2 * BLOCKS + " buffer arrays, found " + parameters.size() + " and " + buffers.size());
        }
        int index = 0;
        weights.add(parameters.get(index++));
        biases.add(parameters.get(index++));
        for (int block = 0; block < BLOCKS; block++) {
            gammas.add(parameters.get(index++));
            betas.add(parameters.get(index++));
            weights.add(parameters.get(index++));
            biases.add(parameters.get(index++));
            runningMeans.add(buffers.get(2 * block));
            runningVariances.add(buffers.get(2 * block + 1));
        }
        weights.add(parameters.get(index++));
        biases.add(parameters.get(index));
        checkShapes();
    }

    /** Number of parameter arrays: 3 Linear layers outside the blocks, and per block gamma, beta and a Linear. */
    public static int parameterCount() {
        return 2 * 2 + 4 * BLOCKS;
    }

    @Override
    public NDArray forward(NDArray input, boolean training) {
        NDArray first = linear(input, 0);
        NDArray h = first;
        for (int block = 0; block < BLOCKS; block++) {
            NDArray normalised = BatchNorm.batchNorm(h, runningMeans.get(block), runningVariances.get(block),
                    gammas.get(block), betas.get(block), 1, MOMENTUM, EPSILON, training).singletonOrThrow();
            h = linear(Activation.relu(normalised), block + 1);
        }
        return linear(h.add(first), BLOCKS + 1);
    }

    @Override
    public List<NDArray> parameters() {
        List<NDArray> parameters = new ArrayList<>();
        parameters.add(weights.get(0));
        parameters.add(biases.get(0));
        for (int block = 0; block < BLOCKS; block++) {
            parameters.add(gammas.get(block));
            parameters.add(betas.get(block));
            parameters.add(weights.get(block + 1));
            parameters.add(biases.get(block + 1));
        }
        parameters.add(weights.get(BLOCKS + 1));
        parameters.add(biases.get(BLOCKS + 1));
        return parameters;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(List.of("weight0", "bias0"));
        for (int block = 0; block < BLOCKS; block++) {
            names.addAll(List.of("gamma" + block, "beta" + block, "weight" + (block + 1), "bias" + (block + 1)));
        }
        names.addAll(List.of("weight" + (BLOCKS + 1), "bias" + (BLOCKS + 1)));
        return names;
    }

    @Override
    public List<NDArray> buffers() {
        List<NDArray> buffers = new ArrayList<>();
        for (int block = 0; block < BLOCKS; block++) {
            buffers.add(runningMeans.get(block));
            buffers.add(runningVariances.get(block));
        }
        return buffers;
    }

    @Override
    public List<String> bufferNames() {
        List<String> names = new ArrayList<>();
        for (int block = 0; block < BLOCKS; block++) {
            names.add("runningMean" + block);
            names.add("runningVariance" + block);
        }
        return names;
    }

    private NDArray linear(NDArray input, int layer) {
        return Linear.linear(input, weights.get(layer), biases.get(layer)).singletonOrThrow();
    }

    private void addLinear(NDManager manager, int in, int out, SplittableRandom random, boolean zero) {
        double bound = zero ? 0.0 : 1.0 / Math.sqrt(in);
        weights.add(manager.create(Mlp.uniform(random, out * in, bound), new Shape(out, in)));
        biases.add(manager.create(Mlp.uniform(random, out, bound), new Shape(out)));
    }

    private void checkShapes() {
        int[] in = {sizes[0], sizes[1], sizes[1], sizes[1]};
        int[] out = {sizes[1], sizes[1], sizes[1], sizes[2]};
        for (int layer = 0; layer < weights.size(); layer++) {
            Shape expected = new Shape(out[layer], in[layer]);
            if (!weights.get(layer).getShape().equals(expected)) {
                throw new IllegalArgumentException("residual core layer " + layer + " expects weight " + expected
                        + ", found " + weights.get(layer).getShape());
            }
        }
    }

    private static void checkSizes(int[] sizes) {
        if (sizes.length != 3) {
            throw new IllegalArgumentException("a residual core needs sizes (input, K, output), found "
                    + sizes.length + " numbers");
        }
    }
}
