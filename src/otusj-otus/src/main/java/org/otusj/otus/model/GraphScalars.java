package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a constant that is safe inside a gradient computation.
 *
 * <p>DJL's {@code mul(Number)}, {@code div(Number)} and {@code maximum(Number)} copy the constant into a
 * Java direct buffer, wrap that buffer as a PyTorch tensor without copying, and close the wrapper right
 * after the operation. The autograd graph keeps the tensor for the backward pass, but nothing keeps the
 * Java buffer: a garbage collection between forward and backward frees it, and the backward pass then
 * multiplies the gradient by whatever the memory contains by then. That made the same seed give a different
 * model in about one training run in eight, sometimes a NaN loss. The constants made here live in memory
 * that PyTorch allocates and reference-counts itself. Sums and differences with a constant are safe
 * as DJL does them: their backward pass does not read the constant.
 */
public final class GraphScalars {

    private GraphScalars() {
    }

    /** Multiplies {@code array} element-wise by {@code factor}. */
    public static NDArray times(NDArray array, double factor) {
        try (NDArray scalar = scalar(array, factor)) {
            return array.mul(scalar);
        }
    }

    /** Divides {@code array} element-wise by {@code divisor}. */
    public static NDArray dividedBy(NDArray array, double divisor) {
        try (NDArray scalar = scalar(array, divisor)) {
            return array.div(scalar);
        }
    }

    /** Returns the larger of each element of {@code array} and {@code floor}. */
    public static NDArray atLeast(NDArray array, double floor) {
        try (NDArray scalar = scalar(array, floor)) {
            return array.maximum(scalar);
        }
    }

    private static NDArray scalar(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }
}
