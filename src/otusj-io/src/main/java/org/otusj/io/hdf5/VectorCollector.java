package org.otusj.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;

/** The rows of one dataset as {@link Hdf5Writer} collects them from a {@link VectorSource}. */
final class VectorCollector {

    private final String dataset;
    private final VectorSource source;
    private final List<double[]> rows = new ArrayList<>();
    private int dimension = -1;

    VectorCollector(String dataset, VectorSource source) {
        this.dataset = dataset;
        this.source = source;
    }

    String dataset() {
        return dataset;
    }

    VectorSource source() {
        return source;
    }

    /**
     * Returns the event's vector after checking its length against the column names, or against the
     * first vector while the names are unknown.
     *
     * @throws IllegalStateException if the length differs
     */
    Optional<double[]> extract(Event event) {
        Optional<double[]> vector = source.extract(event);
        if (vector.isEmpty()) {
            return vector;
        }

        int length = vector.get().length;
        int expected = source.columns().isEmpty() ? dimension : source.columns().size();
        if (expected >= 0 && length != expected) {
            throw new IllegalStateException(event + ": " + source + " has " + length + " values, expected " + expected
                    + (source.columns().isEmpty() ? " like the first event" : " (columns " + source.columns() + ")")
                    + " for dataset " + dataset);
        }
        if (expected < 0 && length == 0) {
            throw new IllegalStateException(event + ": " + source + " is an empty vector; dataset " + dataset
                    + " needs at least one value per event");
        }
        dimension = length;
        return vector;
    }

    /** Stores a copy of {@code vector}, which {@link #extract} returned. */
    void add(double[] vector) {
        rows.add(vector.clone());
    }

    int rowCount() {
        return rows.size();
    }

    /**
     * Returns the collected rows, {@code [N, D]}, and clears the collector.
     *
     * @throws IllegalStateException if the column names learnt after the first vectors do not match them
     */
    OtusVectors takeVectors(String units) {
        double[][] values = rows.toArray(new double[0][]);
        rows.clear();
        try {
            return OtusVectors.wrap(values, dimension, source.columns(), units);
        } catch (IllegalArgumentException mismatch) {
            throw new IllegalStateException("dataset " + dataset + " from " + source + ": " + mismatch.getMessage(),
                    mismatch);
        }
    }
}
