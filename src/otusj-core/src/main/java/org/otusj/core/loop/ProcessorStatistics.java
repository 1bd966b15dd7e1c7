package org.otusj.core.loop;

/**
 * Per-processor counters and times of one run, for the end-of-run table. With several threads the
 * times add up the work of every thread and every instance, so they measure CPU time spent in the
 * processor rather than wall time.
 */
public final class ProcessorStatistics {

    private final String name;
    private final String type;
    private long eventsIn;
    private long eventsSkipped;
    private long stopRequests;
    private long eventsNotRun;
    private int instances = 1;
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
    public synchronized long eventsIn() {
        return eventsIn;
    }

    /** Events this processor skipped, hiding them from later processors. */
    public synchronized long eventsSkipped() {
        return eventsSkipped;
    }

    /** Times this processor asked the loop to stop (0 or 1 in a run that ends at the first request). */
    public synchronized long stopRequests() {
        return stopRequests;
    }

    /** Live events the processor did not run on because the condition of its {@code <if>} was false. */
    public synchronized long eventsNotRun() {
        return eventsNotRun;
    }

    /** Instances that did the work: 1, or the thread count for a replicated processor. */
    public synchronized int instances() {
        return instances;
    }

    public synchronized long initNanos() {
        return initNanos;
    }

    /** Time in run headers and events, in nanoseconds. */
    public synchronized long eventNanos() {
        return eventNanos;
    }

    public synchronized long endNanos() {
        return endNanos;
    }

    public synchronized long totalNanos() {
        return initNanos + eventNanos + endNanos;
    }

    synchronized void addEvents(long in, long skipped, long nanos) {
        eventsIn += in;
        eventsSkipped += skipped;
        eventNanos += nanos;
    }

    synchronized void addStopRequest() {
        stopRequests++;
    }

    synchronized void addNotRun(long events) {
        eventsNotRun += events;
    }

    synchronized void setInstances(int count) {
        instances = count;
    }

    synchronized void addInit(long nanos) {
        initNanos += nanos;
    }

    synchronized void addEnd(long nanos) {
        endNanos += nanos;
    }
}
