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
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads steering XML in the style of Marlin:
 *
 * <pre>{@code
 * <otusj>
 *   <execute> <processor name="Reader"/> ... </execute>
 *   <global> <parameter name="InputFiles" value="a.lhe"/> ... </global>
 *   <processor name="Reader" type="LheReader"> <parameter name="..." value="..."/> </processor>
 * </otusj>
 * }</pre>
 *
 * A parameter value comes from the {@code value} attribute or from the element text. The parser rejects
 * document type declarations, so no external entity or DTD is ever fetched or expanded.
 */
public final class SteeringParser {

    private static final String ROOT = "otusj";

    /**
     * Parses {@code path}.
     *
     * @throws SteeringException naming file and line for malformed XML or an unexpected element
     * @throws IOException if the file cannot be read
     */
    public SteeringFile parse(Path path) throws IOException {
        Handler handler = new Handler(path);
        try (InputStream in = Files.newInputStream(path)) {
            newParser().parse(in, handler);
        } catch (NoSuchFileException missing) {
            throw new NoSuchFileException(path.toString(), null, "steering file not found");
        } catch (SAXParseException invalid) {
            throw new SteeringException(new SourceLocation(path, invalid.getLineNumber()),
                    "invalid XML: " + invalid.getMessage());
        } catch (SAXException invalid) {
            throw new SteeringException(List.of(path + ": invalid XML: " + invalid.getMessage()));
        }
        if (!handler.problems.isEmpty()) {
            throw new SteeringException(handler.problems);
        }
        return new SteeringFile(path, handler.execute, handler.globals, handler.processors);
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser does not support secure processing", e);
        }
    }

    /** Builds the model while checking which element may appear where. */
    private static final class Handler extends DefaultHandler {

        private final Path path;
        private Locator locator;
        private final Deque<String> open = new ArrayDeque<>();
        private final List<String> problems = new ArrayList<>();
        private final List<ExecuteEntry> execute = new ArrayList<>();
        private final List<SteeringParameter> globals = new ArrayList<>();
        private final Map<String, ProcessorDefinition> processors = new LinkedHashMap<>();

        private int executeSections;
        private int globalSections;
        private String processorName;
        private String processorType;
        private SourceLocation processorLocation;
        private List<SteeringParameter> processorParameters;
        private String parameterName;
        private String parameterValue;
        private SourceLocation parameterLocation;
        private final StringBuilder text = new StringBuilder();

        Handler(Path path) {
            this.path = path;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private SourceLocation here() {
            return new SourceLocation(path, locator == null ? 0 : locator.getLineNumber());
        }

        private void problem(String message) {
            problems.add(here() + ": " + message);
        }

        @Override
        public void startElement(String uri, String localName, String element, Attributes attributes) {
            String parent = open.peek();
            open.push(element);
            text.setLength(0);

            if (parent == null) {
                if (!ROOT.equals(element)) {
                    problem("root element must be <" + ROOT + ">, found <" + element + ">");
                }
            } else if (ROOT.equals(parent)) {
                startSection(element, attributes);
            } else if ("execute".equals(parent)) {
                startExecuteEntry(element, attributes);
            } else if ("global".equals(parent) || "processor".equals(parent)) {
                startParameter(parent, element, attributes);
            } else {
                problem("unexpected element <" + element + "> inside <" + parent + ">");
            }
        }

        private void startSection(String element, Attributes attributes) {
            switch (element) {
                case "execute":
                    executeSections++;
                    if (executeSections > 1) {
                        problem("more than one <execute> section");
                    }
                    break;
                case "global":
                    globalSections++;
                    if (globalSections > 1) {
                        problem("more than one <global> section");
                    }
                    break;
                case "processor":
                    processorName = required(attributes, "name", element);
                    processorType = required(attributes, "type", element);
                    processorLocation = here();
                    processorParameters = new ArrayList<>();
                    break;
                default:
                    problem("unexpected element <" + element + ">; expected <execute>, <global> or <processor>");
            }
        }

        private void startExecuteEntry(String element, Attributes attributes) {
            if (!"processor".equals(element)) {
                problem("unexpected element <" + element + "> inside <execute>; expected <processor name=\"...\"/>");
                return;
            }
            String name = required(attributes, "name", element);
            if (name != null) {
                execute.add(new ExecuteEntry(name, here()));
            }
        }

        private void startParameter(String parent, String element, Attributes attributes) {
            if (!"parameter".equals(element)) {
                problem("unexpected element <" + element + "> inside <" + parent + ">; expected <parameter>");
                return;
            }
            parameterName = required(attributes, "name", element);
            parameterValue = attributes.getValue("value");
            parameterLocation = here();
        }

        private String required(Attributes attributes, String attribute, String element) {
            String value = attributes.getValue(attribute);
            if (value == null || value.isBlank()) {
                problem("<" + element + "> needs a non-empty '" + attribute + "' attribute");
                return null;
            }
            return value.strip();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String element) {
            open.pop();
            String parent = open.peek();
            if ("parameter".equals(element) && ("global".equals(parent) || "processor".equals(parent))) {
                endParameter(parent);
            } else if ("processor".equals(element) && ROOT.equals(parent)) {
                endProcessor();
            }
            text.setLength(0);
        }

        private void endParameter(String parent) {
            String body = text.toString().strip();
            String value = parameterValue;
            if (value != null && !body.isEmpty()) {
                problems.add(parameterLocation + ": parameter '" + parameterName
                        + "' has both a value attribute and element text; use one");
            }
            if (value == null) {
                value = body;
            }
            if (parameterName == null) {
                return;
            }
            SteeringParameter parameter = new SteeringParameter(parameterName, value, parameterLocation);
            if ("global".equals(parent)) {
                globals.add(parameter);
            } else if (processorParameters != null) {
                processorParameters.add(parameter);
            }
        }

        private void endProcessor() {
            if (processorName != null && processorType != null) {
                ProcessorDefinition definition = new ProcessorDefinition(processorName, processorType,
                        processorLocation, processorParameters);
                ProcessorDefinition earlier = processors.putIfAbsent(processorName, definition);
                if (earlier != null) {
                    problems.add(processorLocation + ": processor '" + processorName + "' is already defined at "
                            + earlier.location());
                }
            }
            processorName = null;
            processorType = null;
            processorParameters = null;
        }
    }
}
