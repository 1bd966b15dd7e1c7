package org.otusj.detector.card;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing of Tcl list text: elements separated by white space, grouped with braces (taken
 * literally) or double quotes (with backslash escapes).
 */
final class TclLists {

    private TclLists() {
    }

    /**
     * Splits list text into its elements.
     *
     * @throws IllegalArgumentException if a brace or quote is not closed, or a closing brace or quote is
     *     followed by something other than white space
     */
    static List<String> parse(String text) {
        List<String> elements = new ArrayList<>();
        int position = 0;
        int length = text.length();

        while (true) {
            while (position < length && isSpace(text.charAt(position))) {
                position++;
            }
            if (position >= length) {
                return elements;
            }

            char first = text.charAt(position);
            if (first == '{') {
                int close = matchingBrace(text, position);
                elements.add(text.substring(position + 1, close));
                position = close + 1;
                requireSeparator(text, position, "braces");
            } else if (first == '"') {
                StringBuilder element = new StringBuilder();
                position = readQuoted(text, position + 1, element);
                elements.add(element.toString());
                requireSeparator(text, position, "quotes");
            } else {
                StringBuilder element = new StringBuilder();
                while (position < length && !isSpace(text.charAt(position))) {
                    if (text.charAt(position) == '\\') {
                        position = TclEscapes.append(text, position, element);
                    } else {
                        element.append(text.charAt(position));
                        position++;
                    }
                }
                elements.add(element.toString());
            }
        }
    }

    /** Writes elements as list text that {@link #parse} reads back to the same elements. */
    static String format(List<CardValue> elements) {
        StringBuilder list = new StringBuilder();
        for (CardValue element : elements) {
            if (list.length() > 0) {
                list.append(' ');
            }
            list.append(quote(element.text()));
        }
        return list.toString();
    }

    /** Returns true for the white space that separates Tcl words and list elements. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    /**
     * Returns the index of the brace that closes the one at {@code open}, skipping characters escaped
     * with a backslash.
     *
     * @throws IllegalArgumentException if the brace is never closed
     */
    static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("missing close-brace for the open-brace at offset " + open);
    }

    private static int readQuoted(String text, int start, StringBuilder element) {
        int position = start;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                return position + 1;
            }
            if (c == '\\') {
                position = TclEscapes.append(text, position, element);
            } else {
                element.append(c);
                position++;
            }
        }
        throw new IllegalArgumentException("missing close-quote for the quote at offset " + (start - 1));
    }

    private static void requireSeparator(String text, int position, String grouping) {
        if (position < text.length() && !isSpace(text.charAt(position))) {
            throw new IllegalArgumentException("list element in " + grouping + " followed by '"
                    + text.charAt(position) + "' instead of space at offset " + position);
        }
    }

    private static String quote(String element) {
        if (element.isEmpty()) {
            return "{}";
        }
        if (!needsQuoting(element)) {
            return element;
        }
        if (bracesBalanced(element) && !element.endsWith("\\")) {
            return "{" + element + "}";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : element.toCharArray()) {
            if (c == '\n') {
                escaped.append("\\n");
            } else if (isSpace(c) || "{}[]$\";\\".indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean needsQuoting(String element) {
        if (element.charAt(0) == '#') {
            return true;
        }
        for (char c : element.toCharArray()) {
            if (isSpace(c) || "{}[]$\";\\".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean bracesBalanced(String element) {
        int depth = 0;
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
