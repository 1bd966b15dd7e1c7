package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.ConfiguredProcessor;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.processor.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a parsed steering file into a {@link Chain}: creates each executed processor, sets its own and
 * its group's parameters and checks the whole file before any event is read: types, parameters, files,
 * the event source, the conditions of {@code <if>} blocks and the declared collections. All problems
 * are reported together.
 */
public final class ChainBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ChainBuilder.class);

    private final ProcessorRegistry registry;

    public ChainBuilder(ProcessorRegistry registry) {
        this.registry = registry;
    }

    /**
     * Builds the chain.
     *
     * @throws SteeringException listing every problem with {@code file:line}
     */
    public Chain build(SteeringFile steering) {
        List<String> problems = new ArrayList<>();

        GlobalSettings global = new GlobalSettings();
        ParameterBinder.bind(global, "<global>", steering.globals(), problems);
        try {
            global.validate();
        } catch (IllegalArgumentException invalid) {
            problems.add(steering.path() + ": " + invalid.getMessage());
        }

        List<ConfiguredProcessor> processors = new ArrayList<>();
        List<ExecuteEntry> entries = new ArrayList<>();
        Map<String, SourceLocation> executed = new HashMap<>();
        for (ExecuteEntry entry : steering.execute()) {
            SourceLocation earlier = executed.putIfAbsent(entry.processorName(), entry.location());
            if (earlier != null) {
                problems.add(entry.location() + ": processor '" + entry.processorName()
                        + "' is already in <execute> at " + earlier);
                continue;
            }
            ConfiguredProcessor configured = configure(entry, steering, problems);
            if (configured != null) {
                processors.add(configured);
                entries.add(entry);
            }
        }

        GroupParameters.checkUsed(steering, registry, problems);
        checkSource(steering, global, processors, problems);
        ConditionCheck.check(processors, entries, problems);
        CollectionCheck.check(steering, processors, problems);
        warnUnused(steering, executed.keySet());

        if (!problems.isEmpty()) {
            throw new SteeringException(problems);
        }
        return new Chain(steering.path(), global, processors);
    }

    private ConfiguredProcessor configure(ExecuteEntry entry, SteeringFile steering, List<String> problems) {
        ProcessorDefinition definition = steering.processors().get(entry.processorName());
        if (definition == null) {
            problems.add(entry.location() + ": <execute> names processor '" + entry.processorName()
                    + "', but no <processor name=\"" + entry.processorName() + "\"> is defined."
                    + Suggestions.didYouMean(entry.processorName(), steering.processors().keySet()));
            return null;
        }

        Class<? extends Processor> type = registry.find(definition.type()).orElse(null);
        if (type == null) {
            problems.add(definition.location() + ": unknown processor type '" + definition.type() + "' for processor '"
                    + definition.name() + "'." + Suggestions.didYouMean(definition.type(), registry.types().keySet())
                    + " Run 'otusj processors' to list the registered types.");
            return null;
        }

        Processor processor = ParameterSet.instantiate(type);
        String owner = "processor '" + definition.name() + "' (" + definition.type() + ")";
        List<SteeringParameter> parameters = GroupParameters.merge(definition, steering, ParameterSet.of(type));
        ParameterBinder.bind(processor, owner, parameters, problems);
        return new ConfiguredProcessor(definition.name(), definition.type(), processor, entry.condition());
    }

    private static void checkSource(SteeringFile steering, GlobalSettings global, List<ConfiguredProcessor> processors,
            List<String> problems) {
        if (steering.execute().isEmpty()) {
            problems.add(steering.path() + ": <execute> is missing or empty; list the processors to run in order");
            return;
        }
        for (int i = 0; i < processors.size(); i++) {
            boolean isSource = processors.get(i).processor() instanceof EventSource;
            SourceLocation location = steering.processors().get(processors.get(i).name()).location();
            if (i == 0 && !isSource) {
                problems.add(location + ": the first processor in <execute>, '" + processors.get(i).name()
                        + "', must be an event source such as LheReader");
            } else if (i > 0 && isSource) {
                problems.add(location + ": event source '" + processors.get(i).name()
                        + "' must be the first processor in <execute>");
            }
            if (isSource && processors.get(i).isConditional()) {
                problems.add(location + ": event source '" + processors.get(i).name()
                        + "' cannot be inside an <if>; it creates the events that conditions are evaluated on");
            }
        }
        if (global.inputFiles().isEmpty() && !processors.isEmpty() && processors.get(0).processor() instanceof EventSource) {
            problems.add(steering.path() + ": <global> needs an InputFiles parameter naming the files to read");
        }
    }

    private static void warnUnused(SteeringFile steering, Set<String> executed) {
        Set<String> unused = new HashSet<>(steering.processors().keySet());
        unused.removeAll(executed);
        for (String name : unused) {
            LOG.warn("{}: processor '{}' is defined but not listed in <execute>; it will not run",
                    steering.processors().get(name).location(), name);
        }
    }
}
