package org.otusj.core.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;

/**
 * Test source: each input file holds one integer, the number of events of its run. Every event carries
 * its global position as attribute "index".
 */
@ProcessorInfo(description = "Test source reading event counts from text files.")
public final class CoreTestSource implements EventSource {

    @ProcessorParameter(description = "Unused; present to test parameter binding on sources.")
    private String label = "none";

    @ProcessorParameter(description = "Collections declared and added, empty, to every event.")
    private List<String> writes = new ArrayList<>();

    private final Deque<Path> inputs = new ArrayDeque<>();
    private int run = -1;
    private long eventsLeft;
    private long eventNumber;
    private long index;

    @Override
    public void init(ProcessorContext context) {
    }

    @Override
    public void open(List<Path> files) {
        inputs.addAll(files);
    }

    @Override
    public InputRecord read() throws IOException {
        while (eventsLeft == 0) {
            Path next = inputs.poll();
            if (next == null) {
                return null;
            }
            run++;
            eventsLeft = Long.parseLong(Files.readString(next).strip());
            eventNumber = 0;
            return new RunHeader(run, next);
        }
        eventsLeft--;
        Event event = new Event(run, eventNumber++);
        event.putAttribute("index", index++);
        for (String collection : writes) {
            event.addCollection(collection, List.of());
        }
        return event;
    }

    @Override
    public Set<String> outputCollections() {
        return new LinkedHashSet<>(writes);
    }

    @Override
    public void close() {
    }
}
