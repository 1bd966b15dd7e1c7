package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otusj.core.loop.ConfiguredProcessor;
import org.otusj.core.processor.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the collections that processors declare, before the first event: each input must be written by
 * an earlier processor, and no two processors may write a collection of the same name.
 *
 * <p>A processor that declares neither inputs nor outputs is undeclared: it may write anything, so a
 * missing input after it is only logged, not reported as an error.
 */
final class CollectionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionCheck.class);

    private CollectionCheck() {
    }

    static void check(SteeringFile steering, List<ConfiguredProcessor> processors, List<String> problems) {
        Map<String, ConfiguredProcessor> writers = new LinkedHashMap<>();
        List<String> undeclared = new ArrayList<>();

        for (ConfiguredProcessor configured : processors) {
            String where = location(steering, configured) + ": processor '" + configured.name() + "' ("
                    + configured.type() + ")";
            Set<String> inputs;
            Set<String> outputs;
            try {
                inputs = configured.processor().inputCollections();
                outputs = configured.processor().outputCollections();
            } catch (RuntimeException failed) {
                problems.add(where + " failed to declare its collections: " + failed.getMessage());
                undeclared.add(configured.name());
                continue;
            }

            for (String input : inputs) {
                checkInput(where, input, configured, writers, undeclared, problems);
            }
            for (String output : outputs) {
                ConfiguredProcessor other = writers.putIfAbsent(output, configured);
                if (other != null) {
                    problems.add(where + " writes collection '" + output + "', which processor '" + other.name()
                            + "' already writes; an event cannot hold two collections of one name. Rename one output");
                }
            }
            if (inputs.isEmpty() && outputs.isEmpty()) {
                undeclared.add(configured.name());
            }
        }
    }

    private static void checkInput(String where, String input, ConfiguredProcessor reader,
            Map<String, ConfiguredProcessor> writers, List<String> undeclared, List<String> problems) {
        ConfiguredProcessor writer = writers.get(input);
        if (writer == null && undeclared.isEmpty()) {
            problems.add(where + " reads collection '" + input + "', but no processor before it in <execute> writes"
                    + " it." + Suggestions.didYouMean(input, writers.keySet()) + " Collections written before it: "
                    + (writers.isEmpty() ? "none" : String.join(", ", writers.keySet())));
        } else if (writer == null) {
            LOG.info("Processor '{}' reads collection '{}', which no earlier processor declares; it may come from {},"
                    + " which declare no collections", reader.name(), input, undeclared);
        } else if (writer.isConditional() && !writer.condition().equals(reader.condition())) {
            LOG.warn("Processor '{}' reads collection '{}', which '{}' writes only where '{}' holds; events without"
                    + " it stop the run", reader.name(), input, writer.name(), writer.condition());
        }
    }

    private static String location(SteeringFile steering, ConfiguredProcessor configured) {
        ProcessorDefinition definition = steering.processors().get(configured.name());
        return definition == null ? steering.path().toString() : definition.location().toString();
    }
}
