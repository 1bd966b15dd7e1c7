package org.otusj.detector.card;

import java.nio.file.Path;

/**
 * One evaluation of a Tcl {@code expr} argument, with the operators and math functions of Tcl 8.0 that
 * numeric card expressions need.
 *
 * <p>Operands are 64-bit integers or doubles: integer arithmetic stays integer (division and remainder
 * round towards negative infinity, as in Tcl), and an operation with a double gives a double. Supported:
 * unary {@code - + !}, {@code * / %}, {@code + -}, {@code < > <= >=}, {@code == !=}, {@code &&},
 * {@code ||} (both short-circuit) and {@code ?:}, parentheses, {@code $var} and {@code [command]}
 * substitution, and the functions abs, acos, asin, atan, atan2, ceil, cos, cosh, double, exp, floor,
 * fmod, hypot, int, log, log10, pow, round, sin, sinh, sqrt, tan and tanh.
 *
 * <p>Not supported, and rejected with an error: string operands, bitwise and shift operators. An integer
 * with a leading zero is read as decimal, where Tcl 8.0 reads it as octal.
 */
final class TclExpression {

    private final TclInterpreter interpreter;
    private final Path file;
    private final int line;
    private final String text;
    private int position;

    TclExpression(TclInterpreter interpreter, Path file, int line, String text) {
        this.interpreter = interpreter;
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** Evaluates the expression to an integer or double value. */
    CardValue evaluate() throws CardException {
        Number result = parseWhole();
        return (result instanceof Long integer) ? CardValue.of(integer.longValue()) : CardValue.of(result.doubleValue());
    }

    /** Evaluates the expression as a condition: true unless it is zero. */
    boolean evaluateCondition() throws CardException {
        return isTrue(parseWhole());
    }

    private Number parseWhole() throws CardException {
        skipSpaces();
        if (position >= text.length()) {
            throw error("empty expression");
        }
        Number result = conditional(true);
        skipSpaces();
        if (position < text.length()) {
            throw error("syntax error in expression \"" + text + "\" at offset " + position + ": unexpected '"
                    + text.charAt(position) + "'");
        }
        return result;
    }

    // Each level below parses one precedence level of Tcl 8.0 expr, lowest first. When active is false
    // the branch is skipped by && || ?: and is parsed without substituting or computing anything.

    private Number conditional(boolean active) throws CardException {
        Number condition = or(active);
        if (!consume("?")) {
            return condition;
        }
        boolean chooseFirst = active && isTrue(condition);
        Number first = conditional(chooseFirst);
        if (!consume(":")) {
            throw error("syntax error in expression \"" + text + "\": missing ':' of '?:'");
        }
        Number second = conditional(active && !chooseFirst);
        return chooseFirst ? first : second;
    }

    private Number or(boolean active) throws CardException {
        Number left = and(active);
        while (consume("||")) {
            boolean decided = active && isTrue(left);
            Number right = and(active && !decided);
            left = active ? bool(decided || isTrue(right)) : 0L;
        }
        return left;
    }

    private Number and(boolean active) throws CardException {
        Number left = equality(active);
        while (consume("&&")) {
            boolean decided = active && !isTrue(left);
            Number right = equality(active && !decided);
            left = active ? bool(!decided && isTrue(right)) : 0L;
        }
        return left;
    }

    private Number equality(boolean active) throws CardException {
        Number left = relational(active);
        while (true) {
            if (consume("==")) {
                Number right = relational(active);
                left = bool(compare(left, right) == 0);
            } else if (consume("!=")) {
                Number right = relational(active);
                left = bool(compare(left, right) != 0);
            } else {
                return left;
            }
        }
    }

    private Number relational(boolean active) throws CardException {
        Number left = additive(active);
        while (true) {
            if (consume("<=")) {
                left = bool(compare(left, additive(active)) <= 0);
            } else if (consume(">=")) {
                left = bool(compare(left, additive(active)) >= 0);
            } else if (peekOperator("<")) {
                position++;
                left = bool(compare(left, additive(active)) < 0);
            } else if (peekOperator(">")) {
                position++;
                left = bool(compare(left, additive(active)) > 0);
            } else {
                return left;
            }
        }
    }

    private Number additive(boolean active) throws CardException {
        Number left = multiplicative(active);
        while (true) {
            if (consume("+")) {
                Number right = multiplicative(active);
                left = active ? add(left, right) : 0L;
            } else if (consume("-")) {
                Number right = multiplicative(active);
                left = active ? subtract(left, right) : 0L;
            } else {
                return left;
            }
        }
    }

    private Number multiplicative(boolean active) throws CardException {
        Number left = unary(active);
        while (true) {
            if (consume("*")) {
                Number right = unary(active);
                left = active ? multiply(left, right) : 0L;
            } else if (consume("/")) {
                Number right = unary(active);
                left = active ? divide(left, right) : 0L;
            } else if (consume("%")) {
                Number right = unary(active);
                left = active ? remainder(left, right) : 0L;
            } else {
                return left;
            }
        }
    }

    private Number unary(boolean active) throws CardException {
        skipSpaces();
        if (consume("-")) {
            Number operand = unary(active);
            return (operand instanceof Long integer) ? (Number) (-integer) : (Number) (-operand.doubleValue());
        }
        if (consume("+")) {
            return unary(active);
        }
        if (peekOperator("!")) {
            position++;
            return bool(!isTrue(unary(active)));
        }
        return primary(active);
    }

    private Number primary(boolean active) throws CardException {
        skipSpaces();
        if (position >= text.length()) {
            throw error("syntax error in expression \"" + text + "\": missing operand at the end");
        }

        char c = text.charAt(position);
        if (c == '(') {
            position++;
            Number inner = conditional(active);
            if (!consume(")")) {
                throw error("syntax error in expression \"" + text + "\": missing close-parenthesis");
            }
            return inner;
        }
        if (c == '$') {
            return variable(active);
        }
        if (c == '[') {
            return command(active);
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            return function(active);
        }
        throw error("syntax error in expression \"" + text + "\" at offset " + position + ": unexpected '" + c
                + "'; the card reader supports only numeric expressions");
    }

    private Number variable(boolean active) throws CardException {
        position++;
        String name;
        if (position < text.length() && text.charAt(position) == '{') {
            int close = text.indexOf('}', position);
            if (close < 0) {
                throw error("missing close-brace for variable name in expression \"" + text + "\"");
            }
            name = text.substring(position + 1, close);
            position = close + 1;
        } else {
            int start = position;
            while (position < text.length() && (TclInterpreter.isNameCharacter(text.charAt(position))
                    || text.startsWith("::", position))) {
                position += text.startsWith("::", position) ? 2 : 1;
            }
            name = text.substring(start, position);
            if (name.isEmpty()) {
                throw error("syntax error in expression \"" + text + "\": '$' without a variable name");
            }
        }
        if (!active) {
            return 0L;
        }
        return toNumber(interpreter.variable(name, file, line), "variable '" + name + "'");
    }

    private Number command(boolean active) throws CardException {
        if (!active) {
            position = skipBrackets(position);
            return 0L;
        }
        TclInterpreter.CommandSubstitution result = interpreter.substituteCommand(file, text, position + 1, line);
        position = result.end();
        return toNumber(result.value(), "command result");
    }

    private int skipBrackets(int open) throws CardException {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        throw error("missing close-bracket in expression \"" + text + "\"");
    }

    private Number number() throws CardException {
        int start = position;
        if (text.startsWith("0x", position) || text.startsWith("0X", position)) {
            position += 2;
            while (position < text.length() && Character.digit(text.charAt(position), 16) >= 0) {
                position++;
            }
            return parseInteger(text.substring(start + 2, position), 16, start);
        }

        boolean floating = false;
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '.') {
            floating = true;
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
                floating = true;
                position = exponent;
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
            }
        }

        String literal = text.substring(start, position);
        if (literal.equals(".")) {
            throw error("syntax error in expression \"" + text + "\": '.' is not a number");
        }
        if (floating) {
            return Double.parseDouble(literal);
        }
        return parseInteger(literal, 10, start);
    }

    private Long parseInteger(String digits, int radix, int start) throws CardException {
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException tooLarge) {
            throw error("integer value too large to represent: \"" + text.substring(start, position) + "\"");
        }
    }

    private Number function(boolean active) throws CardException {
        int start = position;
        while (position < text.length() && TclInterpreter.isNameCharacter(text.charAt(position))) {
            position++;
        }
        String name = text.substring(start, position);
        skipSpaces();
        if (position >= text.length() || text.charAt(position) != '(') {
            throw error("syntax error in expression \"" + text + "\": '" + name
                    + "' is not a number, a $variable or a function call");
        }
        position++;

        Number first = conditional(active);
        Number second = null;
        if (consume(",")) {
            second = conditional(active);
        }
        if (!consume(")")) {
            throw error("syntax error in expression \"" + text + "\": missing close-parenthesis after the arguments of "
                    + name + "()");
        }
        if (!active) {
            return 0L;
        }
        return callFunction(name, first, second);
    }

    private Number callFunction(String name, Number x, Number y) throws CardException {
        if (y == null) {
            switch (name) {
                case "abs":
                    return (x instanceof Long integer) ? (Number) Math.abs(integer) : (Number) Math.abs(x.doubleValue());
                case "double":
                    return x.doubleValue();
                case "int":
                    return (long) x.doubleValue();
                case "round":
                    // Tcl rounds halves away from zero.
                    return (x instanceof Long) ? x : (Number) (long) (x.doubleValue() < 0
                            ? x.doubleValue() - 0.5 : x.doubleValue() + 0.5);
                default:
                    return checked(name, unaryMath(name, x.doubleValue()));
            }
        }
        double a = x.doubleValue();
        double b = y.doubleValue();
        switch (name) {
            case "atan2":
                return checked(name, Math.atan2(a, b));
            case "fmod":
                return checked(name, a % b);
            case "hypot":
                return checked(name, Math.hypot(a, b));
            case "pow":
                return checked(name, Math.pow(a, b));
            default:
                throw error("unknown math function '" + name + "' with two arguments");
        }
    }

    private double unaryMath(String name, double x) throws CardException {
        switch (name) {
            case "acos":
                return Math.acos(x);
            case "asin":
                return Math.asin(x);
            case "atan":
                return Math.atan(x);
            case "ceil":
                return Math.ceil(x);
            case "cos":
                return Math.cos(x);
            case "cosh":
                return Math.cosh(x);
            case "exp":
                return Math.exp(x);
            case "floor":
                return Math.floor(x);
            case "log":
                return Math.log(x);
            case "log10":
                return Math.log10(x);
            case "sin":
                return Math.sin(x);
            case "sinh":
                return Math.sinh(x);
            case "sqrt":
                return Math.sqrt(x);
            case "tan":
                return Math.tan(x);
            case "tanh":
                return Math.tanh(x);
            default:
                throw error("unknown math function '" + name + "' with one argument");
        }
    }

    private Double checked(String function, double result) throws CardException {
        if (Double.isNaN(result)) {
            throw error("domain error: argument not in valid range for " + function + "()");
        }
        if (Double.isInfinite(result)) {
            throw error("floating-point value too large to represent in " + function + "()");
        }
        return result;
    }

    private Number add(Number a, Number b) throws CardException {
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        return checked("+", a.doubleValue() + b.doubleValue());
    }

    private Number subtract(Number a, Number b) throws CardException {
        if (a instanceof Long x && b instanceof Long y) {
            return x - y;
        }
        return checked("-", a.doubleValue() - b.doubleValue());
    }

    private Number multiply(Number a, Number b) throws CardException {
        if (a instanceof Long x && b instanceof Long y) {
            return x * y;
        }
        return checked("*", a.doubleValue() * b.doubleValue());
    }

    private Number divide(Number a, Number b) throws CardException {
        if (a instanceof Long x && b instanceof Long y) {
            if (y == 0) {
                throw error("divide by zero");
            }
            return Math.floorDiv(x, y);
        }
        if (b.doubleValue() == 0.0) {
            throw error("divide by zero");
        }
        return checked("/", a.doubleValue() / b.doubleValue());
    }

    private Number remainder(Number a, Number b) throws CardException {
        if (!(a instanceof Long x) || !(b instanceof Long y)) {
            throw error("can't use floating-point value as operand of \"%\"");
        }
        if (y == 0) {
            throw error("divide by zero");
        }
        return Math.floorMod(x, y);
    }

    private static int compare(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    private static boolean isTrue(Number value) {
        return (value instanceof Long integer) ? integer != 0 : value.doubleValue() != 0.0;
    }

    private static Long bool(boolean value) {
        return value ? 1L : 0L;
    }

    private Number toNumber(CardValue value, String what) throws CardException {
        if (value.number() != null) {
            return value.number();
        }
        try {
            return value.isInteger() ? (Number) value.toLong() : (Number) value.toDouble();
        } catch (NumberFormatException notNumber) {
            throw error(what + " is not a number: '" + value.text() + "'; the card reader supports only numeric "
                    + "expressions");
        }
    }

    private boolean consume(String operator) {
        skipSpaces();
        if (!text.startsWith(operator, position)) {
            return false;
        }
        position += operator.length();
        return true;
    }

    /** Returns true if {@code operator} comes next and is not the first half of "<=", ">=" or "!=". */
    private boolean peekOperator(String operator) {
        skipSpaces();
        if (!text.startsWith(operator, position)) {
            return false;
        }
        return position + 1 >= text.length() || text.charAt(position + 1) != '=';
    }

    private void skipSpaces() {
        while (position < text.length() && TclLists.isSpace(text.charAt(position))) {
            position++;
        }
    }

    private CardException error(String message) {
        return new CardException(file, line, message);
    }
}
