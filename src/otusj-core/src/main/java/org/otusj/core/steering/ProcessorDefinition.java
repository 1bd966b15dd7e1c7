package org.otusj.core.steering;

import java.util.List;

/** A {@code <processor name="..." type="...">} element and its parameters. */
public record ProcessorDefinition(String name, String type, SourceLocation location, List<SteeringParameter> parameters) {

    public ProcessorDefinition {
        parameters = List.copyOf(parameters);
    }
}
