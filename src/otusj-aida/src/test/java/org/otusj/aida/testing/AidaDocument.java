package org.otusj.aida.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An AIDA XML file parsed back with a DOM parser that accepts the DOCTYPE line but loads no external DTD
 * or entity, for checking written values.
 */
public final class AidaDocument {

    private final Document document;

    private AidaDocument(Document document) {
        this.document = document;
    }

    /** Parses {@code file}, gzip-compressed or plain, detected by the gzip magic bytes. */
    public static AidaDocument parse(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            InputStream in = isGzip(raw) ? new GZIPInputStream(raw) : raw;
            return new AidaDocument(newBuilder().parse(in));
        } catch (SAXException invalid) {
            throw new IOException("invalid XML in " + file + ": " + invalid.getMessage(), invalid);
        }
    }

    /** Returns true if {@code file} starts with the gzip magic bytes 1f 8b. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return isGzip(in);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Returns the {@code histogram1d} element with the given path and name attributes. */
    public Element histogram(String path, String name) {
        List<Element> matches = new ArrayList<>();
        for (Element histogram : children(root(), "histogram1d")) {
            if (path.equals(histogram.getAttribute("path")) && name.equals(histogram.getAttribute("name"))) {
                matches.add(histogram);
            }
        }
        if (matches.size() != 1) {
            fail("expected one histogram1d with path='" + path + "' and name='" + name + "', found " + matches.size());
        }
        return matches.get(0);
    }

    /** Returns the {@code bin1d} element of {@code histogram} with the given binNum attribute. */
    public static Element bin(Element histogram, String binNum) {
        Element data = only(histogram, "data1d");
        for (Element bin : children(data, "bin1d")) {
            if (binNum.equals(bin.getAttribute("binNum"))) {
                return bin;
            }
        }
        fail("no bin1d with binNum='" + binNum + "' in histogram " + histogram.getAttribute("name"));
        return null;
    }

    /** Returns the value of annotation item {@code key} of {@code histogram}, or null. */
    public static String annotation(Element histogram, String key) {
        for (Element item : children(only(histogram, "annotation"), "item")) {
            if (key.equals(item.getAttribute("key"))) {
                return item.getAttribute("value");
            }
        }
        return null;
    }

    /** Returns the attribute {@code name} of {@code element} parsed as a double. */
    public static double number(Element element, String name) {
        if (!element.hasAttribute(name)) {
            fail("<" + element.getTagName() + "> has no attribute " + name);
        }
        return Double.parseDouble(element.getAttribute(name));
    }

    /** Returns the only child element of {@code parent} named {@code tag}. */
    public static Element only(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        if (found.size() != 1) {
            fail("expected one <" + tag + "> in <" + parent.getTagName() + ">, found " + found.size());
        }
        return found.get(0);
    }

    /** Returns the child elements of {@code parent} named {@code tag}, in document order. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element && ((Element) nodes.item(i)).getTagName().equals(tag)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);

            // Any attempt to fetch a DTD or schema would fail instead of reaching the network.
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser does not support secure processing", e);
        }
    }
}
