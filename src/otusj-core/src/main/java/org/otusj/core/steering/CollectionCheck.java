package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otusj.core.event.NameList;
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

            List<String> missing = new ArrayList<>();
            for (String input : inputs) {
                if (checkInput(input, configured, writers, undeclared)) {
                    missing.add(input);
                }
            }
            reportMissing(where, missing, writers, problems);
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

    /**
     * Checks one input and returns true if it is missing: no earlier processor writes it and every earlier
     * processor declares its collections. Inputs that an undeclared processor may write are only logged.
     */
    private static boolean checkInput(String input, ConfiguredProcessor reader, Map<String, ConfiguredProcessor> writers,
            List<String> undeclared) {
        ConfiguredProcessor writer = writers.get(input);
        if (writer == null && undeclared.isEmpty()) {
            return true;
        } else if (writer == null) {
            LOG.info("Processor '{}' reads collection '{}', which no earlier processor declares; it may come from {},"
                    + " which declare no collections", reader.name(), input, undeclared);
        } else if (writer.isConditional() && !writer.condition().equals(reader.condition())) {
            LOG.warn("Processor '{}' reads collection '{}', which '{}' writes only where '{}' holds; events without"
                    + " it stop the run", reader.name(), input, writer.name(), writer.condition());
        }
        return false;
    }

    /** Adds one problem for all missing inputs of a processor, which may be hundreds of numbered draws. */
    private static void reportMissing(String where, List<String> missing, Map<String, ConfiguredProcessor> writers,
            List<String> problems) {
        if (missing.isEmpty()) {
            return;
        }
        String written = " Collections written before it: "
                + (writers.isEmpty() ? "none" : NameList.shortened(writers.keySet()));
        if (missing.size() == 1) {
            String input = missing.get(0);
            problems.add(where + " reads collection '" + input + "', but no processor before it in <execute> writes"
                    + " it." + Suggestions.didYouMean(input, writers.keySet()) + written);
            return;
        }
        problems.add(where + " reads " + missing.size() + " collections that no processor before it in <execute> "
                + "writes: " + NameList.shortened(missing) + "." + written);
    }

    private static String location(SteeringFile steering, ConfiguredProcessor configured) {
        ProcessorDefinition definition = steering.processors().get(configured.name());
        return definition == null ? steering.path().toString() : definition.location().toString();
    }
}
