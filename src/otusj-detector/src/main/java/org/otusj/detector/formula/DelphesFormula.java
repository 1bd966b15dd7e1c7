package org.otusj.detector.formula;

/**
 * A compiled Delphes efficiency, resolution or scale formula, such as the {@code EfficiencyFormula} and
 * {@code ResolutionFormula} parameters of a card.
 *
 * <p>Delphes 3.4 (classes/DelphesFormula.cc, the version that maps to x, y, z, t; later versions pass
 * more variables as TFormula parameters) removes white space and backslashes from the text,
 * replaces {@code pt}, {@code eta}, {@code phi} and {@code energy} by the ROOT TFormula variables
 * {@code x}, {@code y}, {@code z} and {@code t}, and evaluates the result with ROOT's TFormula. This class
 * reads the same syntax without ROOT:
 * <ul>
 *   <li>variables {@code pt} (GeV), {@code eta}, {@code phi} (radians) and {@code energy} (GeV), or their
 *       TFormula names {@code x}, {@code y}, {@code z}, {@code t};</li>
 *   <li>numbers such as {@code 2}, {@code 0.5}, {@code .5}, {@code 1.0e2}, {@code 5.0e-4};</li>
 *   <li>{@code + - * /}, power {@code ^} or {@code **}, unary {@code - + !}, comparisons
 *       {@code < <= > >= == !=} and logical {@code && ||} giving 1 or 0, {@code ?:}, parentheses;</li>
 *   <li>functions abs, sqrt, sq, exp, log, log10, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh,
 *       tanh, ceil, floor, pow, min, max, sign, their {@code TMath::} names (TMath::Abs, TMath::Power,
 *       TMath::SinH, ...), fabs, and the constants pi, e, sqrt2, ln10, infinity, true, false.</li>
 * </ul>
 * Operator precedence is that of C++ with {@code ^} binding tighter than unary minus, as TFormula
 * rewrites it (see {@link FormulaParser}): {@code -2^2} is -4.
 *
 * <p>The text is compiled once into a tree of nodes, with constant parts computed at compile time, so
 * evaluation does no parsing. A compiled formula is immutable and safe to share between threads.
 */
public final class DelphesFormula {

    private final String text;
    private final FormulaNode root;

    private DelphesFormula(String text, FormulaNode root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Compiles a formula.
     *
     * @throws FormulaException for a syntax error, an unknown name or a wrong number of function
     *     arguments; the message gives the offset in {@code text}
     */
    public static DelphesFormula compile(String text) {
        return new DelphesFormula(text, FormulaParser.parse(text));
    }

    /**
     * Evaluates the formula, with the argument order of Delphes' {@code DelphesFormula::Eval}.
     *
     * @param pt transverse momentum in GeV
     * @param eta pseudorapidity
     * @param phi azimuth in radians
     * @param energy energy in GeV
     */
    public double evaluate(double pt, double eta, double phi, double energy) {
        return root.evaluate(pt, eta, phi, energy);
    }

    /** The formula text as given to {@link #compile}. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text.strip().replaceAll("\\s+", " ");
    }
}
