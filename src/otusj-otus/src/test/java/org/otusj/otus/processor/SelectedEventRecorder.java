package org.otusj.otus.processor;

import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;

/** Test processor: records the numbers of the events that reach it. */
@ProcessorInfo(description = "Records event numbers for tests.")
public final class SelectedEventRecorder implements Processor {

    static final List<Long> EVENT_NUMBERS = new ArrayList<>();

    @Override
    public void init(ProcessorContext context) {
    }

    @Override
    public void processEvent(Event event) {
        EVENT_NUMBERS.add(event.eventNumber());
    }
}
