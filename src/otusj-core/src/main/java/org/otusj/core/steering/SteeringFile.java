package org.otusj.core.steering;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed steering file with its includes inlined and constants substituted: the execution order, the
 * global parameters, the processor definitions and groups by name, each element with its line, and the
 * constants with their final values.
 */
public record SteeringFile(Path path, List<ExecuteEntry> execute, List<SteeringParameter> globals,
        Map<String, ProcessorDefinition> processors, Map<String, SteeringGroup> groups,
        Map<String, String> constants) {

    public SteeringFile {
        execute = List.copyOf(execute);
        globals = List.copyOf(globals);
        processors = Collections.unmodifiableMap(new LinkedHashMap<>(processors));
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    /** A file without groups and constants. */
    public SteeringFile(Path path, List<ExecuteEntry> execute, List<SteeringParameter> globals,
            Map<String, ProcessorDefinition> processors) {
        this(path, execute, globals, processors, Map.of(), Map.of());
    }
}
