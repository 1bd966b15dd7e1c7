package org.otusj.core.loop;

import java.util.List;

/**
 * What a finished loop did: events read (after skipping), events that every processor passed, wall
 * time, and the per-processor statistics.
 */
public record RunSummary(long eventsRead, long eventsPassed, double seconds, boolean stopped,
        List<ProcessorStatistics> processors) {

    public RunSummary {
        processors = List.copyOf(processors);
    }

    /** The per-processor table. */
    public String timingTable() {
        return TimingTable.format(processors);
    }
}
