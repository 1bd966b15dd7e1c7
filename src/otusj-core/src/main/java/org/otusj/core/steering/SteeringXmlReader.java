package org.otusj.core.steering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one steering file into a tree of {@link SteeringElement}s while validating it against {@link
 * SteeringSchema}. The parser rejects document type declarations, so no external entity or DTD is ever
 * fetched or expanded.
 */
final class SteeringXmlReader {

    /** The element tree and the schema violations, each with {@code file:line:column}. */
    record Result(SteeringElement root, List<SchemaProblem> schemaProblems) {
    }

    /** A schema violation at a line and column. */
    record SchemaProblem(SourceLocation location, int column, String message) {

        @Override
        public String toString() {
            return location + ":" + column + ": " + message;
        }
    }

    private SteeringXmlReader() {
    }

    /**
     * Reads {@code path}.
     *
     * @throws SteeringException naming file and line for malformed XML or a DOCTYPE
     * @throws IOException if the file cannot be read
     */
    static Result read(Path path) throws IOException {
        TreeBuilder tree = new TreeBuilder(path);
        ValidatorHandler validator = SteeringSchema.newValidatorHandler();
        validator.setContentHandler(tree);
        validator.setErrorHandler(tree);

        try (InputStream in = Files.newInputStream(path)) {
            XMLReader reader = newReader();
            reader.setContentHandler(validator);
            reader.setErrorHandler(tree);
            InputSource source = new InputSource(in);
            source.setSystemId(path.toUri().toString());
            reader.parse(source);
        } catch (NoSuchFileException missing) {
            throw new NoSuchFileException(path.toString(), null, "steering file not found");
        } catch (SAXParseException invalid) {
            throw new SteeringException(new SourceLocation(path, invalid.getLineNumber()),
                    "invalid XML: " + invalid.getMessage());
        } catch (SAXException invalid) {
            throw new SteeringException(List.of(path + ": invalid XML: " + invalid.getMessage()));
        }
        return new Result(tree.root, tree.schemaProblems);
    }

    private static XMLReader newReader() {
        try {
            // The JDK's own parser, for the same reason as in SteeringSchema.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser does not support secure processing", e);
        }
    }

    /** Builds the element tree and collects schema violations. */
    private static final class TreeBuilder extends DefaultHandler implements ErrorHandler {

        private final Path path;
        private Locator locator;
        private SteeringElement root;
        private final Deque<SteeringElement> open = new ArrayDeque<>();
        private final List<SchemaProblem> schemaProblems = new ArrayList<>();

        TreeBuilder(Path path) {
            this.path = path;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            String name = localName == null || localName.isEmpty() ? qualifiedName : localName;
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getLocalName(i);
                values.put(attribute == null || attribute.isEmpty() ? attributes.getQName(i) : attribute,
                        attributes.getValue(i));
            }
            SteeringElement element = new SteeringElement(name, values, here(), column());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children().add(element);
            }
            open.push(element);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qualifiedName) {
            open.pop();
        }

        @Override
        public void warning(SAXParseException exception) {
            // Schema warnings do not make a file invalid.
        }

        @Override
        public void error(SAXParseException exception) {
            schemaProblems.add(new SchemaProblem(new SourceLocation(path, exception.getLineNumber()),
                    exception.getColumnNumber(), "does not match the steering schema: "
                    + SchemaMessages.simplify(exception.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        private SourceLocation here() {
            return new SourceLocation(path, locator == null ? 0 : locator.getLineNumber());
        }

        private int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }
    }
}
