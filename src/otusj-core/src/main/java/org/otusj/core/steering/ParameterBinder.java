package org.otusj.core.steering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.otusj.core.processor.ParameterConverter;
import org.otusj.core.processor.ParameterDescriptor;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Suggestions;

/**
 * Sets steering parameters on an object with {@link org.otusj.core.processor.ProcessorParameter}
 * fields, collecting one problem per bad parameter (unknown name, duplicate, wrong type, missing file).
 */
final class ParameterBinder {

    private ParameterBinder() {
    }

    /**
     * Applies {@code values} to {@code target}.
     *
     * @param owner how problems name the target, e.g. "processor 'Reader' (LheReader)"
     * @param problems receives one line per problem, starting with {@code file:line}
     */
    static void bind(Object target, String owner, List<SteeringParameter> values, List<String> problems) {
        ParameterSet declared = ParameterSet.of(target.getClass());
        Map<String, SourceLocation> seen = new HashMap<>();

        for (SteeringParameter value : values) {
            SourceLocation earlier = seen.putIfAbsent(value.name(), value.location());
            if (earlier != null) {
                problems.add(value.location() + ": parameter '" + value.name() + "' of " + owner
                        + " is already set at " + earlier);
                continue;
            }

            ParameterDescriptor descriptor = declared.find(value.name()).orElse(null);
            if (descriptor == null) {
                problems.add(value.location() + ": unknown parameter '" + value.name() + "' for " + owner + "."
                        + Suggestions.didYouMean(value.name(), declared.byName().keySet())
                        + " Known parameters: " + String.join(", ", declared.byName().keySet()));
                continue;
            }

            Object converted;
            try {
                converted = ParameterConverter.convert(descriptor.field(), value.value());
            } catch (IllegalArgumentException invalid) {
                problems.add(value.location() + ": invalid value for parameter '" + value.name() + "' of "
                        + owner + ": " + invalid.getMessage());
                continue;
            }

            if (descriptor.annotation().existingFile()) {
                checkFilesExist(value, converted, problems);
            }
            descriptor.set(target, converted);
        }
    }

    private static void checkFilesExist(SteeringParameter value, Object converted, List<String> problems) {
        List<?> paths = (converted instanceof List<?> list) ? list : List.of(converted);
        for (Object item : paths) {
            Path path = (Path) item;
            if (!Files.isRegularFile(path)) {
                problems.add(value.location() + ": file not found for parameter '" + value.name() + "': " + path
                        + " (relative paths are resolved against the working directory "
                        + Path.of("").toAbsolutePath() + ")");
            } else if (!Files.isReadable(path)) {
                problems.add(value.location() + ": file not readable for parameter '" + value.name() + "': " + path);
            }
        }
    }
}
