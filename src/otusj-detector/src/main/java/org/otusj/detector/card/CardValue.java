package org.otusj.detector.card;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An immutable Tcl value read from a Delphes card: a string that can also be read as a list or a
 * number, as Tcl objects can.
 *
 * <p>Like a Tcl object, a value keeps the representation it was made with. A number computed by
 * {@code expr} stays a {@code double} (or a 64-bit integer), and a list built by {@code add} keeps its
 * elements, so the values the card computes reach the caller at full precision without a round trip
 * through text.
 */
public final class CardValue {

    /** The empty string, which is also the empty list. */
    public static final CardValue EMPTY = new CardValue("", null, null);

    // Tcl's decimal number syntax: digits with an optional fraction and exponent, or a fraction alone.
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern HEXADECIMAL = Pattern.compile("[+-]?0[xX][0-9a-fA-F]+");

    // Filled lazily from the other representation. Both are immutable once set, and volatile so that
    // a value shared between threads is never seen half-built.
    private volatile String text;
    private volatile List<CardValue> elements;
    private final Number number;

    private CardValue(String text, List<CardValue> elements, Number number) {
        this.text = text;
        this.elements = elements;
        this.number = number;
    }

    /** Creates a value from text, as a braced or quoted word of a card gives it. */
    public static CardValue of(String text) {
        return new CardValue(text, null, null);
    }

    /** Creates an integer value, as {@code incr} and integer arithmetic in {@code expr} give it. */
    public static CardValue of(long value) {
        return new CardValue(null, null, value);
    }

    /** Creates a floating-point value, as {@code expr} gives it. */
    public static CardValue of(double value) {
        return new CardValue(null, null, value);
    }

    /** Creates a list value from its elements. */
    public static CardValue ofList(List<CardValue> elements) {
        return new CardValue(null, List.copyOf(elements), null);
    }

    /**
     * Returns the text of the value. Lists are written in Tcl list syntax, and doubles with the digits of
     * {@link Double#toString(double)}, which read back to the same {@code double}.
     */
    public String text() {
        String result = text;
        if (result == null) {
            result = (number != null) ? formatNumber(number) : TclLists.format(elements);
            text = result;
        }
        return result;
    }

    /**
     * Returns the elements of the value read as a Tcl list.
     *
     * @throws IllegalArgumentException if the text is not a valid list (unbalanced braces or quotes)
     */
    public List<CardValue> elements() {
        List<CardValue> result = elements;
        if (result == null) {
            if (number != null) {
                result = List.of(this);
            } else {
                List<CardValue> parsed = new ArrayList<>();
                for (String element : TclLists.parse(text)) {
                    parsed.add(of(element));
                }
                result = Collections.unmodifiableList(parsed);
            }
            elements = result;
        }
        return result;
    }

    /** Returns the number of elements of the value read as a Tcl list. */
    public int size() {
        return elements().size();
    }

    /** Returns element {@code index} of the value read as a Tcl list. */
    public CardValue element(int index) {
        return elements().get(index);
    }

    /** Returns true if the value was made as a number or its text reads as a Tcl number. */
    public boolean isNumber() {
        if (number != null) {
            return true;
        }
        String stripped = text().strip();
        return DECIMAL.matcher(stripped).matches() || HEXADECIMAL.matcher(stripped).matches();
    }

    /** Returns true if the value is an integer (a number made as one, or integer text). */
    public boolean isInteger() {
        if (number != null) {
            return number instanceof Long;
        }
        String stripped = text().strip();
        return INTEGER.matcher(stripped).matches() || HEXADECIMAL.matcher(stripped).matches();
    }

    /**
     * Reads the value as a floating-point number, with surrounding white space allowed as in Tcl.
     *
     * @throws NumberFormatException if the text is not a Tcl number
     */
    public double toDouble() {
        if (number != null) {
            return number.doubleValue();
        }
        String stripped = text().strip();
        if (DECIMAL.matcher(stripped).matches()) {
            return Double.parseDouble(stripped);
        }
        if (HEXADECIMAL.matcher(stripped).matches()) {
            return parseHexadecimal(stripped);
        }
        throw new NumberFormatException("expected a number, found '" + text() + "'");
    }

    /**
     * Reads the value as a 64-bit integer.
     *
     * @throws NumberFormatException if the text is not a Tcl integer
     */
    public long toLong() {
        if (number instanceof Long integer) {
            return integer;
        }
        if (number != null) {
            throw new NumberFormatException("expected an integer, found '" + text() + "'");
        }
        String stripped = text().strip();
        if (INTEGER.matcher(stripped).matches()) {
            return Long.parseLong(stripped);
        }
        if (HEXADECIMAL.matcher(stripped).matches()) {
            return parseHexadecimal(stripped);
        }
        throw new NumberFormatException("expected an integer, found '" + text() + "'");
    }

    /**
     * Reads the value as a Tcl boolean: a number (true unless zero), or {@code true}/{@code false},
     * {@code yes}/{@code no}, {@code on}/{@code off} in any letter case.
     *
     * @throws IllegalArgumentException if the text is not one of these
     */
    public boolean toBoolean() {
        if (isNumber()) {
            return toDouble() != 0.0;
        }
        switch (text().strip().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
                return true;
            case "false":
            case "no":
            case "off":
                return false;
            default:
                throw new IllegalArgumentException("expected a boolean (true, false, yes, no, on, off or a number), "
                        + "found '" + text() + "'");
        }
    }

    /** The number this value was made with, or null for values made from text or elements. */
    Number number() {
        return number;
    }

    /** Returns the text, for messages and debugging. */
    @Override
    public String toString() {
        return text();
    }

    private static long parseHexadecimal(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.replaceFirst("^[+-]?0[xX]", "");
        long magnitude = Long.parseUnsignedLong(digits, 16);
        return negative ? -magnitude : magnitude;
    }

    private static String formatNumber(Number number) {
        if (number instanceof Long) {
            return number.toString();
        }
        double value = number.doubleValue();
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        // Java's Double.toString reads back to the same double; Tcl writes the exponent as e+NN.
        String formatted = Double.toString(value);
        int exponent = formatted.indexOf('E');
        if (exponent < 0) {
            return formatted;
        }
        String mantissa = formatted.substring(0, exponent);
        String power = formatted.substring(exponent + 1);
        return mantissa + "e" + (power.startsWith("-") ? power : "+" + power);
    }
}
