package org.otusj.aida.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Profile1D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sums the AIDA trees of split runs object by object: histograms, profiles and clouds at the same path are
 * added (entries, sums of weights and squared weights, moments), as if all fills had gone into one run.
 *
 * <p>An object present in only some inputs is copied into the sum as it is, and listed by {@link
 * Result#incomplete()}. Data point sets cannot be added: equal ones at the same path are kept once, and
 * different ones are an error. The inputs are not modified.
 */
public final class AidaMerger {

    private static final Logger LOG = LoggerFactory.getLogger(AidaMerger.class);

    private AidaMerger() {
    }

    /**
     * One input: a tree and the name of the file it came from, for messages.
     *
     * @param name the file name
     * @param tree the objects read from it
     */
    public record Input(String name, AidaTree tree) {

        /** Checks the arguments. */
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tree, "tree");
        }
    }

    /**
     * The sum and what it lacks.
     *
     * @param sum the merged tree, with objects in the order of their first appearance
     * @param incomplete for each path missing from some inputs, the names of the inputs that lack it
     */
    public record Result(AidaTree sum, Map<AidaPath, List<String>> incomplete) {
    }

    /**
     * Merges {@code inputs} in order.
     *
     * @throws IllegalArgumentException if the same path contains objects of different kinds, histograms or
     *     profiles with different binning, or different data point sets. The message names both files and
     *     the path.
     */
    public static Result merge(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge: no input files");
        }
        AidaTree sum = new AidaTree();
        Map<AidaPath, String> firstSource = new LinkedHashMap<>();
        Map<AidaPath, List<String>> containing = new LinkedHashMap<>();

        for (Input input : inputs) {
            for (Map.Entry<AidaPath, AidaObject> entry : input.tree().objects().entrySet()) {
                AidaPath path = entry.getKey();
                containing.computeIfAbsent(path, key -> new ArrayList<>()).add(input.name());
                if (!firstSource.containsKey(path)) {
                    sum.put(path, copy(entry.getValue(), path, input.name()));
                    firstSource.put(path, input.name());
                    continue;
                }
                AidaObject total = sum.get(path.toString());
                try {
                    add(total, entry.getValue());
                } catch (IllegalArgumentException incompatible) {
                    throw new IllegalArgumentException("cannot add " + path + " of " + input.name() + " to " + path
                            + " of " + firstSource.get(path) + ": " + incompatible.getMessage(), incompatible);
                }
            }
        }

        Map<AidaPath, List<String>> incomplete = new LinkedHashMap<>();
        for (Map.Entry<AidaPath, List<String>> entry : containing.entrySet()) {
            if (entry.getValue().size() < inputs.size()) {
                List<String> lacking = new ArrayList<>();
                for (Input input : inputs) {
                    if (!entry.getValue().contains(input.name())) {
                        lacking.add(input.name());
                    }
                }
                incomplete.put(entry.getKey(), lacking);
                // Debug only: Result.incomplete() reports it, and 'otusj merge' prints it as a warning.
                LOG.debug("{} is missing from {} of {} inputs: {}", entry.getKey(), lacking.size(), inputs.size(),
                        lacking);
            }
        }
        return new Result(sum, incomplete);
    }

    private static AidaObject copy(AidaObject object, AidaPath path, String source) {
        if (object instanceof Histogram1D) {
            return ((Histogram1D) object).copy();
        }
        if (object instanceof Histogram2D) {
            return ((Histogram2D) object).copy();
        }
        if (object instanceof Profile1D) {
            return ((Profile1D) object).copy();
        }
        if (object instanceof Cloud1D) {
            return ((Cloud1D) object).copy();
        }
        if (object instanceof DataPointSet) {
            // Kept as it is: data point sets are never changed by a merge.
            return object;
        }
        throw new IllegalArgumentException("cannot merge " + path + " of " + source + ": objects of class "
                + object.getClass().getName() + " have no merge rule");
    }

    /** Adds {@code addend} to {@code total}, which is of the same kind. */
    private static void add(AidaObject total, AidaObject addend) {
        if (total.getClass() != addend.getClass()) {
            throw new IllegalArgumentException("a " + addend.getClass().getSimpleName() + " cannot be added to a "
                    + total.getClass().getSimpleName());
        }
        if (total instanceof Histogram1D) {
            ((Histogram1D) total).add((Histogram1D) addend);
        } else if (total instanceof Histogram2D) {
            ((Histogram2D) total).add((Histogram2D) addend);
        } else if (total instanceof Profile1D) {
            ((Profile1D) total).add((Profile1D) addend);
        } else if (total instanceof Cloud1D) {
            ((Cloud1D) total).add((Cloud1D) addend);
        } else if (total instanceof DataPointSet) {
            if (!total.equals(addend)) {
                throw new IllegalArgumentException("data point sets cannot be added, and these two differ");
            }
        }
    }
}
