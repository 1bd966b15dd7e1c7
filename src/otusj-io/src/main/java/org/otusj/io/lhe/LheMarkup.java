package org.otusj.io.lhe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lenient scanning of the XML-like tags in LHE files, line by line, without an XML parser: MadGraph and
 * other generators write headers that are not well-formed XML, and a text scan never resolves entities
 * or fetches a DTD.
 */
final class LheMarkup {

    private LheMarkup() {
    }

    /** Index of the first character of {@code line} that is not white space, or its length if none. */
    static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    /**
     * Returns true if {@code line} has the start tag {@code open} (such as {@code "<event"}) at {@code
     * from}, followed by '>', '/', white space or the end of the line, so that {@code "<event"} does not
     * match {@code <eventgroup>}.
     */
    static boolean startsWithTag(String line, int from, String open) {
        if (!line.startsWith(open, from)) {
            return false;
        }
        int after = from + open.length();
        if (after == line.length()) {
            return true;
        }
        char c = line.charAt(after);
        return c == '>' || c == '/' || c <= ' ';
    }

    /**
     * Returns the tag name after the '<' at {@code from}, including a leading '/' for end tags; empty if
     * no name follows.
     */
    static String tagName(String text, int from) {
        int i = from + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return text.substring(from + 1, i);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }

    /**
     * Index of the '>' that closes the tag starting at {@code from}, skipping '>' inside quoted
     * attribute values; -1 if the tag does not close in {@code text}.
     */
    static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Returns true if the tag that ends at {@code end} (its '>') is self-closing, as in {@code <a/>}. */
    static boolean isSelfClosing(String text, int end) {
        return end > 0 && text.charAt(end - 1) == '/';
    }

    /**
     * Parses the attributes of the tag in {@code text} between {@code from} (its '<') and {@code end}
     * (its '>'). Values may be in double or single quotes; unquoted values end at white space. A name
     * without a value gets an empty value.
     */
    static Map<String, String> attributes(String text, int from, int end) {
        Map<String, String> attributes = new LinkedHashMap<>();
        scanAttributes(text, from, end, null, attributes);
        return attributes;
    }

    /**
     * Returns the value of attribute {@code name} of the tag between {@code from} and {@code end}, or
     * null if the tag has no such attribute. Unlike {@link #attributes} it creates no map, because it runs
     * once for every {@code <wgt>} of every event.
     */
    static String attribute(String text, int from, int end, String name) {
        return scanAttributes(text, from, end, name, null);
    }

    /**
     * Walks the attributes of a tag. With {@code wanted} set, returns its value as soon as it is found;
     * otherwise puts every attribute into {@code into} and returns null.
     */
    private static String scanAttributes(String text, int from, int end, String wanted, Map<String, String> into) {
        int i = from + 1;
        while (i < end && text.charAt(i) > ' ' && text.charAt(i) != '/') {
            i++;
        }
        while (i < end) {
            while (i < end && (text.charAt(i) <= ' ' || text.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < end && text.charAt(i) > ' ' && text.charAt(i) != '=' && text.charAt(i) != '/') {
                i++;
            }
            if (i == nameStart) {
                break;
            }
            int nameEnd = i;
            while (i < end && text.charAt(i) <= ' ') {
                i++;
            }

            String value = "";
            if (i < end && text.charAt(i) == '=') {
                i++;
                while (i < end && text.charAt(i) <= ' ') {
                    i++;
                }
                if (i < end && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                    char quote = text.charAt(i);
                    int close = text.indexOf(quote, i + 1);
                    if (close < 0 || close > end) {
                        close = end;
                    }
                    value = text.substring(i + 1, close);
                    i = close + 1;
                } else {
                    int valueStart = i;
                    while (i < end && text.charAt(i) > ' ') {
                        i++;
                    }
                    value = text.substring(valueStart, i);
                }
            }

            if (wanted == null) {
                into.put(text.substring(nameStart, nameEnd), value);
            } else if (wanted.length() == nameEnd - nameStart && text.startsWith(wanted, nameStart)) {
                return value;
            }
        }
        return null;
    }

    /** Returns the 1-based file line of {@code offset} in {@code block}, whose first line is {@code firstLine}. */
    static long lineAt(String block, long firstLine, int offset) {
        long line = firstLine;
        for (int i = 0; i < offset && i < block.length(); i++) {
            if (block.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Returns the whole line of {@code block} that contains {@code offset}, without its line break. */
    static String lineText(String block, int offset) {
        int start = offset <= 0 ? 0 : block.lastIndexOf('\n', offset - 1) + 1;
        int end = block.indexOf('\n', Math.max(offset, 0));
        return block.substring(start, end < 0 ? block.length() : end);
    }
}
