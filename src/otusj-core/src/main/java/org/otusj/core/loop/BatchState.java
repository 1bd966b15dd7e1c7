package org.otusj.core.loop;

import java.util.BitSet;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.processor.EventBatch;

/**
 * A batch on its way through the chain, with its position in the input and, per processor, the events
 * it did not run on because its condition was false (their condition values count as false).
 */
final class BatchState {

    private final EventBatch batch;
    private final long sequence;
    private final BitSet[] notRun;
    private volatile boolean discarded;

    BatchState(List<Event> events, long sequence, int processorCount) {
        this.batch = new EventBatch(events);
        this.sequence = sequence;
        this.notRun = new BitSet[processorCount];
    }

    EventBatch batch() {
        return batch;
    }

    /** Position of the batch in the input, from 0. */
    long sequence() {
        return sequence;
    }

    void markNotRun(int processorIndex, int eventIndex) {
        if (notRun[processorIndex] == null) {
            notRun[processorIndex] = new BitSet();
        }
        notRun[processorIndex].set(eventIndex);
    }

    boolean didNotRun(int processorIndex, int eventIndex) {
        return notRun[processorIndex] != null && notRun[processorIndex].get(eventIndex);
    }

    /** Marks a batch read after a stop request, whose results are dropped. */
    void discard() {
        discarded = true;
    }

    boolean isDiscarded() {
        return discarded;
    }
}
