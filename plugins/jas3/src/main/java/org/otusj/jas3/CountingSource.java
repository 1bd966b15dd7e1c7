package org.otusj.jas3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.Parallelism;
import org.otusj.core.processor.ProcessorContext;

/**
 * An event source that passes every call to the steering file's source (events are never passed to a
 * source, so those calls keep {@link EventSource}'s defaults), counts the events it reads (for
 * the progress page) and reports the end of the input once a stop is requested. The loop then ends every
 * processor as at the end of the input, so the histograms of the events read so far are still written.
 */
final class CountingSource implements EventSource {

    private final EventSource source;
    private final AtomicLong eventsRead;
    private final BooleanSupplier stopRequested;

    /**
     * Wraps {@code source}.
     *
     * @param eventsRead incremented for every event read, skipped events included
     * @param stopRequested when true, {@link #read} returns null as at the end of the input
     */
    CountingSource(EventSource source, AtomicLong eventsRead, BooleanSupplier stopRequested) {
        this.source = source;
        this.eventsRead = eventsRead;
        this.stopRequested = stopRequested;
    }

    @Override
    public void init(ProcessorContext context) throws IOException {
        source.init(context);
    }

    @Override
    public void open(List<Path> inputs) throws IOException {
        source.open(inputs);
    }

    @Override
    public InputRecord read() throws IOException {
        if (stopRequested.getAsBoolean()) {
            return null;
        }
        InputRecord record = source.read();
        if (record instanceof Event) {
            eventsRead.incrementAndGet();
        }
        return record;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    @Override
    public List<RunHeader> readHeaders(List<Path> inputs) throws IOException {
        return source.readHeaders(inputs);
    }

    @Override
    public void processRunHeader(RunHeader header) throws IOException {
        source.processRunHeader(header);
    }

    @Override
    public void end() throws IOException {
        source.end();
    }

    @Override
    public Set<String> inputCollections() {
        return source.inputCollections();
    }

    @Override
    public Set<String> outputConditions() {
        return source.outputConditions();
    }

    @Override
    public Set<String> outputCollections() {
        return source.outputCollections();
    }

    @Override
    public Parallelism parallelism() {
        return source.parallelism();
    }

    @Override
    public void checkConfiguration(ProcessorContext context) throws IOException {
        source.checkConfiguration(context);
    }
}
