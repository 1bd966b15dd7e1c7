package org.otusj.app;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ParameterDescriptor;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.SteeringWriter;

/**
 * Writes a steering file with every registered processor and every parameter at its default, each with
 * its description as a comment, like Marlin's {@code -x}. One event source is executed first; the other
 * sources are listed in a comment, because a chain has exactly one.
 */
final class SteeringTemplate {

    private static final String PREFERRED_SOURCE = "LheReader";

    private SteeringTemplate() {
    }

    static void write(ProcessorRegistry registry, Writer out) throws IOException {
        Map<String, Class<? extends Processor>> types = registry.types();
        String source = chooseSource(types);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // An XML comment must not contain "--", so the option names are spelt out in words.
        out.write("<!-- Steering template written by 'otusj processors' with the template option: every registered"
                + " processor with all its parameters at their defaults. Delete what you do not need, set InputFiles,"
                + " and check the file with the dry-run option of 'otusj run'. -->\n");
        out.write("<otusj>\n");
        writeExecute(types, source, out);
        writeGlobal(out);
        for (Map.Entry<String, Class<? extends Processor>> entry : types.entrySet()) {
            writeProcessor(entry.getKey(), entry.getValue(), out);
        }
        out.write("</otusj>\n");
        out.flush();
    }

    private static String chooseSource(Map<String, Class<? extends Processor>> types) {
        if (types.containsKey(PREFERRED_SOURCE)) {
            return PREFERRED_SOURCE;
        }
        for (Map.Entry<String, Class<? extends Processor>> entry : types.entrySet()) {
            if (EventSource.class.isAssignableFrom(entry.getValue())) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static void writeExecute(Map<String, Class<? extends Processor>> types, String source, Writer out)
            throws IOException {
        out.write("  <execute>\n");
        if (source != null) {
            out.write("    <processor name=\"" + SteeringWriter.attribute(source) + "\"/>\n");
        }
        List<String> otherSources = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Processor>> entry : types.entrySet()) {
            if (entry.getKey().equals(source)) {
                continue;
            }
            if (EventSource.class.isAssignableFrom(entry.getValue())) {
                otherSources.add(entry.getKey());
            } else {
                out.write("    <processor name=\"" + SteeringWriter.attribute(entry.getKey()) + "\"/>\n");
            }
        }
        if (!otherSources.isEmpty()) {
            out.write("    <!-- Other event sources, to put first instead of " + comment(String.valueOf(source)) + ": "
                    + comment(String.join(", ", otherSources)) + " -->\n");
        }
        out.write("  </execute>\n\n");
    }

    private static void writeGlobal(Writer out) throws IOException {
        out.write("  <global>\n");
        writeParameters(GlobalSettings.class, out);
        out.write("  </global>\n\n");
    }

    private static void writeProcessor(String name, Class<? extends Processor> type, Writer out) throws IOException {
        String description = ProcessorRegistry.description(type);
        if (!description.isEmpty()) {
            out.write("  <!-- " + comment(description) + " -->\n");
        }
        out.write("  <processor name=\"" + SteeringWriter.attribute(name) + "\" type=\""
                + SteeringWriter.attribute(name) + "\">\n");
        writeParameters(type, out);
        out.write("  </processor>\n\n");
    }

    private static void writeParameters(Class<?> type, Writer out) throws IOException {
        for (ParameterDescriptor parameter : ParameterSet.of(type).byName().values()) {
            String help = parameter.description() + " (" + parameter.typeDescription() + ")";
            out.write("    <!-- " + comment(help) + " -->\n");
            out.write("    <parameter name=\"" + SteeringWriter.attribute(parameter.name()) + "\" value=\""
                    + SteeringWriter.attribute(parameter.defaultText()) + "\"/>\n");
        }
    }

    /** Makes text safe inside an XML comment, which must not contain "--". */
    private static String comment(String text) {
        return text.replace("--", "- -");
    }
}
