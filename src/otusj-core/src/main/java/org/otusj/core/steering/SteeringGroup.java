package org.otusj.core.steering;

import java.util.List;

/**
 * A {@code <group name="...">}: processors that share the group's parameters, as in Marlin. A group
 * parameter applies to every processor of the group that declares it and does not set it itself.
 *
 * @param processors names of the processors defined inside the group, in order
 */
public record SteeringGroup(String name, SourceLocation location, List<SteeringParameter> parameters,
        List<String> processors) {

    public SteeringGroup {
        parameters = List.copyOf(parameters);
        processors = List.copyOf(processors);
    }
}
