package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.otusj.otus.model.GraphScalars;

/**
 * The sliced-Wasserstein distance with squared Euclidean cost between two equal-sized batches, as a
 * differentiable NDArray expression: project both batches on L unit directions, sort each projection,
 * and average the squared differences of the sorted values over directions and events.
 */
public final class SlicedWassersteinLoss {

    private SlicedWassersteinLoss() {
    }

    /**
     * Draws {@code slices} directions uniformly on the unit sphere of dimension {@code dimension}
     * (normalised Gaussian vectors), from the engine's random generator.
     *
     * @return [dimension, slices], one unit direction per column
     */
    public static NDArray randomDirections(NDManager manager, int dimension, int slices) {
        NDArray gaussian = manager.randomNormal(new Shape(dimension, slices));
        NDArray norms = gaussian.square().sum(new int[] {0}, true).sqrt();
        return gaussian.div(norms);
    }

    /**
     * Computes SW_2^2 between batches {@code a} and {@code b}.
     *
     * @param a [events, dimension]
     * @param b [events, dimension], the same number of events as {@code a}
     * @param directions [dimension, slices] unit directions
     * @return a scalar in the squared units of the inputs (GeV^2 for momenta)
     */
    public static NDArray distance(NDArray a, NDArray b, NDArray directions) {
        requireEqualSizes(a, b);
        return sortedProjections(a, directions).sub(sortedProjections(b, directions)).square().mean();
    }

    /**
     * Checks that two batches have the same number of events, as every sliced distance needs.
     *
     * @throws IllegalArgumentException with both shapes otherwise
     */
    static void requireEqualSizes(NDArray a, NDArray b) {
        if (a.getShape().get(0) != b.getShape().get(0)) {
            throw new IllegalArgumentException("sliced-Wasserstein batches must have equal sizes, found "
                    + a.getShape() + " and " + b.getShape());
        }
    }

    /**
     * Projects a batch on the directions and sorts each projection. Two batches of equal size give arrays
     * whose mean squared difference is SW_2^2.
     *
     * @param batch [events, dimension]
     * @param directions [dimension, slices] unit directions
     * @return [slices, events]
     */
    public static NDArray sortedProjections(NDArray batch, NDArray directions) {
        // Projections as [slices, events]: each slice is then a contiguous row, which the CPU sort and its
        // gradient walk several times faster than the strided columns of [events, slices].
        return directions.transpose().matMul(batch.transpose()).sort(1);
    }
}
