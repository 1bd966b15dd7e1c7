package org.otusj.app.inspect;

import java.math.BigDecimal;

/** Formats numbers from files for listings: as written, without trailing zeros or a forced exponent. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Formats {@code value} in plain decimal notation (4000, 1205.36, 0.0012) between 1e-4 and 1e9 in
     * magnitude, and in Java's scientific notation (1.0E-12) outside that range.
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e9)) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }
}
