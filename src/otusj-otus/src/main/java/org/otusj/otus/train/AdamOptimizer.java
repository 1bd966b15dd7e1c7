package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma and Ba, arXiv:1412.6980) with beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 and no weight
 * decay, the PyTorch defaults. The update itself is the engine's fused kernel; the first and second
 * moment arrays and step counts live here, so a checkpoint can store and restore them.
 */
final class AdamOptimizer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private final long[] steps;

    /**
     * @param manager owner of the moment arrays (the model's manager, so they live as long as the model)
     * @param parameters the parameters, whose positions identify them in {@link #update}
     */
    AdamOptimizer(NDManager manager, List<NDArray> parameters) {
        this.steps = new long[parameters.size()];
        for (NDArray parameter : parameters) {
            means.add(manager.zeros(parameter.getShape(), parameter.getDataType()));
            variances.add(manager.zeros(parameter.getShape(), parameter.getDataType()));
        }
    }

    /**
     * Applies one Adam step to parameter {@code index} with its current gradient, then clears the
     * gradient (the PyTorch engine's fused update does so).
     */
    void update(int index, NDArray weight, double learningRate) {
        steps[index]++;
        double correction1 = 1 - Math.pow(BETA1, steps[index]);
        double correction2 = 1 - Math.pow(BETA2, steps[index]);
        float biasCorrectedRate = (float) (learningRate * Math.sqrt(correction2) / correction1);
        try (NDArray gradient = weight.getGradient()) {
            weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradient, means.get(index), variances.get(index)),
                    new NDList(weight), (float) learningRate, biasCorrectedRate, 0f, 1f, -1f, BETA1, BETA2, EPSILON,
                    true, false);
        }
    }

    /** The moment arrays, means first, for checkpoints. */
    List<NDArray> state() {
        List<NDArray> state = new ArrayList<>(means);
        state.addAll(variances);
        return state;
    }

    long[] steps() {
        return steps.clone();
    }

    /** Restores moments and step counts saved with {@link #state()} and {@link #steps()}. */
    void restore(List<NDArray> state, long[] savedSteps) {
        if (state.size() != 2 * means.size() || savedSteps.length != steps.length) {
            throw new IllegalArgumentException("optimiser state has " + state.size() + " arrays and " + savedSteps.length
                    + " step counts, expected " + 2 * means.size() + " and " + steps.length);
        }
        for (int i = 0; i < means.size(); i++) {
            copyInto(means.get(i), state.get(i));
            copyInto(variances.get(i), state.get(means.size() + i));
        }
        System.arraycopy(savedSteps, 0, steps, 0, steps.length);
    }

    private static void copyInto(NDArray target, NDArray source) {
        if (!target.getShape().equals(source.getShape())) {
            throw new IllegalArgumentException("optimiser state shape " + source.getShape() + " does not match "
                    + target.getShape());
        }
        target.set(source.toByteBuffer());
    }
}
