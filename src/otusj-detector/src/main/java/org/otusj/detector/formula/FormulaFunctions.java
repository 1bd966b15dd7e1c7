package org.otusj.detector.formula;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The names a formula may use besides its variables: the function shortcuts and mathematical constants
 * of ROOT 6 TFormula (its FillDefaults table), the TMath functions they stand for, and the C function
 * fabs, which TFormula leaves to the C++ interpreter. TFormula's physical constants (c, g, h, k, r,
 * sigma, eg) are left out, so that those letters give an "unknown identifier" error instead.
 */
final class FormulaFunctions {

    private FormulaFunctions() {
    }

    /** Functions of one argument, by name. */
    static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("abs", Math::abs),
            Map.entry("fabs", Math::abs),
            Map.entry("TMath::Abs", Math::abs),
            Map.entry("sqrt", Math::sqrt),
            Map.entry("TMath::Sqrt", Math::sqrt),
            Map.entry("sq", x -> x * x),
            Map.entry("TMath::Sq", x -> x * x),
            Map.entry("exp", Math::exp),
            Map.entry("TMath::Exp", Math::exp),
            Map.entry("log", Math::log),
            Map.entry("TMath::Log", Math::log),
            Map.entry("log10", Math::log10),
            Map.entry("TMath::Log10", Math::log10),
            Map.entry("sin", Math::sin),
            Map.entry("TMath::Sin", Math::sin),
            Map.entry("cos", Math::cos),
            Map.entry("TMath::Cos", Math::cos),
            Map.entry("tan", Math::tan),
            Map.entry("TMath::Tan", Math::tan),
            Map.entry("asin", Math::asin),
            Map.entry("TMath::ASin", Math::asin),
            Map.entry("acos", Math::acos),
            Map.entry("TMath::ACos", Math::acos),
            Map.entry("atan", Math::atan),
            Map.entry("TMath::ATan", Math::atan),
            Map.entry("sinh", Math::sinh),
            Map.entry("TMath::SinH", Math::sinh),
            Map.entry("cosh", Math::cosh),
            Map.entry("TMath::CosH", Math::cosh),
            Map.entry("tanh", Math::tanh),
            Map.entry("TMath::TanH", Math::tanh),
            Map.entry("ceil", Math::ceil),
            Map.entry("TMath::Ceil", Math::ceil),
            Map.entry("floor", Math::floor),
            Map.entry("TMath::Floor", Math::floor));

    /** Functions of two arguments, by name. */
    static final Map<String, DoubleBinaryOperator> BINARY = Map.ofEntries(
            Map.entry("pow", Math::pow),
            Map.entry("TMath::Power", Math::pow),
            Map.entry("atan2", Math::atan2),
            Map.entry("TMath::ATan2", Math::atan2),
            Map.entry("min", Math::min),
            Map.entry("TMath::Min", Math::min),
            Map.entry("max", Math::max),
            Map.entry("TMath::Max", Math::max),
            // TMath::Sign(a, b) is |a| with the sign of b, where b = 0 counts as positive.
            Map.entry("sign", FormulaFunctions::sign),
            Map.entry("TMath::Sign", FormulaFunctions::sign));

    /** Constants, and the functions without arguments that return them. */
    static final Map<String, Double> CONSTANTS = Map.of(
            "pi", Math.PI,
            "e", Math.E,
            "sqrt2", Math.sqrt(2.0),
            "ln10", Math.log(10.0),
            "infinity", Double.POSITIVE_INFINITY,
            "true", 1.0,
            "false", 0.0);

    static final Map<String, Double> NO_ARGUMENT = Map.of(
            "TMath::Pi", Math.PI,
            "TMath::E", Math.E,
            "TMath::Sqrt2", Math.sqrt(2.0),
            "TMath::Ln10", Math.log(10.0));

    /** Returns all function names, sorted, for error messages. */
    static String functionNames() {
        Set<String> names = new TreeSet<>(UNARY.keySet());
        names.addAll(BINARY.keySet());
        names.addAll(NO_ARGUMENT.keySet());
        return String.join(", ", names);
    }

    /** Returns all constant names, sorted, for error messages. */
    static String constantNames() {
        return String.join(", ", new TreeSet<>(CONSTANTS.keySet()));
    }

    private static double sign(double a, double b) {
        return b >= 0 ? Math.abs(a) : -Math.abs(a);
    }
}
