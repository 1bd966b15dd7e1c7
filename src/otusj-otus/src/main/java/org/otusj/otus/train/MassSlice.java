package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.otusj.otus.model.GraphScalars;

/**
 * A non-linear slice of the sliced-Wasserstein loss: the invariant mass of the sum of all objects of an
 * event, compared between two batches with the squared 1-D Wasserstein distance (GeV^2). Random linear
 * slices of the momenta average a narrow resonance such as the Z away; this slice resolves its peak.
 *
 * <p>Two options make it a measure of the detector's energy response rather than of the spectra:
 * <ul>
 *   <li>Groups: both batches are ordered by the lowest object energy of each event and cut into G equal
 *       groups, each of those is ordered by the highest object energy and cut into G again, and the
 *       masses are compared group by group. The width of the peak in a group then reflects the
 *       resolution at that group's energies. The groups are formed by rank inside each batch, so two
 *       batches always give groups of equal size, whatever their energy spectra.</li>
 *   <li>Compression: a mass m enters as c + s tanh((m - c) / s). The Wasserstein distance of the raw
 *       mass is dominated by the few events far in the tails of the line shape, which on small samples
 *       are mostly sampling noise; compressed, each of them counts at most s.</li>
 * </ul>
 */
public final class MassSlice {

    private MassSlice() {
    }

    /** Computes the squared 1-D Wasserstein distance of all events' invariant masses, without groups or compression. */
    public static NDArray distance(NDArray a, NDArray b) {
        return distance(a, b, 1, 0, 0);
    }

    /**
     * Computes the grouped, compressed mass distance.
     *
     * @param a [events, 4 objects] with (px, py, pz, E) in GeV per object
     * @param b the same shape as {@code a}
     * @param groups G, for G x G groups; the last events of a batch that do not fill the groups are left out
     * @param centre c in GeV
     * @param width s in GeV; 0 for no compression
     * @return a scalar in GeV^2, the mean over groups and events of the squared differences of sorted masses
     */
    public static NDArray distance(NDArray a, NDArray b, int groups, double centre, double width) {
        return distance(a, b, groups, centre, width, width);
    }

    /**
     * Computes the grouped, compressed mass distance with another compression width in the groups of the
     * highest energies.
     *
     * @param topWidth width in GeV for the G groups that hold the highest upper energies of each lower-energy
     *     group (see {@link #sorted(NDArray, int, double, double, double)})
     */
    public static NDArray distance(NDArray a, NDArray b, int groups, double centre, double width, double topWidth) {
        long rows = a.getShape().get(0);
        if (b.getShape().get(0) != rows) {
            throw new IllegalArgumentException("mass slice batches must have equal sizes, found " + a.getShape()
                    + " and " + b.getShape());
        }
        return sorted(a, groups, centre, width, topWidth).sub(sorted(b, groups, centre, width, topWidth)).square()
                .mean();
    }

    /**
     * Computes the (compressed) masses of a batch, sorted inside each of its G x G groups. Two batches of
     * equal size give arrays whose mean squared difference is the grouped distance.
     *
     * @param batch [events, 4 objects] with (px, py, pz, E) in GeV per object
     * @return [G^2, events / G^2] in GeV
     */
    public static NDArray sorted(NDArray batch, int groups, double centre, double width) {
        return sorted(batch, groups, centre, width, width);
    }

    /**
     * Computes the masses of a batch sorted inside each group, compressed with {@code topWidth} instead of
     * {@code width} in the last group of each lower-energy group: the events whose higher object energy is
     * highest. There a detector that sometimes measures an energetic object far low (the CMS card keeps an
     * electron's track alone when the calorimeter energy exceeds it significantly) moves events far below the
     * peak. A wider compression lets those events count, while the groups of lower energies, where the
     * tails of the line shape are mostly sampling noise, keep the narrow one.
     *
     * @param topWidth width in GeV for the highest-energy groups; equal to {@code width} for one width
     */
    public static NDArray sorted(NDArray batch, int groups, double centre, double width, double topWidth) {
        long rows = batch.getShape().get(0);
        long cells = (long) groups * groups;
        long perCell = rows / cells;
        if (perCell < 1) {
            throw new IllegalArgumentException("a batch of " + rows + " events cannot fill the " + cells
                    + " mass groups of MassSliceGroups " + groups + "; lower MassSliceGroups (a batch has BatchSize "
                    + "events, or fewer when a sample or the valid decoder outputs are fewer)");
        }
        long used = perCell * cells;
        if (topWidth == width || groups == 1) {
            return cellMasses(batch, used, groups, centre, width).reshape(cells, perCell).sort(1);
        }
        NDArray masses = cellMasses(batch, used, groups, centre, 0).reshape(cells, perCell);
        NDArray widths = cellWidths(masses.getManager(), groups, width, topWidth);
        return masses.sub(centre).div(widths).tanh().mul(widths).add(centre).sort(1);
    }

    /**
     * Returns the compression width of each of the G x G groups, [G^2, 1]: {@code topWidth} for the last
     * group of each lower-energy group (rows G - 1, 2G - 1, ...), {@code width} for the others. Made by
     * PyTorch itself, so the backward pass of the division keeps valid memory (see {@link GraphScalars}).
     */
    private static NDArray cellWidths(NDManager manager, int groups, double width, double topWidth) {
        // A [G, G] table of lower-energy group by higher-energy group, flattened row by row as the cells are.
        NDArray lower = manager.full(new Shape(groups, groups - 1), (float) width);
        NDArray top = manager.full(new Shape(groups, 1), (float) topWidth);
        return lower.concat(top, 1).reshape((long) groups * groups, 1);
    }

    /** Returns the (compressed) masses of the first {@code used} events, in the order of their groups. */
    private static NDArray cellMasses(NDArray batch, long used, int groups, double centre, double width) {
        // A batch that fills the groups exactly (always so with one group) needs no slice.
        NDArray events = used == batch.getShape().get(0) ? batch : batch.get(new NDIndex("0:" + used));
        NDArray mass = compressed(invariantMass(events), centre, width);
        return groups == 1 ? mass : mass.get(groupOrder(events, groups));
    }

    /**
     * Indices of {@code events} sorted by group: by the coarse group (rank of the lowest object energy,
     * cut into G), then by the highest object energy. Consecutive runs of rows / G^2 indices then form
     * the G x G groups. Computed without gradients: ranks are not differentiable and need not be.
     */
    static NDArray groupOrder(NDArray events, int groups) {
        long rows = events.getShape().get(0);
        long objects = events.getShape().get(1) / 4;
        NDArray energies = events.stopGradient().reshape(rows, objects, 4).get(new NDIndex(":, :, 3"))
                .toType(DataType.FLOAT64, false);
        NDArray rank = energies.min(new int[] {1}).argSort().argSort().toType(DataType.FLOAT64, false);
        NDArray coarse = rank.mul((double) groups / rows).floor();
        // The highest energy is far below 1e9 GeV, so the key orders by coarse group first.
        NDArray key = coarse.mul(1e9).add(energies.max(new int[] {1}));
        return key.argSort();
    }

    /** c + s tanh((m - c) / s), or m itself for s = 0. */
    static NDArray compressed(NDArray mass, double centre, double width) {
        if (width <= 0) {
            return mass;
        }
        return GraphScalars.times(GraphScalars.dividedBy(mass.sub(centre), width).tanh(), width).add(centre);
    }

    /** Computes the invariant mass in GeV of the sum of all objects of each row, [events]. */
    static NDArray invariantMass(NDArray events) {
        long rows = events.getShape().get(0);
        long objects = events.getShape().get(1) / 4;
        NDArray total = events.reshape(rows, objects, 4).sum(new int[] {1});
        NDArray energy = total.get(":, 3");
        NDArray momentum = total.get(":, 0:3");
        NDArray squared = energy.square().sub(momentum.square().sum(new int[] {1}));
        // Rounding can make m^2 slightly negative for massless sums; the floor keeps sqrt differentiable.
        return GraphScalars.atLeast(squared, 1e-6).sqrt();
    }
}
