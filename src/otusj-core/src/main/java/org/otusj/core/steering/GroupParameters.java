package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.processor.Suggestions;

/**
 * The parameters of {@code <group>} elements: each applies to every processor of the group that declares
 * it and does not set it itself. A group parameter that no processor of the group declares is an error,
 * so a misspelt shared parameter is never silently ignored.
 */
final class GroupParameters {

    private GroupParameters() {
    }

    /** Returns the processor's own parameters followed by the group parameters it declares and does not set. */
    static List<SteeringParameter> merge(ProcessorDefinition definition, SteeringFile steering, ParameterSet declared) {
        List<SteeringParameter> parameters = new ArrayList<>(definition.parameters());
        SteeringGroup group = definition.group() == null ? null : steering.groups().get(definition.group());
        if (group == null) {
            return parameters;
        }
        Set<String> ownNames = new HashSet<>();
        for (SteeringParameter own : definition.parameters()) {
            ownNames.add(own.name());
        }
        for (SteeringParameter shared : group.parameters()) {
            if (!ownNames.contains(shared.name()) && declared.find(shared.name()).isPresent()) {
                parameters.add(shared);
            }
        }
        return parameters;
    }

    /** Reports each group parameter that no processor of its group declares. */
    static void checkUsed(SteeringFile steering, ProcessorRegistry registry, List<String> problems) {
        for (SteeringGroup group : steering.groups().values()) {
            Set<String> declaredByMembers = new HashSet<>();
            boolean allTypesKnown = true;
            for (String member : group.processors()) {
                ProcessorDefinition definition = steering.processors().get(member);
                Class<? extends Processor> type = definition == null ? null
                        : registry.find(definition.type()).orElse(null);
                if (type == null) {
                    allTypesKnown = false;
                    continue;
                }
                declaredByMembers.addAll(ParameterSet.of(type).byName().keySet());
            }
            if (!allTypesKnown) {
                continue;
            }
            for (SteeringParameter shared : group.parameters()) {
                if (!declaredByMembers.contains(shared.name())) {
                    problems.add(shared.location() + ": parameter '" + shared.name() + "' of group '" + group.name()
                            + "' is declared by no processor of the group."
                            + Suggestions.didYouMean(shared.name(), declaredByMembers)
                            + " Parameters of its processors: "
                            + String.join(", ", declaredByMembers.stream().sorted().toList()));
                }
            }
        }
    }
}
