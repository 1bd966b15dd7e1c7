package org.otusj.detector.card;

/** Tcl backslash substitution in words and list elements: {@code \n}, {@code \t}, octal, hexadecimal and others. */
final class TclEscapes {

    private TclEscapes() {
    }

    /**
     * Appends the character that the backslash sequence at {@code backslash} stands for and returns the
     * offset after the sequence. A backslash-newline and the white space after it become one space.
     */
    static int append(String text, int backslash, StringBuilder out) {
        int position = backslash + 1;
        if (position >= text.length()) {
            out.append('\\');
            return position;
        }

        char c = text.charAt(position);
        switch (c) {
            case 'a':
                out.append('\u0007');
                return position + 1;
            case 'b':
                out.append('\b');
                return position + 1;
            case 'f':
                out.append('\f');
                return position + 1;
            case 'n':
                out.append('\n');
                return position + 1;
            case 'r':
                out.append('\r');
                return position + 1;
            case 't':
                out.append('\t');
                return position + 1;
            case 'v':
                out.append('\u000b');
                return position + 1;
            case '\n':
                out.append(' ');
                return skipSpacesAndTabs(text, position + 1);
            case 'x':
                return appendCode(text, position + 1, 16, 2, out, c);
            case 'u':
                return appendCode(text, position + 1, 16, 4, out, c);
            default:
                if (c >= '0' && c <= '7') {
                    return appendCode(text, position, 8, 3, out, c);
                }
                out.append(c);
                return position + 1;
        }
    }

    /** Returns the offset of the first character at or after {@code position} that is not a space or tab. */
    static int skipSpacesAndTabs(String text, int position) {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
        return position;
    }

    private static int appendCode(String text, int start, int radix, int maxDigits, StringBuilder out, char letter) {
        int end = start;
        while (end < text.length() && end - start < maxDigits && Character.digit(text.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == start) {
            // A backslash before x or u without hexadecimal digits stands for the letter itself.
            out.append(letter);
            return start;
        }
        out.append((char) Integer.parseInt(text.substring(start, end), radix));
        return end;
    }
}
