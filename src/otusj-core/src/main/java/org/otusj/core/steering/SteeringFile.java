package org.otusj.core.steering;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed steering file: the execution order, the global parameters and the processor definitions by
 * name, each element with its line.
 */
public record SteeringFile(Path path, List<ExecuteEntry> execute, List<SteeringParameter> globals,
        Map<String, ProcessorDefinition> processors) {

    public SteeringFile {
        execute = List.copyOf(execute);
        globals = List.copyOf(globals);
        processors = Map.copyOf(processors);
    }
}
