package org.otusj.detector.formula;

/**
 * A Delphes formula that cannot be compiled: a syntax error, an unknown variable or function, or a wrong
 * number of arguments. The message names the offset in the formula text and shows the text near it.
 */
public final class FormulaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String formula;
    private final int offset;

    /**
     * @param formula the formula text as given to {@link DelphesFormula#compile}
     * @param offset 0-based offset of the problem in {@code formula}
     * @param problem what is wrong, e.g. "unknown identifier 'foo'"
     */
    public FormulaException(String formula, int offset, String problem) {
        this(formula, offset, problem, "");
    }

    /**
     * @param formula the formula text as given to {@link DelphesFormula#compile}
     * @param offset 0-based offset of the problem in {@code formula}
     * @param problem what is wrong, e.g. "unknown identifier 'foo'"
     * @param hint what is allowed instead, appended after the location; empty for none
     */
    public FormulaException(String formula, int offset, String problem, String hint) {
        super(problem + " at offset " + offset + " of formula '" + compact(formula) + "'" + excerpt(formula, offset)
                + (hint.isEmpty() ? "" : "; " + hint));
        this.formula = formula;
        this.offset = offset;
    }

    /** The formula text that failed to compile. */
    public String formula() {
        return formula;
    }

    /** The 0-based offset of the problem in the formula text. */
    public int offset() {
        return offset;
    }

    private static String compact(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String excerpt(String text, int offset) {
        if (offset >= text.stripTrailing().length()) {
            return " (at the end)";
        }
        int start = Math.max(0, offset);
        int end = Math.min(text.length(), start + 20);
        return " (near '" + text.substring(start, end).replaceAll("\\s+", " ") + "')";
    }
}
