package org.otusj.io.hdf5;

import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;

/**
 * Turns an event into one fixed-length event vector, such as the z or x vector of an OTUS layout:
 * (px, py, pz, E) of each object in a fixed order, in GeV. {@link Hdf5Writer} collects the vectors of
 * two sources into the datasets of an {@link OtusHdf5File}.
 */
public interface VectorSource {

    /** Short name for logs and messages, such as the event attribute that contains the vector. */
    String name();

    /** The column names in vector order, {@code [D]}; an empty list while they are not known. */
    List<String> columns();

    /**
     * Reads what the source needs from the start of a run, such as column names. The default does
     * nothing.
     *
     * @throws IllegalStateException if the run contradicts an earlier one, for example with other column
     *     names
     */
    default void startRun(RunHeader header) {
    }

    /**
     * Returns the event's vector, {@code [D]}, or empty if the event has none (for example because it
     * failed a selection).
     *
     * @throws IllegalStateException if the event contains a value of the wrong type for this source
     */
    Optional<double[]> extract(Event event);
}
