package org.otusj.core.loop;

import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.core.processor.SkipEventException;
import org.otusj.core.processor.StopProcessingException;

/**
 * Test processor that records what it sees in a static log, skips events whose global index is a
 * multiple of {@code SkipEvery}, and stops at index {@code StopAt}.
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

    private String name;
    private long seed;

    @Override
    public void init(ProcessorContext context) {
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
        if (stopAt >= 0 && index == stopAt) {
            throw new StopProcessingException("test stop");
        }
        if (skipEvery > 0 && index % skipEvery == 0) {
            throw new SkipEventException();
        }
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
