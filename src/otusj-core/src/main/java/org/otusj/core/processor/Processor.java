package org.otusj.core.processor;

import java.io.IOException;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;

/**
 * A step of the event loop, configured from the steering file.
 *
 * <p>The loop calls, in order: {@link #init} once after the parameters are set, {@link
 * #processRunHeader} at the start of each run, {@link #processEvents} for each batch of events, and
 * {@link #end} once after the last event. Implementations are registered for {@link
 * java.util.ServiceLoader} under {@code META-INF/services/org.otusj.core.processor.Processor}, need a
 * public no-argument constructor, and declare parameters with {@link ProcessorParameter} fields. The
 * steering file refers to a processor type by its simple class name.
 */
public interface Processor {

    /**
     * Prepares the processor after its parameters are set. Errors in parameter values found here should
     * be thrown as {@link IllegalArgumentException} so that the run stops before the first event.
     */
    void init(ProcessorContext context) throws IOException;

    /** Handles the start of a run. The default does nothing. */
    default void processRunHeader(RunHeader header) throws IOException {
    }

    /**
     * Processes one event. Throw {@link SkipEventException} to hide the event from later processors, or
     * {@link StopProcessingException} to end the loop after this event.
     */
    void processEvent(Event event) throws IOException;

    /**
     * Processes a batch of events in input order. The default calls {@link #processEvent} on each live
     * event and translates the skip and stop signals; processors that work on many events at once, such
     * as a neural network, override this.
     */
    default void processEvents(EventBatch batch) throws IOException {
        for (int i = 0; i < batch.size(); i++) {
            if (!batch.isLive(i)) {
                continue;
            }
            try {
                processEvent(batch.event(i));
            } catch (SkipEventException skip) {
                batch.skip(i);
            } catch (StopProcessingException stop) {
                batch.stopAfter(i);
                return;
            }
        }
    }

    /** Finishes the run: writes outputs, releases resources. The default does nothing. */
    default void end() throws IOException {
    }
}
