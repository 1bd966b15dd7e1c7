package org.otusj.core.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;

/**
 * A processor that creates events by reading files. It must be the first entry of {@code <execute>};
 * it reads the global {@code InputFiles} in order, as one chain.
 */
public interface EventSource extends Processor {

    /** Opens the inputs; called after {@link #init}. */
    void open(List<Path> inputs) throws IOException;

    /**
     * Reads the next record: a run header at the start of each input, then its events. Returns null
     * after the last event of the last input.
     */
    InputRecord read() throws IOException;

    /** Closes the current input. Called once at the end of the loop, also after an error. */
    void close() throws IOException;

    /**
     * Reads the run header of each input without reading events, for {@code otusj run --dry-run}. Sources
     * for which this is not cheap return an empty list, which is the default.
     */
    default List<RunHeader> readHeaders(List<Path> inputs) throws IOException {
        return List.of();
    }

    /** Sources create events; the loop never passes events to them. */
    @Override
    default void processEvent(Event event) {
        throw new UnsupportedOperationException("an event source does not process events");
    }
}
