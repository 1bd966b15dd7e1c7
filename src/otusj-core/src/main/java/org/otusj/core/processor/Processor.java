package org.otusj.core.processor;

import java.io.IOException;
import java.util.Set;
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
 *
 * <p>The declarations {@link #inputCollections}, {@link #outputCollections}, {@link #outputConditions}
 * and {@link #parallelism} are read after the parameters are set and before {@link #init}, so they may
 * depend on parameter values but not on anything {@code init} computes.
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

    /**
     * Names of the event collections this processor reads. The chain is checked before the first event:
     * each name must be written by an earlier processor. Empty means undeclared, and nothing is checked.
     */
    default Set<String> inputCollections() {
        return Set.of();
    }

    /**
     * Returns the per-event conditions this processor sets on every event it processes, for {@code <if>} blocks:
     * an empty string for its own value (tested as {@code ProcessorName}), or a flag name for {@code
     * ProcessorName.flag}. Empty means undeclared: a condition naming this processor is then checked at each
     * event instead of before the first. Set the values with {@link ProcessorContext#setCondition}.
     */
    default Set<String> outputConditions() {
        return Set.of();
    }

    /**
     * Names of the event collections this processor adds to every event it processes. Empty means
     * undeclared, unless {@link #inputCollections} is declared: a processor that declares inputs and no
     * outputs writes no collection.
     */
    default Set<String> outputCollections() {
        return Set.of();
    }

    /** Returns how the loop may run this processor with several threads; by default {@link Parallelism#SERIAL}. */
    default Parallelism parallelism() {
        return Parallelism.SERIAL;
    }

    /**
     * Checks the parameter values without side effects: no file written, no model loaded. {@code otusj run}
     * calls it for every processor after the chain is built and before any {@link #init}, and stops with
     * exit status 2 if one fails; {@code --dry-run} calls it and nothing after it. Throw {@link
     * IllegalArgumentException} naming the parameter. The default does nothing.
     */
    default void checkConfiguration(ProcessorContext context) throws IOException {
    }
}
