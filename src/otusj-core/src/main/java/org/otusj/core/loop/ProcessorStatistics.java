package org.otusj.core.loop;

/** Per-processor counters and times of one run, for the end-of-run table. */
public final class ProcessorStatistics {

    private final String name;
    private final String type;
    private long eventsIn;
    private long eventsSkipped;
    private long initNanos;
    private long eventNanos;
    private long endNanos;

    ProcessorStatistics(String name, String type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    /** Live events passed to the processor (for the source: events read). */
    public long eventsIn() {
        return eventsIn;
    }

    /** Events this processor skipped, hiding them from later processors. */
    public long eventsSkipped() {
        return eventsSkipped;
    }

    public long initNanos() {
        return initNanos;
    }

    /** Time in run headers and events, in nanoseconds. */
    public long eventNanos() {
        return eventNanos;
    }

    public long endNanos() {
        return endNanos;
    }

    public long totalNanos() {
        return initNanos + eventNanos + endNanos;
    }

    void addEvents(long in, long skipped, long nanos) {
        eventsIn += in;
        eventsSkipped += skipped;
        eventNanos += nanos;
    }

    void addInit(long nanos) {
        initNanos += nanos;
    }

    void addEnd(long nanos) {
        endNanos += nanos;
    }
}
