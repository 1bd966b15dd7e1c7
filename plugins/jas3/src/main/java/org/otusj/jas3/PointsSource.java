package org.otusj.jas3;

import jas.hist.DataSource;
import jas.hist.XYDataSource;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Measurement;

/**
 * A data point set of dimension 2 as points of the JAS plotter: x and y with the asymmetric errors of y
 * (the JAS plotter draws no x errors).
 */
final class PointsSource implements XYDataSource {

    private final DataPointSet points;

    /**
     * Wraps {@code points}.
     *
     * @throws IllegalArgumentException if the set is not of dimension 2
     */
    PointsSource(DataPointSet points) {
        if (points.dimension() != 2) {
            throw new IllegalArgumentException("the JAS plotter shows points of dimension 2; '" + points.title()
                    + "' has dimension " + points.dimension());
        }
        this.points = points;
    }

    @Override
    public int getNPoints() {
        return points.size();
    }

    @Override
    public double getX(int index) {
        return x(index).value();
    }

    @Override
    public double getY(int index) {
        return y(index).value();
    }

    /** Returns the upward error of y, or 0 where the file has NaN, which the JAS plotter cannot draw. */
    @Override
    public double getPlusError(int index) {
        return zeroIfNaN(y(index).errorPlus());
    }

    /** Returns the downward error of y, or 0 where the file has NaN. */
    @Override
    public double getMinusError(int index) {
        return zeroIfNaN(y(index).errorMinus());
    }

    @Override
    public int getAxisType() {
        return DataSource.DOUBLE;
    }

    @Override
    public String getTitle() {
        return points.title();
    }

    private static double zeroIfNaN(double error) {
        return Double.isNaN(error) ? 0.0 : error;
    }

    private Measurement x(int index) {
        return points.point(index).coordinate(0);
    }

    private Measurement y(int index) {
        return points.point(index).coordinate(1);
    }
}
