package org.otusj.core.processor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.otusj.core.event.Event;

/**
 * Consecutive events that pass through the chain together, so that processors running neural networks
 * can work on many events per call. An event skipped by one processor stays in the batch but is no
 * longer live for the processors after it.
 */
public final class EventBatch {

    private final List<Event> events;
    private final BitSet skipped = new BitSet();
    private int stopIndex = -1;

    public EventBatch(List<Event> events) {
        this.events = new ArrayList<>(events);
    }

    /** Number of events in the batch, live or not. */
    public int size() {
        return events.size();
    }

    public Event event(int index) {
        return events.get(index);
    }

    /** Returns true if no processor has skipped event {@code index} and no stop came before it. */
    public boolean isLive(int index) {
        return !skipped.get(index) && (stopIndex < 0 || index <= stopIndex);
    }

    /** The live events in input order. */
    public List<Event> liveEvents() {
        List<Event> live = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (isLive(i)) {
                live.add(events.get(i));
            }
        }
        return live;
    }

    /** Number of live events. */
    public int liveCount() {
        int count = 0;
        for (int i = 0; i < events.size(); i++) {
            if (isLive(i)) {
                count++;
            }
        }
        return count;
    }

    /** Returns true if a processor has skipped event {@code index}. */
    public boolean isSkipped(int index) {
        return skipped.get(index);
    }

    /** Number of events skipped by processors, not counting events dropped by a stop. */
    public int skippedCount() {
        return skipped.cardinality();
    }

    /** Index of the last event kept by a stop request, or -1 if no processor asked to stop. */
    public int stopIndex() {
        return stopIndex;
    }

    /** Hides event {@code index} from the processors that follow. */
    public void skip(int index) {
        skipped.set(index);
    }

    /** Hides the given event from the processors that follow. */
    public void skip(Event event) {
        int index = events.indexOf(event);
        if (index < 0) {
            throw new IllegalArgumentException(event + " is not in this batch");
        }
        skipped.set(index);
    }

    /** Drops the events after {@code index} and requests that the loop stop reading. */
    public void stopAfter(int index) {
        if (stopIndex < 0 || index < stopIndex) {
            stopIndex = index;
        }
    }

    /** Returns true once a processor has asked the loop to stop. */
    public boolean stopRequested() {
        return stopIndex >= 0;
    }
}
