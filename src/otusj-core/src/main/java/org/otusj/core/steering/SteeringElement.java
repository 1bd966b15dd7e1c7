package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element of a steering file as read, before includes and constants are resolved. */
final class SteeringElement {

    private final String name;
    private final Map<String, String> attributes;
    private final SourceLocation location;
    private final int column;
    private final List<SteeringElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    SteeringElement(String name, Map<String, String> attributes, SourceLocation location, int column) {
        this.name = name;
        this.attributes = new LinkedHashMap<>(attributes);
        this.location = location;
        this.column = column;
    }

    String name() {
        return name;
    }

    /** Attributes in document order. */
    Map<String, String> attributes() {
        return attributes;
    }

    String attribute(String attribute) {
        return attributes.get(attribute);
    }

    SourceLocation location() {
        return location;
    }

    /** Column where the start tag ends, as the XML parser reports it. */
    int column() {
        return column;
    }

    List<SteeringElement> children() {
        return children;
    }

    /** Returns the character data directly inside this element. */
    String text() {
        return text.toString();
    }

    void appendText(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }

    void setText(String value) {
        text.setLength(0);
        text.append(value);
    }
}
