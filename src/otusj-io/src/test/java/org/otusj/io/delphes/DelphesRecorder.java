package org.otusj.io.delphes;

import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;

/** Test processor that keeps the run headers and events the Delphes reader produces. */
@ProcessorInfo(description = "Test helper: keeps the run headers and events it receives.")
public final class DelphesRecorder implements Processor {

    final List<RunHeader> headers = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    @Override
    public void init(ProcessorContext context) {
    }

    @Override
    public void processRunHeader(RunHeader header) {
        headers.add(header);
    }

    @Override
    public void processEvent(Event event) {
        events.add(event);
    }
}
