package org.otusj.core.loop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.core.processor.SkipEventException;
import org.otusj.core.processor.StopProcessingException;

/**
 * Test processor that records its calls in a static log, skips events whose global index is a
 * multiple of {@code SkipEvery}, and stops at index {@code StopAt}. It can also set per-event conditions
 * and declare, read and write collections.
 */
@ProcessorInfo(description = "Test processor recording calls.")
public final class CoreTestRecorder implements Processor {

    /** Calls seen by all instances, in order, as "name:init", "name:run:R", "name:event:R:E", "name:end". */
    static final List<String> LOG = new ArrayList<>();

    @ProcessorParameter(description = "Skip events whose index is a multiple of this; 0 skips none.")
    private int skipEvery = 0;

    @ProcessorParameter(description = "Stop after the event with this index; -1 never stops.")
    private long stopAt = -1;

    @ProcessorParameter(description = "A floating-point value for conversion tests.")
    private double scale = 1.0;

    @ProcessorParameter(description = "A list for conversion tests.")
    private List<Double> values = new ArrayList<>();

    @ProcessorParameter(description = "Sets its own condition to true on events whose index is a multiple of"
            + " this, false on the others; 0 sets none.")
    private int trueEvery = 0;

    @ProcessorParameter(description = "Sets the flag 'odd' to true on events with an odd index.")
    private boolean setOddFlag = false;

    @ProcessorParameter(description = "Declares the conditions it sets (own value and, with SetOddFlag, 'odd').")
    private boolean declareConditions = false;

    @ProcessorParameter(description = "Collections read (declared and fetched) on every event.")
    private List<String> reads = new ArrayList<>();

    @ProcessorParameter(description = "Collections written (declared and added, empty) on every event.")
    private List<String> writes = new ArrayList<>();

    private String name;
    private long seed;
    private ProcessorContext context;

    @Override
    public void init(ProcessorContext context) {
        this.context = context;
        name = context.processorName();
        seed = context.seed();
        LOG.add(name + ":init");
    }

    @Override
    public void processRunHeader(RunHeader header) {
        LOG.add(name + ":run:" + header.runNumber());
    }

    @Override
    public void processEvent(Event event) {
        long index = event.attribute("index", Long.class).orElseThrow();
        LOG.add(name + ":event:" + event.runNumber() + ":" + event.eventNumber());
        for (String collection : reads) {
            event.collection(collection, Object.class);
        }
        for (String collection : writes) {
            event.addCollection(collection, List.of());
        }
        if (trueEvery > 0) {
            context.setCondition(event, index % trueEvery == 0);
        }
        if (setOddFlag) {
            context.setCondition(event, "odd", index % 2 == 1);
        }
        if (stopAt >= 0 && index == stopAt) {
            throw new StopProcessingException("test stop");
        }
        if (skipEvery > 0 && index % skipEvery == 0) {
            throw new SkipEventException();
        }
    }

    @Override
    public Set<String> inputCollections() {
        return new LinkedHashSet<>(reads);
    }

    @Override
    public Set<String> outputCollections() {
        return new LinkedHashSet<>(writes);
    }

    @Override
    public Set<String> outputConditions() {
        if (!declareConditions) {
            return Set.of();
        }
        Set<String> declared = new LinkedHashSet<>();
        if (trueEvery > 0) {
            declared.add("");
        }
        if (setOddFlag) {
            declared.add("odd");
        }
        return declared;
    }

    @Override
    public void end() {
        LOG.add(name + ":end");
    }

    double scale() {
        return scale;
    }

    List<Double> values() {
        return values;
    }

    long seed() {
        return seed;
    }
}
