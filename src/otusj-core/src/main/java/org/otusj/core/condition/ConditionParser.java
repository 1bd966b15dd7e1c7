package org.otusj.core.condition;

import java.util.Locale;

/**
 * Parses condition expressions. Grammar, loosest binding first:
 *
 * <pre>
 * or      := and (("or" | "||") and)*
 * and     := unary (("and" | "&amp;&amp;") unary)*
 * unary   := ("not" | "!") unary | "(" or ")" | "true" | "false" | name
 * name    := letters, digits, '_', '-' and '.', not starting with '.'
 * </pre>
 *
 * Keywords are case-insensitive. In XML, {@code &&} is written {@code &amp;&amp;}.
 */
public final class ConditionParser {

    private final String text;
    private int position;

    private ConditionParser(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with the 1-based column, what was expected and what was found
     */
    public static Condition parse(String text) {
        ConditionParser parser = new ConditionParser(text);
        parser.skipSpace();
        if (parser.atEnd()) {
            throw new IllegalArgumentException("empty condition; expected a processor name such as 'Selection'"
                    + " or 'Selection.flag'");
        }
        Condition condition = parser.parseOr();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error("'and', 'or' or the end of the condition");
        }
        return condition;
    }

    private Condition parseOr() {
        Condition left = parseAnd();
        while (acceptOperator("||") || acceptKeyword("or")) {
            left = new Condition.Or(left, parseAnd());
        }
        return left;
    }

    private Condition parseAnd() {
        Condition left = parseUnary();
        while (acceptOperator("&&") || acceptKeyword("and")) {
            left = new Condition.And(left, parseUnary());
        }
        return left;
    }

    private Condition parseUnary() {
        skipSpace();
        if (acceptOperator("!") || acceptKeyword("not")) {
            return new Condition.Not(parseUnary());
        }
        if (acceptOperator("(")) {
            Condition inner = parseOr();
            if (!acceptOperator(")")) {
                throw error("')'");
            }
            return inner;
        }

        int start = position;
        String name = readName();
        if (name.isEmpty()) {
            throw error("a processor name, 'not', '!' or '('");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return new Condition.Constant(lower.equals("true"));
        }
        if (lower.equals("and") || lower.equals("or")) {
            position = start;
            throw error("a processor name before '" + name + "'");
        }
        return new Condition.Reference(name, start + 1);
    }

    private boolean acceptOperator(String operator) {
        skipSpace();
        if (text.startsWith(operator, position)) {
            position += operator.length();
            return true;
        }
        return false;
    }

    /** Accepts a keyword only as a whole word, so that a processor named "order" is not read as "or". */
    private boolean acceptKeyword(String keyword) {
        skipSpace();
        int end = position + keyword.length();
        if (end > text.length() || !text.substring(position, end).equalsIgnoreCase(keyword)) {
            return false;
        }
        if (end < text.length() && isNameCharacter(text.charAt(end))) {
            return false;
        }
        position = end;
        return true;
    }

    private String readName() {
        int start = position;
        while (position < text.length() && isNameCharacter(text.charAt(position))
                && !(position == start && text.charAt(position) == '.')) {
            position++;
        }
        return text.substring(start, position);
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private IllegalArgumentException error(String expected) {
        String found = atEnd() ? "the end of the condition" : "'" + text.substring(position) + "'";
        return new IllegalArgumentException("invalid condition '" + text + "' at column " + (position + 1)
                + ": expected " + expected + ", found " + found);
    }
}
