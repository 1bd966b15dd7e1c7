package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otusj.core.processor.Suggestions;

/**
 * Applies command-line parameter values to a parsed steering file. A value replaces the file's value of
 * the same parameter or is added; the parameter name itself is checked later by {@link ChainBuilder},
 * like any other.
 */
public final class SteeringOverrides {

    private SteeringOverrides() {
    }

    /**
     * Returns {@code steering} with the overrides whose target (processor, group or {@code global}) it
     * defines; the others are left out, see {@link #unknownTargets}.
     */
    public static SteeringFile apply(SteeringFile steering, List<ParameterOverride> overrides) {
        List<SteeringParameter> globals = steering.globals();
        Map<String, ProcessorDefinition> processors = new LinkedHashMap<>(steering.processors());
        Map<String, SteeringGroup> groups = new LinkedHashMap<>(steering.groups());

        for (ParameterOverride override : overrides) {
            if (ParameterOverride.GLOBAL.equals(override.target())) {
                globals = replace(globals, override);
            } else if (processors.containsKey(override.target())) {
                ProcessorDefinition definition = processors.get(override.target());
                processors.put(definition.name(), new ProcessorDefinition(definition.name(), definition.type(),
                        definition.location(), replace(definition.parameters(), override), definition.group()));
            } else if (groups.containsKey(override.target())) {
                SteeringGroup group = groups.get(override.target());
                groups.put(group.name(), new SteeringGroup(group.name(), group.location(),
                        replace(group.parameters(), override), group.processors()));
            }
        }
        return new SteeringFile(steering.path(), steering.execute(), globals, processors, groups, steering.constants());
    }

    /**
     * Returns one problem for each override whose target none of {@code files} defines, with a "did you
     * mean" suggestion.
     */
    public static List<String> unknownTargets(List<SteeringFile> files, List<ParameterOverride> overrides) {
        Set<String> targets = new LinkedHashSet<>();
        targets.add(ParameterOverride.GLOBAL);
        for (SteeringFile file : files) {
            targets.addAll(file.processors().keySet());
            targets.addAll(file.groups().keySet());
        }
        List<String> problems = new ArrayList<>();
        for (ParameterOverride override : overrides) {
            if (!targets.contains(override.target())) {
                problems.add(override.location() + ": no processor or group named '" + override.target()
                        + "' in the steering file." + Suggestions.didYouMean(override.target(), targets)
                        + " Use --global.NAME=VALUE for global parameters");
            }
        }
        return problems;
    }

    private static List<SteeringParameter> replace(List<SteeringParameter> parameters, ParameterOverride override) {
        SteeringParameter replacement = new SteeringParameter(override.parameter(), override.value(),
                override.location());
        List<SteeringParameter> result = new ArrayList<>();
        boolean replaced = false;
        for (SteeringParameter parameter : parameters) {
            if (parameter.name().equals(override.parameter())) {
                if (!replaced) {
                    result.add(replacement);
                    replaced = true;
                }
            } else {
                result.add(parameter);
            }
        }
        if (!replaced) {
            result.add(replacement);
        }
        return result;
    }
}
