package org.otusj.aida.xml;

/** Escapes text for XML 1.0 attribute values. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Returns {@code value} escaped for a double-quoted attribute. Tab, line feed and carriage return are
     * written as character references, because a parser would otherwise turn them into spaces.
     *
     * @param context what the value is, for the error message (such as "title of /Electrons/positron_px")
     * @throws IllegalArgumentException if the value contains a character that XML 1.0 cannot represent:
     *     a control character other than tab, line feed and carriage return, an unpaired surrogate, U+FFFE
     *     or U+FFFF
     */
    static String attribute(String value, String context) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> escaped.append(escape(c, value, context)));
        return escaped.toString();
    }

    private static String escape(int c, String value, String context) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\t':
                return "&#9;";
            case '\n':
                return "&#10;";
            case '\r':
                return "&#13;";
            default:
                break;
        }
        boolean invalid = c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF;
        if (invalid) {
            throw new IllegalArgumentException(context + " contains character U+" + String.format("%04X", c)
                    + ", which XML 1.0 cannot represent: '" + value.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return new String(Character.toChars(c));
    }
}
