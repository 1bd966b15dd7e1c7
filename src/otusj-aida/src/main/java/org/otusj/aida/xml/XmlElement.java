package org.otusj.aida.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element of an AIDA file read into memory: its name, attributes, child elements and start line. */
final class XmlElement {

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();

    XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    void putAttribute(String key, String value) {
        attributes.put(key, value);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** Returns the children named {@code childName}, in document order. */
    List<XmlElement> children(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** Returns the only child named {@code childName}, or null if there is none. */
    XmlElement optionalChild(String childName) {
        List<XmlElement> found = children(childName);
        if (found.size() > 1) {
            throw new XmlContentException(found.get(1).line, "<" + name + "> has " + found.size() + " <" + childName
                    + "> elements; expected at most one");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** Returns the only child named {@code childName}. */
    XmlElement child(String childName) {
        XmlElement found = optionalChild(childName);
        if (found == null) {
            throw new XmlContentException(line, "<" + name + "> has no <" + childName + "> element");
        }
        return found;
    }

    /** Returns the attribute {@code key}, or null if it is missing. */
    String attribute(String key) {
        return attributes.get(key);
    }

    /** Returns the attribute {@code key}. */
    String requireAttribute(String key) {
        String value = attributes.get(key);
        if (value == null) {
            throw new XmlContentException(line, "<" + name + "> has no attribute '" + key + "'");
        }
        return value;
    }

    /** Returns the attribute {@code key} as a double, or {@code fallback} if it is missing. */
    double doubleAttribute(String key, double fallback) {
        String value = attributes.get(key);
        return value == null ? fallback : parseDouble(key, value);
    }

    /** Returns the attribute {@code key} as a double. */
    double requireDouble(String key) {
        return parseDouble(key, requireAttribute(key));
    }

    /** Returns the attribute {@code key} as an int. */
    int requireInt(String key) {
        return parseInt(key, requireAttribute(key));
    }

    /** Returns the attribute {@code key} as an int, or {@code fallback} if it is missing. */
    int intAttribute(String key, int fallback) {
        String value = attributes.get(key);
        return value == null ? fallback : parseInt(key, value);
    }

    private double parseDouble(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new XmlContentException(line, "<" + name + "> attribute " + key + "=\"" + value
                    + "\" is not a number");
        }
    }

    private int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new XmlContentException(line, "<" + name + "> attribute " + key + "=\"" + value
                    + "\" is not an integer");
        }
    }
}
