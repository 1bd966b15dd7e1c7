package org.otusj.otus.model;

import ai.djl.ndarray.NDManager;

/**
 * The inference-only forms of one trained generator: a folded copy on the PyTorch engine and the Java
 * kernel. Both are built on first use from one {@link FoldedWeights} of the generator, which is folded at
 * most once. The forms copy the parameters when built. {@link #invalidate} drops them after the
 * parameters change, and the next use builds them again.
 */
final class InferenceForms {

    private final StochasticGenerator generator;
    private final long kernelSeed;
    private final boolean foldable;
    private FoldedWeights weights;
    private InferenceGenerator onEngine;
    private BlockGenerator kernel;

    /**
     * @param generator the trained generator
     * @param kernelSeed seed of the Java kernel's noise streams when the caller gives no noise
     */
    InferenceForms(StochasticGenerator generator, long kernelSeed) {
        this.generator = generator;
        this.kernelSeed = kernelSeed;
        this.foldable = FoldedWeights.supports(generator);
    }

    /** Returns true if the generator can be folded, and so has both inference forms. */
    boolean foldable() {
        return foldable;
    }

    /** Returns the folded copy on the engine, in arrays of {@code manager}, or null where the generator is not foldable. */
    synchronized InferenceGenerator onEngine(NDManager manager) {
        if (foldable && onEngine == null) {
            onEngine = new InferenceGenerator(manager, weights(), generator);
        }
        return onEngine;
    }

    /** Returns the Java kernel, or null where the generator is not foldable. */
    synchronized BlockGenerator kernel() {
        if (foldable && kernel == null) {
            kernel = new BlockGenerator(weights(), KernelThreads.count(), kernelSeed);
        }
        return kernel;
    }

    /**
     * Drops both forms and their folded weights, so that the next use copies the current parameters. The
     * trainer calls this after every change of the parameters (an optimizer step, a restored checkpoint,
     * the best epoch put back).
     */
    synchronized void invalidate() {
        if (onEngine != null) {
            onEngine.close();
        }
        weights = null;
        onEngine = null;
        kernel = null;
    }

    private FoldedWeights weights() {
        if (weights == null) {
            weights = new FoldedWeights(generator);
        }
        return weights;
    }
}
