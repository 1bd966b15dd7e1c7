package org.otusj.aida;

import hep.aida.IAxis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A list of points with errors in a fixed number of coordinates, the AIDA {@code IDataPointSet}: tables of
 * statistics, ratios, or histograms for tools that read only data point sets.
 *
 * <p>Points keep the order in which they were added. Not thread-safe.
 */
public final class DataPointSet extends AbstractAidaObject {

    private final int dimension;
    private final List<DataPoint> points = new ArrayList<>();

    /**
     * Creates an empty set of points with {@code dimension} coordinates.
     *
     * @throws IllegalArgumentException if {@code dimension < 1}
     */
    public DataPointSet(String title, int dimension) {
        super(title);
        if (dimension < 1) {
            throw new IllegalArgumentException("data point set dimension must be at least 1, found " + dimension);
        }
        this.dimension = dimension;
    }

    /**
     * Returns a set of dimension 2 with one point per in-range bin of {@code histogram}: x is the bin centre
     * with half the bin width as error both ways, y the height with the bin error both ways. The annotations
     * are copied.
     */
    public static DataPointSet fromHistogram(Histogram1D histogram) {
        DataPointSet set = new DataPointSet(histogram.title(), 2);
        set.copyAnnotationsFrom(histogram);
        IAxis axis = histogram.xAxis();
        for (int index = 0; index < axis.bins(); index++) {
            double centre = axis.binCentre(index);
            double halfWidth = 0.5 * axis.binWidth(index);
            set.addPoint(Measurement.of(centre, halfWidth),
                    Measurement.of(histogram.binHeight(index), histogram.binError(index)));
        }
        return set;
    }

    /**
     * Appends {@code point}.
     *
     * @throws IllegalArgumentException if its dimension differs from this set's
     */
    public void addPoint(DataPoint point) {
        Objects.requireNonNull(point, "point");
        if (point.dimension() != dimension) {
            throw new IllegalArgumentException("data point set '" + title() + "' has dimension " + dimension
                    + ", cannot add a point of dimension " + point.dimension());
        }
        points.add(point);
    }

    /** Appends a point made of {@code coordinates}; see {@link #addPoint(DataPoint)}. */
    public void addPoint(Measurement... coordinates) {
        addPoint(new DataPoint(coordinates));
    }

    /** Returns the number of coordinates of every point. */
    public int dimension() {
        return dimension;
    }

    /** Returns the number of points. */
    public int size() {
        return points.size();
    }

    /** Returns point {@code index}, counting from 0 in the order added. */
    public DataPoint point(int index) {
        return points.get(index);
    }

    /** Read-only view of the points in the order added. */
    public List<DataPoint> points() {
        return Collections.unmodifiableList(points);
    }

    /** Returns the smallest value minus its downward error in {@code coordinate}; NaN for an empty set. */
    public double lowerExtent(int coordinate) {
        Objects.checkIndex(coordinate, dimension);
        double min = Double.NaN;
        for (DataPoint point : points) {
            Measurement m = point.coordinate(coordinate);
            double low = m.value() - (Double.isNaN(m.errorMinus()) ? 0.0 : m.errorMinus());
            if (Double.isNaN(min) || low < min) {
                min = low;
            }
        }
        return min;
    }

    /** Returns the largest value plus its upward error in {@code coordinate}; NaN for an empty set. */
    public double upperExtent(int coordinate) {
        Objects.checkIndex(coordinate, dimension);
        double max = Double.NaN;
        for (DataPoint point : points) {
            Measurement m = point.coordinate(coordinate);
            double high = m.value() + (Double.isNaN(m.errorPlus()) ? 0.0 : m.errorPlus());
            if (Double.isNaN(max) || high > max) {
                max = high;
            }
        }
        return max;
    }

    /** Removes every point; title, annotations and dimension stay. */
    public void clear() {
        points.clear();
    }

    /** Returns true if {@code other} has the same annotations, dimension and points in the same order. */
    @Override
    public boolean equals(Object other) {
        return sameClassAnnotationsAndContents(other);
    }

    @Override
    boolean sameContents(AbstractAidaObject other) {
        DataPointSet set = (DataPointSet) other;
        return dimension == set.dimension && points.equals(set.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(annotations, dimension, points);
    }

    @Override
    public String toString() {
        return "DataPointSet('" + title() + "', dimension " + dimension + ", " + points.size() + " points)";
    }
}
