package org.otusj.core.steering;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a parsed steering file back as XML, fully resolved: constants substituted, includes inlined,
 * command-line overrides applied, {@code <group>} references in {@code <execute>} expanded. Parsing the
 * output gives the same chain.
 */
public final class SteeringWriter {

    private static final String INDENT = "  ";

    private SteeringWriter() {
    }

    /** Writes {@code steering} to {@code out}, with the path it was read from in a header comment. */
    public static void write(SteeringFile steering, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!-- Resolved from " + comment(steering.path().toString())
                + ": constants substituted, includes inlined, command-line values applied. -->\n");
        out.write("<otusj>\n");
        writeExecute(steering, out);
        writeParameters(out, "global", "", steering.globals(), 1);

        Set<String> inGroups = new HashSet<>();
        for (SteeringGroup group : steering.groups().values()) {
            inGroups.addAll(group.processors());
        }
        for (ProcessorDefinition definition : steering.processors().values()) {
            if (!inGroups.contains(definition.name())) {
                writeProcessor(out, definition, 1);
            }
        }
        for (SteeringGroup group : steering.groups().values()) {
            writeGroup(steering, out, group);
        }
        out.write("</otusj>\n");
        out.flush();
    }

    private static void writeExecute(SteeringFile steering, Writer out) throws IOException {
        out.write(INDENT + "<execute>\n");
        List<ExecuteEntry.IfBlock> open = new ArrayList<>();
        for (ExecuteEntry entry : steering.execute()) {
            List<ExecuteEntry.IfBlock> wanted = entry.conditions();
            int common = 0;
            while (common < open.size() && common < wanted.size() && open.get(common).equals(wanted.get(common))) {
                common++;
            }
            while (open.size() > common) {
                open.remove(open.size() - 1);
                out.write(INDENT.repeat(2 + open.size()) + "</if>\n");
            }
            while (open.size() < wanted.size()) {
                ExecuteEntry.IfBlock block = wanted.get(open.size());
                out.write(INDENT.repeat(2 + open.size()) + "<if condition=\"" + attribute(block.text()) + "\">\n");
                open.add(block);
            }
            out.write(INDENT.repeat(2 + open.size()) + "<processor name=\"" + attribute(entry.processorName())
                    + "\"/>\n");
        }
        while (!open.isEmpty()) {
            open.remove(open.size() - 1);
            out.write(INDENT.repeat(2 + open.size()) + "</if>\n");
        }
        out.write(INDENT + "</execute>\n");
    }

    private static void writeGroup(SteeringFile steering, Writer out, SteeringGroup group) throws IOException {
        out.write(INDENT + "<group name=\"" + attribute(group.name()) + "\">\n");
        for (SteeringParameter parameter : group.parameters()) {
            writeParameter(out, parameter, 2);
        }
        for (String member : group.processors()) {
            writeProcessor(out, steering.processors().get(member), 2);
        }
        out.write(INDENT + "</group>\n");
    }

    private static void writeProcessor(Writer out, ProcessorDefinition definition, int depth) throws IOException {
        String attributes = " name=\"" + attribute(definition.name()) + "\" type=\"" + attribute(definition.type())
                + "\"";
        writeParameters(out, "processor", attributes, definition.parameters(), depth);
    }

    private static void writeParameters(Writer out, String element, String attributes,
            List<SteeringParameter> parameters, int depth) throws IOException {
        if (parameters.isEmpty()) {
            out.write(INDENT.repeat(depth) + "<" + element + attributes + "/>\n");
            return;
        }
        out.write(INDENT.repeat(depth) + "<" + element + attributes + ">\n");
        for (SteeringParameter parameter : parameters) {
            writeParameter(out, parameter, depth + 1);
        }
        out.write(INDENT.repeat(depth) + "</" + element + ">\n");
    }

    private static void writeParameter(Writer out, SteeringParameter parameter, int depth) throws IOException {
        out.write(INDENT.repeat(depth) + "<parameter name=\"" + attribute(parameter.name()) + "\" value=\""
                + attribute(parameter.value()) + "\"/>\n");
    }

    /**
     * Escapes an attribute value. Line breaks become character references so that the value survives
     * attribute normalisation, and "${" becomes "$${" so that it is not taken for a constant again.
     */
    public static String attribute(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                case '$' -> escaped.append(i + 1 < value.length() && value.charAt(i + 1) == '{' ? "$$" : "$");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String comment(String text) {
        return text.replace("--", "- -");
    }
}
