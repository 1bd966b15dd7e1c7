package org.otusj.core.steering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.otusj.core.processor.Suggestions;

/**
 * The constants of a steering file and the substitution of {@code ${name}} references. {@code
 * ${env:NAME}} reads the environment variable NAME; {@code $${} writes a literal {@code ${}.
 * Command-line values replace the file's definitions of the same name.
 */
final class ConstantTable {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, SourceLocation> definitions = new LinkedHashMap<>();
    private final Map<String, String> commandLine;
    private final Function<String, String> environment;

    ConstantTable(Map<String, String> commandLine, Function<String, String> environment) {
        this.commandLine = Map.copyOf(commandLine);
        this.environment = environment;
        values.putAll(commandLine);
    }

    /**
     * Defines {@code name} with {@code rawValue}, in which constants defined before are substituted. A
     * name given on the command line keeps its command-line value.
     */
    void define(String name, String rawValue, SourceLocation location, List<String> problems) {
        SourceLocation earlier = definitions.putIfAbsent(name, location);
        if (earlier != null) {
            problems.add(location + ": constant '" + name + "' is already defined at " + earlier);
            return;
        }
        if (commandLine.containsKey(name)) {
            return;
        }
        values.put(name, substitute(rawValue, location, problems));
    }

    /** Returns the constants and their values, command-line ones included. */
    Map<String, String> values() {
        return values;
    }

    /** Command-line constants that no file defines, for the dump. */
    boolean isDefinedInFile(String name) {
        return definitions.containsKey(name);
    }

    /**
     * Replaces every {@code ${name}} in {@code text}. An unknown name, an unset environment variable or an
     * unterminated reference adds a problem and leaves the reference in place.
     */
    String substitute(String text, SourceLocation location, List<String> problems) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        int position = 0;
        while (position < text.length()) {
            int start = text.indexOf("${", position);
            if (start < 0) {
                result.append(text, position, text.length());
                break;
            }
            if (start > 0 && text.charAt(start - 1) == '$') {
                // "$${" is the escape for a literal "${": keep one '$' of the two.
                result.append(text, position, start - 1).append("${");
                position = start + 2;
                continue;
            }
            result.append(text, position, start);
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                problems.add(location + ": unterminated '${' in '" + text
                        + "'; write ${name}, or $${ for a literal ${");
                result.append(text, start, text.length());
                break;
            }
            String name = text.substring(start + 2, end);
            result.append(lookUp(name, text.substring(start, end + 1), location, problems));
            position = end + 1;
        }
        return result.toString();
    }

    private String lookUp(String name, String reference, SourceLocation location, List<String> problems) {
        if (name.startsWith("env:")) {
            String variable = name.substring("env:".length());
            String value = environment.apply(variable);
            if (value == null) {
                problems.add(location + ": environment variable '" + variable + "' in " + reference
                        + " is not set; set it or define a constant instead");
                return reference;
            }
            return value;
        }
        String value = values.get(name);
        if (value == null) {
            problems.add(location + ": unknown constant '" + name + "' in " + reference + "."
                    + Suggestions.didYouMean(name, values.keySet())
                    + " Define it in <constants> above its use in an include or constant, or pass --constant."
                    + name + "=VALUE");
            return reference;
        }
        return value;
    }
}
