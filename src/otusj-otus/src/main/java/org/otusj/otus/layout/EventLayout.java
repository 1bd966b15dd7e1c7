package org.otusj.otus.layout;

import java.util.Optional;
import org.otusj.core.event.Event;

/** Builds the event vector of a {@link VectorLayout} from a collection of an event. */
public interface EventLayout {

    /** The vector layout this produces. */
    VectorLayout vectorLayout();

    /** Name of the event collection read. */
    String collection();

    /**
     * Returns the event vector, or empty if the event does not fit the layout (wrong number of objects,
     * say); such events are dropped by the selection.
     */
    Optional<double[]> extract(Event event);
}
