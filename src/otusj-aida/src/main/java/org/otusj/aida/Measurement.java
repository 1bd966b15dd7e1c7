package org.otusj.aida;

/**
 * One coordinate of a {@link DataPoint}, the AIDA {@code IMeasurement}: a value with asymmetric errors.
 * The record's equals compares the doubles with {@link Double#compare}, so NaN equals NaN.
 *
 * @param value the value, in the unit of its coordinate
 * @param errorPlus the upward error, >= 0 or NaN
 * @param errorMinus the downward error, >= 0 or NaN
 */
public record Measurement(double value, double errorPlus, double errorMinus) {

    /**
     * Checks the errors.
     *
     * @throws IllegalArgumentException if an error is negative
     */
    public Measurement {
        if (errorPlus < 0 || errorMinus < 0) {
            throw new IllegalArgumentException("measurement errors must not be negative, found +" + errorPlus + " -"
                    + errorMinus + " on value " + value);
        }
    }

    /** Returns a measurement with the same error up and down. */
    public static Measurement of(double value, double error) {
        return new Measurement(value, error, error);
    }

    /** Returns a measurement without errors. */
    public static Measurement of(double value) {
        return new Measurement(value, 0.0, 0.0);
    }
}
