package org.otusj.io.lhe;

import java.util.Arrays;

/**
 * Splits one line at white space and converts fields to numbers, reporting bad fields with the file and
 * line of the {@link LheLineReader}.
 *
 * <p>Hot path: every event header and particle line goes through {@link #split}, {@link #intField} and
 * {@link #doubleField}. Splitting stores field offsets in reused arrays instead of creating strings, and
 * integers are parsed from the characters directly. Floating-point fields take the exact fast path of
 * {@link DecimalParser} and fall back to {@link Double#parseDouble} on a substring for other forms.
 */
final class LineTokens {

    private final LheLineReader reader;
    private String line = "";
    private char[] characters = new char[256];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    LineTokens(LheLineReader reader) {
        this.reader = reader;
    }

    /**
     * Splits {@code text} at spaces, tabs and other control characters; returns the number of fields. The
     * line is copied once into a reused character array, which the field parsers then read without the
     * per-character checks of {@link String#charAt}.
     */
    int split(String text) {
        line = text;
        count = 0;
        int length = text.length();
        if (characters.length < length) {
            characters = new char[Math.max(length, 2 * characters.length)];
        }
        text.getChars(0, length, characters, 0);
        char[] chars = characters;
        int i = 0;
        while (true) {
            while (i < length && chars[i] <= ' ') {
                i++;
            }
            if (i == length) {
                return count;
            }
            int start = i;
            while (i < length && chars[i] > ' ') {
                i++;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = i;
            count++;
        }
    }

    int count() {
        return count;
    }

    String line() {
        return line;
    }

    /** Field {@code index} as a string. */
    String field(int index) {
        return line.substring(starts[index], ends[index]);
    }

    /** Returns true if field {@code index} is an optionally signed decimal integer. */
    boolean isInteger(int index) {
        int i = starts[index];
        int end = ends[index];
        if (characters[i] == '+' || characters[i] == '-') {
            i++;
        }
        if (i == end) {
            return false;
        }
        for (; i < end; i++) {
            char c = characters[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses field {@code index} as a 32-bit integer.
     *
     * @param name the field's name in the LHE standard, such as IDUP, for the error message
     * @throws LheFormatException if the field is not an integer or does not fit 32 bits
     */
    int intField(int index, String name) throws LheFormatException {
        int i = starts[index];
        int end = ends[index];
        boolean negative = false;
        char first = characters[i];
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        if (i == end || end - i > 10) {
            throw invalidInteger(index, name);
        }
        long value = 0;
        for (; i < end; i++) {
            char c = characters[i];
            if (c < '0' || c > '9') {
                throw invalidInteger(index, name);
            }
            value = value * 10 + (c - '0');
        }
        value = negative ? -value : value;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw invalidInteger(index, name);
        }
        return (int) value;
    }

    /**
     * Parses field {@code index} as a floating-point number. Fortran's {@code D} exponent
     * ({@code 1.0D+03}) is accepted as well as {@code E}.
     *
     * @param name the field's name in the LHE standard, such as PX, for the error message
     * @throws LheFormatException if the field is not a number
     */
    double doubleField(int index, String name) throws LheFormatException {
        double fast = DecimalParser.parse(characters, starts[index], ends[index]);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String text = line.substring(starts[index], ends[index]);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException invalid) {
            try {
                return parseFortranDouble(text);
            } catch (NumberFormatException stillInvalid) {
                throw reader.error("invalid " + name + " (field " + (index + 1) + " of " + count
                        + "): expected a floating-point number, found '" + text + "'", line);
            }
        }
    }

    /**
     * Parses a floating-point number as {@link Double#parseDouble} does, also accepting Fortran's
     * {@code D} exponent ({@code 1.0D+03}).
     *
     * @throws NumberFormatException if {@code text} is not a number in either form
     */
    static double parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException invalid) {
            return parseFortranDouble(text);
        }
    }

    /** Rare path: retries with the Fortran double-precision exponent letter replaced by E. */
    private static double parseFortranDouble(String text) {
        if (text.indexOf('D') < 0 && text.indexOf('d') < 0) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(text.replace('D', 'E').replace('d', 'e'));
    }

    private LheFormatException invalidInteger(int index, String name) {
        return reader.error("invalid " + name + " (field " + (index + 1) + " of " + count
                + "): expected an integer, found '" + field(index) + "'", line);
    }
}
