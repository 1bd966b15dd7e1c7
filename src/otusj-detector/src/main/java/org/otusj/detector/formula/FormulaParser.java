package org.otusj.detector.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A recursive-descent parser from formula text to a {@link FormulaNode} tree.
 *
 * <p>Precedence, lowest first, is that of C++, because ROOT 6 TFormula compiles the formula as C++, plus
 * the power operator: {@code ?:}, {@code ||}, {@code &&}, {@code == !=}, {@code < <= > >=}, {@code + -},
 * {@code * /}, unary {@code - + !}, and {@code ^} (or {@code **}). TFormula rewrites {@code a^b} to
 * {@code pow(a,b)} before compiling, taking as {@code a} the operand just left of the caret (a number,
 * name, call or parenthesised group) and as {@code b} the operand to its right with an optional sign
 * (TFormula::HandleExponentiation in ROOT 6). So the power binds tighter than unary minus
 * ({@code -2^2 = -4}), {@code 2^3^2 = 2^9}, and {@code 2^-1 = 0.5}.
 */
final class FormulaParser {

    private enum Kind { NUMBER, NAME, OPERATOR, END }

    private record Token(Kind kind, String text, int offset) {
    }

    private static final Map<String, Integer> VARIABLES = Map.of(
            "pt", 0, "eta", 1, "phi", 2, "energy", 3,
            // DelphesFormula hands these to TFormula as x, y, z and t, so those names work too.
            "x", 0, "y", 1, "z", 2, "t", 3);

    // Operators longest first, so that "<=" is not read as "<" followed by "=".
    private static final String[] OPERATORS = {
        "**", "<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "^", "(", ")", ",", "<", ">", "!", "?", ":",
    };

    private final String text;
    private final List<Token> tokens;
    private int next;

    private FormulaParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /** Parses {@code text}; throws {@link FormulaException} for any error. */
    static FormulaNode parse(String text) {
        FormulaParser parser = new FormulaParser(text);
        if (parser.peek().kind() == Kind.END) {
            throw new FormulaException(text, 0, "empty formula");
        }
        FormulaNode root = parser.conditional();
        Token extra = parser.peek();
        if (extra.kind() != Kind.END) {
            throw parser.error(extra, "unexpected '" + extra.text() + "' after a complete expression");
        }
        return root;
    }

    private FormulaNode conditional() {
        FormulaNode condition = or();
        if (!accept("?")) {
            return condition;
        }
        FormulaNode whenTrue = conditional();
        expect(":", "':' of the conditional operator");
        FormulaNode whenFalse = conditional();
        if (condition.isConstant()) {
            return condition.evaluate(0, 0, 0, 0) != 0.0 ? whenTrue : whenFalse;
        }
        return new FormulaNode.Conditional(condition, whenTrue, whenFalse);
    }

    private FormulaNode or() {
        FormulaNode left = and();
        while (accept("||")) {
            left = binary((a, b) -> (a != 0.0 || b != 0.0) ? 1.0 : 0.0, left, and());
        }
        return left;
    }

    private FormulaNode and() {
        FormulaNode left = equality();
        while (accept("&&")) {
            left = binary((a, b) -> (a != 0.0 && b != 0.0) ? 1.0 : 0.0, left, equality());
        }
        return left;
    }

    private FormulaNode equality() {
        FormulaNode left = relational();
        while (true) {
            if (accept("==")) {
                left = binary((a, b) -> a == b ? 1.0 : 0.0, left, relational());
            } else if (accept("!=")) {
                left = binary((a, b) -> a != b ? 1.0 : 0.0, left, relational());
            } else {
                return left;
            }
        }
    }

    private FormulaNode relational() {
        FormulaNode left = additive();
        while (true) {
            if (accept("<")) {
                left = binary((a, b) -> a < b ? 1.0 : 0.0, left, additive());
            } else if (accept("<=")) {
                left = binary((a, b) -> a <= b ? 1.0 : 0.0, left, additive());
            } else if (accept(">")) {
                left = binary((a, b) -> a > b ? 1.0 : 0.0, left, additive());
            } else if (accept(">=")) {
                left = binary((a, b) -> a >= b ? 1.0 : 0.0, left, additive());
            } else {
                return left;
            }
        }
    }

    private FormulaNode additive() {
        FormulaNode left = multiplicative();
        while (true) {
            if (accept("+")) {
                left = binary((a, b) -> a + b, left, multiplicative());
            } else if (accept("-")) {
                left = binary((a, b) -> a - b, left, multiplicative());
            } else {
                return left;
            }
        }
    }

    private FormulaNode multiplicative() {
        FormulaNode left = unary();
        while (true) {
            if (accept("*")) {
                left = binary((a, b) -> a * b, left, unary());
            } else if (accept("/")) {
                // Every number is a double here. NOTE: ROOT 6 compiles the formula as C++, so there a quotient
                // of two integer literals such as 1/2 may be an integer division (0). The CMS card has none.
                left = binary((a, b) -> a / b, left, unary());
            } else {
                return left;
            }
        }
    }

    private FormulaNode unary() {
        if (accept("-")) {
            return unaryNode(x -> -x, unary());
        }
        if (accept("+")) {
            return unary();
        }
        if (accept("!")) {
            return unaryNode(x -> x == 0.0 ? 1.0 : 0.0, unary());
        }
        return power();
    }

    private FormulaNode power() {
        FormulaNode base = primary();
        if (!accept("^") && !accept("**")) {
            return base;
        }
        // The exponent may carry its own sign (x^-2) and may itself be a power (2^3^2 = 2^(3^2)).
        FormulaNode exponent;
        if (accept("-")) {
            exponent = unaryNode(x -> -x, power());
        } else {
            accept("+");
            exponent = power();
        }
        return binary(Math::pow, base, exponent);
    }

    private FormulaNode primary() {
        Token token = advance();
        switch (token.kind()) {
            case NUMBER:
                return new FormulaNode.Constant(Double.parseDouble(token.text()));
            case NAME:
                return name(token);
            case OPERATOR:
                if (token.text().equals("(")) {
                    FormulaNode inner = conditional();
                    expect(")", "')' to close the '(' at offset " + token.offset());
                    return inner;
                }
                throw error(token, "unexpected '" + token.text() + "' where a number, variable or function was expected");
            default:
                throw error(token, "incomplete formula: a number, variable or function is missing");
        }
    }

    private FormulaNode name(Token token) {
        String name = token.text();
        if (!peekIs("(")) {
            Integer variable = VARIABLES.get(name);
            if (variable != null) {
                return new FormulaNode.Variable(variable);
            }
            Double constant = FormulaFunctions.CONSTANTS.get(name);
            if (constant != null) {
                return new FormulaNode.Constant(constant);
            }
            throw new FormulaException(text, token.offset(), "unknown identifier '" + name + "'",
                    "the variables are pt, eta, phi and energy (or x, y, z, t), the constants "
                    + FormulaFunctions.constantNames());
        }

        advance();
        List<FormulaNode> arguments = new ArrayList<>();
        if (!accept(")")) {
            do {
                arguments.add(conditional());
            } while (accept(","));
            expect(")", "')' to close the arguments of " + name + "()");
        }
        return call(token, arguments);
    }

    private FormulaNode call(Token token, List<FormulaNode> arguments) {
        String name = token.text();
        DoubleUnaryOperator unary = FormulaFunctions.UNARY.get(name);
        DoubleBinaryOperator binary = FormulaFunctions.BINARY.get(name);
        Double constant = FormulaFunctions.NO_ARGUMENT.get(name);
        if (unary == null && binary == null && constant == null) {
            throw new FormulaException(text, token.offset(), "unknown function '" + name + "'",
                    "known functions: " + FormulaFunctions.functionNames());
        }

        int expected = (unary != null) ? 1 : (binary != null ? 2 : 0);
        if (arguments.size() != expected) {
            throw error(token, "function " + name + "() takes " + expected + " argument" + (expected == 1 ? "" : "s")
                    + ", found " + arguments.size());
        }
        if (unary != null) {
            return unaryNode(unary, arguments.get(0));
        }
        if (binary != null) {
            return binary(binary, arguments.get(0), arguments.get(1));
        }
        return new FormulaNode.Constant(constant);
    }

    private static FormulaNode unaryNode(DoubleUnaryOperator operator, FormulaNode operand) {
        if (operand.isConstant()) {
            return new FormulaNode.Constant(operator.applyAsDouble(operand.evaluate(0, 0, 0, 0)));
        }
        return new FormulaNode.Unary(operator, operand);
    }

    private static FormulaNode binary(DoubleBinaryOperator operator, FormulaNode left, FormulaNode right) {
        if (left.isConstant() && right.isConstant()) {
            return new FormulaNode.Constant(operator.applyAsDouble(left.evaluate(0, 0, 0, 0), right.evaluate(0, 0, 0, 0)));
        }
        return new FormulaNode.Binary(operator, left, right);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean peekIs(String operator) {
        Token token = peek();
        return token.kind() == Kind.OPERATOR && token.text().equals(operator);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private boolean accept(String operator) {
        if (peekIs(operator)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String operator, String what) {
        if (!accept(operator)) {
            Token found = peek();
            throw error(found, "expected " + what + ", found "
                    + (found.kind() == Kind.END ? "the end of the formula" : "'" + found.text() + "'"));
        }
    }

    private FormulaException error(Token token, String problem) {
        return new FormulaException(text, token.offset(), problem);
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int position = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            // DelphesFormula::Compile removes white space and backslashes before TFormula compiles the text.
            if (Character.isWhitespace(c) || c == '\\') {
                position++;
                continue;
            }
            int start = position;
            if (Character.isDigit(c) || (c == '.' && position + 1 < text.length()
                    && Character.isDigit(text.charAt(position + 1)))) {
                position = endOfNumber(text, position);
                tokens.add(new Token(Kind.NUMBER, text.substring(start, position), start));
            } else if (Character.isLetter(c) || c == '_') {
                position = endOfName(text, position);
                tokens.add(new Token(Kind.NAME, text.substring(start, position), start));
            } else {
                String operator = operatorAt(text, position);
                if (operator == null) {
                    throw new FormulaException(text, position, "unexpected character '" + c + "'"
                            + (c == '%' || c == '&' || c == '|' ? " (the integer operators % & | are not supported)" : ""));
                }
                position += operator.length();
                tokens.add(new Token(Kind.OPERATOR, operator, start));
            }
        }
        tokens.add(new Token(Kind.END, "", text.length()));
        return tokens;
    }

    private static int endOfNumber(String text, int start) {
        int position = start;
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int exponent = position + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                position = exponent;
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
            }
        }
        return position;
    }

    private static int endOfName(String text, int start) {
        int position = start;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isLetterOrDigit(c) || c == '_') {
                position++;
            } else if (text.startsWith("::", position) && position + 2 < text.length()
                    && Character.isLetter(text.charAt(position + 2))) {
                position += 2;
            } else {
                break;
            }
        }
        return position;
    }

    private static String operatorAt(String text, int position) {
        for (String operator : OPERATORS) {
            if (text.startsWith(operator, position)) {
                return operator;
            }
        }
        return null;
    }
}
