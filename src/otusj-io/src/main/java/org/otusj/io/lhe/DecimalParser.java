package org.otusj.io.lhe;

/**
 * Exact fast path for the decimal numbers of LHE files, such as {@code -0.5302766766E+01}, parsed from a
 * range of a character array without creating a string.
 *
 * <p>A number whose decimal digits form an integer m of at most 2^53 and whose power of ten e has
 * |e| &lt;= 22 is m * 10^e or m / 10^-e, where both operands are exact doubles, so one IEEE operation
 * gives the correctly rounded result, the same double as {@link Double#parseDouble} (W. D. Clinger, "How
 * to read floating point numbers accurately", PLDI 1990). Every other text, such as more digits, a larger
 * exponent, {@code NaN}, {@code Infinity}, a Fortran {@code D} exponent or an invalid number, returns
 * {@link Double#NaN}, and the caller falls back to {@link Double#parseDouble}.
 */
final class DecimalParser {

    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    private static final int MAX_EXACT_POWER = 22;

    private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];

    /** Digits accumulated before the mantissa could overflow a long; more go to the slow path. */
    private static final int MAX_DIGITS = 18;

    static {
        double power = 1.0;
        for (int i = 0; i <= MAX_EXACT_POWER; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10.0;
        }
    }

    private DecimalParser() {
    }

    /**
     * Parses {@code text} from {@code start} (inclusive) to {@code end} (exclusive), or returns NaN if the
     * fast path does not apply.
     */
    static double parse(char[] text, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }

        long mantissa = 0;
        int digits = 0;
        int significantDigits = 0;
        int fractionDigits = 0;
        boolean afterPoint = false;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa != 0 || c != '0') {
                    significantDigits++;
                    if (significantDigits > MAX_DIGITS) {
                        return Double.NaN;
                    }
                    mantissa = mantissa * 10 + (c - '0');
                }
                if (afterPoint) {
                    fractionDigits++;
                }
            } else if (c == '.' && !afterPoint) {
                afterPoint = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }

        int exponent = 0;
        if (i < end) {
            char marker = text[i];
            if (marker != 'e' && marker != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < end && (text[i] == '-' || text[i] == '+')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            int exponentDigits = 0;
            for (; i < end; i++) {
                char c = text[i];
                if (c < '0' || c > '9' || exponentDigits == 4) {
                    return Double.NaN;
                }
                exponent = exponent * 10 + (c - '0');
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }

        return scale(mantissa, exponent - fractionDigits, negative);
    }

    private static double scale(long mantissa, int power, boolean negative) {
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (mantissa > MAX_EXACT_MANTISSA || power < -MAX_EXACT_POWER || power > MAX_EXACT_POWER) {
            return Double.NaN;
        }
        double value = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
        return negative ? -value : value;
    }
}
