package org.otusj.aida.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Passes XML bytes through unchanged but fails at the first entity reference other than the five
 * predefined ones ({@code &amp;} and so on) and character references ({@code &#38;}).
 *
 * <p>The JDK's StAX parser, with DTD processing off, silently replaces a reference to an undeclared entity
 * inside an attribute value by nothing when the document names an external DTD; this scan turns that into
 * an error, and rejects entity declarations that use references as well. It works on the bytes of any
 * ASCII-compatible encoding (UTF-8, ISO-8859-1), the encodings of AIDA files.
 *
 * <p>NOTE: the scan does not know XML syntax, so an ampersand followed by a name and a semicolon inside a
 * comment or CDATA section is rejected too, and UTF-16 documents are not supported.
 */
final class EntityScanningInputStream extends FilterInputStream {

    private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int MAX_NAME = 64;

    private final StringBuilder name = new StringBuilder();
    private boolean inReference;
    private int line = 1;

    EntityScanningInputStream(InputStream in) {
        super(in);
    }

    /** An entity reference that AIDA files must not contain. */
    static final class EntityReferenceException extends IOException {

        private static final long serialVersionUID = 1L;

        private final int line;

        EntityReferenceException(int line, String entity) {
            super("entity reference &" + entity + "; is not allowed in AIDA files; only &amp; &lt; &gt; &quot; "
                    + "&apos; and character references are");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        for (int i = 0; i < count; i++) {
            scan(buffer[offset + i]);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would escape the scan, so they are read instead.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int count = read(buffer, 0, buffer.length);
        return Math.max(count, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void scan(byte b) throws EntityReferenceException {
        if (b == '\n') {
            line++;
        }
        if (!inReference) {
            if (b == '&') {
                inReference = true;
                name.setLength(0);
            }
            return;
        }

        if (b == ';') {
            inReference = false;
            String entity = name.toString();
            if (!entity.startsWith("#") && !PREDEFINED.contains(entity)) {
                throw new EntityReferenceException(line, entity);
            }
            return;
        }
        boolean endsName = b == '&' || b == '<' || b == '>' || b == '"' || b == '\'' || b <= ' ';
        if (endsName || name.length() >= MAX_NAME) {
            // Not a reference; the parser reports a malformed one. A new '&' starts the next candidate.
            inReference = b == '&';
            name.setLength(0);
            return;
        }
        name.append(new String(new byte[] {b}, StandardCharsets.ISO_8859_1));
    }
}
