package org.otusj.detector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;

/**
 * A test processor that keeps every event it receives, by event number, in a static table under its
 * processor name, so that a test can read all collections the earlier processors wrote.
 */
@ProcessorInfo(description = "Test collector: keeps each event for inspection.")
public final class EventCollector implements Processor {

    /** Collected events: processor name, then event number, then the event. */
    static final Map<String, Map<Long, Event>> COLLECTED = new ConcurrentHashMap<>();

    private Map<Long, Event> table;

    @Override
    public void init(ProcessorContext context) {
        table = new LinkedHashMap<>();
        COLLECTED.put(context.processorName(), table);
    }

    @Override
    public void processEvent(Event event) {
        table.put(event.eventNumber(), event);
    }
}
