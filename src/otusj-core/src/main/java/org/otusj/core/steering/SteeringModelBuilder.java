package org.otusj.core.steering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otusj.core.condition.Condition;
import org.otusj.core.condition.ConditionParser;
import org.otusj.core.processor.Suggestions;

/**
 * Turns the sections of a steering file, includes already expanded, into a {@link SteeringFile}:
 * substitutes constants in every attribute and text and checks which element may appear where.
 */
final class SteeringModelBuilder {

    private final ConstantTable constants;
    private final List<String> problems;
    private final List<SteeringParameter> globals = new ArrayList<>();
    private final Map<String, ProcessorDefinition> processors = new LinkedHashMap<>();
    private final Map<String, SteeringGroup> groups = new LinkedHashMap<>();
    private final List<ExecuteEntry> execute = new ArrayList<>();
    private final Map<Path, SourceLocation> globalSections = new HashMap<>();

    SteeringModelBuilder(ConstantTable constants, List<String> problems) {
        this.constants = constants;
        this.problems = problems;
    }

    SteeringFile build(Path path, List<SteeringElement> sections) {
        List<SteeringElement> executeSections = new ArrayList<>();
        for (SteeringElement section : sections) {
            switch (section.name()) {
                case "execute" -> executeSections.add(section);
                case "global" -> global(section);
                case "processor" -> processor(section, null);
                case "group" -> group(section);
                default -> problems.add(section.location() + ": unexpected element <" + section.name()
                        + ">; expected <constants>, <include>, <execute>, <global>, <group> or <processor>");
            }
        }

        for (int i = 0; i < executeSections.size(); i++) {
            if (i > 0) {
                problems.add(executeSections.get(i).location() + ": more than one <execute> section; the first is at "
                        + executeSections.get(0).location());
                continue;
            }
            executeEntries(executeSections.get(i), List.of());
        }
        return new SteeringFile(path, execute, globals, processors, groups, constants.values());
    }

    private void global(SteeringElement section) {
        SourceLocation earlier = globalSections.putIfAbsent(section.location().file(), section.location());
        if (earlier != null) {
            problems.add(section.location() + ": more than one <global> section in this file; the first is at "
                    + earlier);
        }
        globals.addAll(parameters(section, "global"));
    }

    private ProcessorDefinition processor(SteeringElement element, String group) {
        String name = required(element, "name");
        String type = required(element, "type");
        List<SteeringParameter> parameters = parameters(element, "processor");
        if (name == null || type == null) {
            return null;
        }
        ProcessorDefinition definition = new ProcessorDefinition(name, type, element.location(), parameters, group);
        ProcessorDefinition earlier = processors.putIfAbsent(name, definition);
        if (earlier != null) {
            problems.add(element.location() + ": processor '" + name + "' is already defined at " + earlier.location());
            return null;
        }
        return definition;
    }

    private void group(SteeringElement element) {
        String name = required(element, "name");
        List<SteeringParameter> parameters = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (SteeringElement child : element.children()) {
            if ("parameter".equals(child.name())) {
                SteeringParameter parameter = parameter(child);
                if (parameter != null) {
                    parameters.add(parameter);
                }
            } else if ("processor".equals(child.name())) {
                ProcessorDefinition member = processor(child, name);
                if (member != null) {
                    members.add(member.name());
                }
            } else {
                problems.add(child.location() + ": unexpected element <" + child.name()
                        + "> inside <group>; expected <parameter> or <processor>");
            }
        }
        if (name == null) {
            return;
        }
        if (processors.containsKey(name)) {
            problems.add(element.location() + ": group '" + name + "' has the name of a processor; use distinct names");
        }
        SteeringGroup group = new SteeringGroup(name, element.location(), parameters, members);
        SteeringGroup earlier = groups.putIfAbsent(name, group);
        if (earlier != null) {
            problems.add(element.location() + ": group '" + name + "' is already defined at " + earlier.location());
        }
    }

    private void executeEntries(SteeringElement parent, List<ExecuteEntry.IfBlock> conditions) {
        for (SteeringElement entry : parent.children()) {
            switch (entry.name()) {
                case "processor" -> {
                    String name = required(entry, "name");
                    if (name != null) {
                        execute.add(new ExecuteEntry(name, entry.location(), conditions));
                    }
                }
                case "group" -> executeGroup(entry, conditions);
                case "if" -> {
                    ExecuteEntry.IfBlock block = ifBlock(entry);
                    List<ExecuteEntry.IfBlock> nested = new ArrayList<>(conditions);
                    if (block != null) {
                        nested.add(block);
                    }
                    executeEntries(entry, nested);
                }
                default -> problems.add(entry.location() + ": unexpected element <" + entry.name()
                        + "> inside <" + parent.name() + ">; expected <processor name=\"...\"/>, <group name=\"...\"/>"
                        + " or <if condition=\"...\">");
            }
        }
    }

    private void executeGroup(SteeringElement entry, List<ExecuteEntry.IfBlock> conditions) {
        String name = required(entry, "name");
        if (name == null) {
            return;
        }
        SteeringGroup group = groups.get(name);
        if (group == null) {
            problems.add(entry.location() + ": <execute> names group '" + name + "', but no <group name=\"" + name
                    + "\"> is defined." + Suggestions.didYouMean(name, groups.keySet()));
            return;
        }
        for (String member : group.processors()) {
            execute.add(new ExecuteEntry(member, entry.location(), conditions));
        }
    }

    private ExecuteEntry.IfBlock ifBlock(SteeringElement element) {
        String text = required(element, "condition");
        if (text == null) {
            return null;
        }
        try {
            Condition condition = ConditionParser.parse(text);
            return new ExecuteEntry.IfBlock(condition, text, element.location());
        } catch (IllegalArgumentException invalid) {
            problems.add(element.location() + ": " + invalid.getMessage()
                    + ". Join processor names with and, or, not and parentheses; &&, || and ! also work, with &&"
                    + " written as &amp;&amp; in XML");
            return null;
        }
    }

    private List<SteeringParameter> parameters(SteeringElement parent, String parentName) {
        List<SteeringParameter> parameters = new ArrayList<>();
        for (SteeringElement child : parent.children()) {
            if (!"parameter".equals(child.name())) {
                problems.add(child.location() + ": unexpected element <" + child.name() + "> inside <" + parentName
                        + ">; expected <parameter>");
                continue;
            }
            SteeringParameter parameter = parameter(child);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    private SteeringParameter parameter(SteeringElement element) {
        String name = required(element, "name");
        String value = element.attribute("value");
        String body = element.text().strip();
        if (value != null && !body.isEmpty()) {
            problems.add(element.location() + ": parameter '" + name
                    + "' has both a value attribute and element text; use one");
        }
        if (name == null) {
            return null;
        }
        String text = constants.substitute(value != null ? value : body, element.location(), problems);
        return new SteeringParameter(name, text, element.location());
    }

    private String required(SteeringElement element, String attribute) {
        String value = element.attribute(attribute);
        if (value == null || value.isBlank()) {
            problems.add(element.location() + ": <" + element.name() + "> needs a non-empty '" + attribute
                    + "' attribute");
            return null;
        }
        return constants.substitute(value.strip(), element.location(), problems);
    }
}
