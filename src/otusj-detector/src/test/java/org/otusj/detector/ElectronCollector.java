package org.otusj.detector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.otusj.core.event.Event;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;

/**
 * A test processor that keeps each event's reconstructed electrons, by event number, in a static table
 * under its processor name, so that a test can compare the outputs of several loops.
 */
@ProcessorInfo(description = "Test collector: keeps a RecoParticle collection of every event for inspection.")
public final class ElectronCollector implements Processor {

    /** Collected electrons: processor name, then event number, then the event's list. */
    static final Map<String, Map<Long, List<RecoParticle>>> COLLECTED = new ConcurrentHashMap<>();

    @ProcessorParameter(name = "InputCollection", description = "Collection of RecoParticle to keep.")
    private String inputCollection = "Electrons";

    private Map<Long, List<RecoParticle>> table;

    @Override
    public void init(ProcessorContext context) {
        table = new LinkedHashMap<>();
        COLLECTED.put(context.processorName(), table);
    }

    @Override
    public void processEvent(Event event) {
        table.put(event.eventNumber(), event.collection(inputCollection, RecoParticle.class));
    }
}
