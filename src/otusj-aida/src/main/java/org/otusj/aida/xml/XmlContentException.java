package org.otusj.aida.xml;

/** Invalid content in an element of an AIDA file, with the line of that element. */
final class XmlContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    XmlContentException(int line, String message) {
        super(message);
        this.line = line;
    }

    XmlContentException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    int line() {
        return line;
    }
}
