package org.otusj.aida.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an AIDA 3.3 XML file, gzip-compressed or plain (detected by the gzip magic bytes), into an
 * {@link AidaTree}: histogram1d, histogram2d, profile1d, cloud1d and dataPointSet elements. Any other
 * object element, such as a tuple, makes the read fail rather than drop data.
 *
 * <p>The parser accepts the DOCTYPE line but never reads a DTD, internal or external, and resolves no
 * entity other than the five predefined ones: a document that refers to any other entity, in content or
 * in an attribute value, is rejected. So reading a file cannot reach the network or other files. Default
 * attribute values of the DTD are applied in code ({@code direction="x"}).
 *
 * <p>Errors are {@link AidaFormatException}s naming the file, the line and the object path.
 */
public final class AidaXmlReader {

    private static final Logger LOG = LoggerFactory.getLogger(AidaXmlReader.class);

    private AidaXmlReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws AidaFormatException if the file is not valid gzip or XML, is truncated, or an object is
     *     invalid or inconsistent
     * @throws IOException if the file cannot be read
     */
    public static AidaTree read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            AidaTree tree = read(raw, file.toString());
            LOG.debug("Read {} objects from {}", tree.size(), file);
            return tree;
        }
    }

    /**
     * Reads an AIDA document from {@code in}, gzip-compressed or plain; the stream is not closed.
     *
     * @param source the file or stream name for error messages
     * @throws AidaFormatException if the content is not valid gzip or XML or an object is invalid
     */
    public static AidaTree read(InputStream in, String source) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        InputStream content;
        try {
            content = isGzip(buffered) ? new GZIPInputStream(buffered) : buffered;
        } catch (IOException invalidGzip) {
            throw new AidaFormatException(source, -1, null, "invalid gzip header: " + invalidGzip.getMessage(),
                    invalidGzip);
        }

        XMLStreamReader reader;
        try {
            reader = newFactory().createXMLStreamReader(new EntityScanningInputStream(content));
        } catch (XMLStreamException e) {
            throw new AidaFormatException(source, -1, null, "cannot start XML parsing: " + e.getMessage(), e);
        }
        try {
            return new Parse(reader, source).document();
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                LOG.debug("Closing the XML reader of {} failed", source, e);
            }
        }
    }

    /** Returns a StAX factory of the JDK that processes no DTD and resolves no external entity. */
    static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity '" + systemId + "' is not allowed in AIDA files");
        });
        return factory;
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    /** One pass over a document, remembering where it is for error messages. */
    private static final class Parse {

        private final XMLStreamReader reader;
        private final String source;
        private final AidaTree tree = new AidaTree();
        private String currentPath;
        private int currentLine = -1;

        Parse(XMLStreamReader reader, String source) {
            this.reader = reader;
            this.source = source;
        }

        AidaTree document() throws AidaFormatException {
            try {
                readRoot();
                return tree;
            } catch (XMLStreamException malformed) {
                EntityScanningInputStream.EntityReferenceException entity = entityReference(malformed);
                if (entity != null) {
                    throw new AidaFormatException(source, entity.line(), currentPath, entity.getMessage(), malformed);
                }
                // The JDK's messages start with "ParseError at [row,col]:[...]" and a line break.
                String detail = malformed.getMessage().replaceAll("\\s*\\n\\s*", " ");
                throw new AidaFormatException(source, lineOf(malformed), currentPath,
                        "malformed or truncated XML: " + detail, malformed);
            } catch (EntityScanningInputStream.EntityReferenceException entity) {
                throw new AidaFormatException(source, entity.line(), currentPath, entity.getMessage(), entity);
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                throw new AidaFormatException(source, currentLine, currentPath,
                        "truncated or corrupt file: " + unreadable.getMessage(), unreadable);
            } catch (XmlContentException invalid) {
                throw new AidaFormatException(source, invalid.line(), currentPath, invalid.getMessage(), invalid);
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException inconsistent) {
                throw new AidaFormatException(source, currentLine, currentPath, inconsistent.getMessage(), inconsistent);
            }
        }

        private void readRoot() throws XMLStreamException, IOException {
            int event = nextTag();
            if (event != XMLStreamConstants.START_ELEMENT) {
                throw new XmlContentException(line(), "no root element; expected <aida>");
            }
            if (!reader.getLocalName().equals("aida")) {
                throw new XmlContentException(line(), "root element is <" + reader.getLocalName() + ">; expected <aida>");
            }

            while ((event = nextTag()) == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals("implementation")) {
                    skipElement();
                    continue;
                }
                currentLine = line();
                currentPath = objectPath();
                XmlElement element = readElement();
                AidaObject object = AidaXmlDecoder.decode(element);
                AidaPath path = AidaXmlDecoder.path(element);
                tree.put(path, object);
                currentPath = null;
                currentLine = -1;
            }

            // The end tag of <aida>; anything after it but comments and white space is malformed.
            while (reader.hasNext()) {
                reader.next();
            }
        }

        /** Returns the object path from the attributes of the current start tag, for messages. */
        private String objectPath() {
            String directory = reader.getAttributeValue(null, "path");
            String name = reader.getAttributeValue(null, "name");
            if (name == null) {
                return "<" + reader.getLocalName() + "> without a name";
            }
            if (directory == null || directory.isEmpty()) {
                directory = "/";
            }
            return directory.endsWith("/") ? directory + name : directory + "/" + name;
        }

        /** Reads the current element and its descendants; the reader is left on its end tag. */
        private XmlElement readElement() throws XMLStreamException {
            XmlElement element = new XmlElement(reader.getLocalName(), line());
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                element.putAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                element.addChild(readElement());
            }
            return element;
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /**
         * Moves to the next start or end tag, skipping white space, comments and processing instructions,
         * and returns its event type, or END_DOCUMENT.
         */
        private int nextTag() throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                    case XMLStreamConstants.END_ELEMENT:
                        return event;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                        if (!reader.isWhiteSpace()) {
                            throw new XmlContentException(line(), "unexpected text '" + abbreviate(reader.getText())
                                    + "'");
                        }
                        break;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw new XmlContentException(line(), "entity reference &" + reader.getLocalName()
                                + "; is not allowed in AIDA files");
                    default:
                        break;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        }

        /** Returns the rejected entity reference that caused {@code failure}, or null. */
        private static EntityScanningInputStream.EntityReferenceException entityReference(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof EntityScanningInputStream.EntityReferenceException) {
                    return (EntityScanningInputStream.EntityReferenceException) cause;
                }
                if (cause instanceof XMLStreamException && ((XMLStreamException) cause).getNestedException() != null
                        && ((XMLStreamException) cause).getNestedException() != cause.getCause()) {
                    Throwable nested = ((XMLStreamException) cause).getNestedException();
                    if (nested instanceof EntityScanningInputStream.EntityReferenceException) {
                        return (EntityScanningInputStream.EntityReferenceException) nested;
                    }
                }
            }
            return null;
        }

        private int line() {
            return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
        }

        private int lineOf(XMLStreamException e) {
            return e.getLocation() != null ? e.getLocation().getLineNumber() : line();
        }

        private static String abbreviate(String text) {
            String trimmed = text.strip();
            return trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "...";
        }
    }
}
