package org.otusj.core.steering;

import java.util.List;

/**
 * A {@code <processor name="..." type="...">} element and its parameters.
 *
 * @param group name of the enclosing {@code <group>}, or null for a processor outside any group
 */
public record ProcessorDefinition(String name, String type, SourceLocation location, List<SteeringParameter> parameters,
        String group) {

    public ProcessorDefinition {
        parameters = List.copyOf(parameters);
    }

    /** Creates the definition of a processor outside any group. */
    public ProcessorDefinition(String name, String type, SourceLocation location, List<SteeringParameter> parameters) {
        this(name, type, location, parameters, null);
    }
}
