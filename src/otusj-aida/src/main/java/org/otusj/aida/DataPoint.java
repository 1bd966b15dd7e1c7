package org.otusj.aida;

import java.util.Arrays;
import java.util.List;

/**
 * A point of a {@link DataPointSet}, the AIDA {@code IDataPoint}: one {@link Measurement} per coordinate.
 * Immutable.
 */
public final class DataPoint {

    private final Measurement[] coordinates;

    /**
     * Creates a point from its measurements, one per coordinate.
     *
     * @throws IllegalArgumentException if there is no measurement or one is null
     */
    public DataPoint(Measurement... coordinates) {
        if (coordinates.length == 0) {
            throw new IllegalArgumentException("a data point needs at least one coordinate");
        }
        for (int i = 0; i < coordinates.length; i++) {
            if (coordinates[i] == null) {
                throw new IllegalArgumentException("coordinate " + i + " of a data point is null");
            }
        }
        this.coordinates = coordinates.clone();
    }

    /** Creates a point from its measurements; see {@link #DataPoint(Measurement...)}. */
    public DataPoint(List<Measurement> coordinates) {
        this(coordinates.toArray(new Measurement[0]));
    }

    /** Returns the number of coordinates. */
    public int dimension() {
        return coordinates.length;
    }

    /**
     * Returns the measurement of coordinate {@code index}.
     *
     * @throws IndexOutOfBoundsException unless 0 <= index < dimension()
     */
    public Measurement coordinate(int index) {
        return coordinates[index];
    }

    /** Returns the measurements, one per coordinate. */
    public List<Measurement> coordinates() {
        return List.of(coordinates);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataPoint && Arrays.equals(coordinates, ((DataPoint) other).coordinates);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coordinates);
    }

    @Override
    public String toString() {
        return "DataPoint" + Arrays.toString(coordinates);
    }
}
