package org.otusj.core.loop;

import java.util.List;
import java.util.Locale;

/**
 * Formats the end-of-run table of events, signals and times per processor, as Marlin prints it:
 * events passed to the processor, events it skipped, stop requests, events it did not run on because
 * its {@code <if>} condition was false, seconds in init, events and end, time per event and share of the
 * total time.
 */
public final class TimingTable {

    private TimingTable() {
    }

    /** Returns the table as lines of text, header first, then one line per processor and the total. */
    public static String format(List<ProcessorStatistics> rows) {
        int nameWidth = "processor".length();
        int typeWidth = "type".length();
        long totalNanos = 0;
        for (ProcessorStatistics row : rows) {
            nameWidth = Math.max(nameWidth, row.name().length());
            typeWidth = Math.max(typeWidth, row.type().length());
            totalNanos += row.totalNanos();
        }

        String rowFormat = "%-" + nameWidth + "s  %-" + typeWidth
                + "s  %10s  %9s  %5s  %9s  %10s  %10s  %10s  %12s  %6s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, rowFormat, "processor", "type", "events", "skipped", "stops",
                "not run", "init [s]", "events [s]", "end [s]", "per event", "share"));

        StringBuilder notes = new StringBuilder();
        for (ProcessorStatistics row : rows) {
            table.append(String.format(Locale.ROOT, rowFormat, row.name(), row.type(), row.eventsIn(),
                    row.eventsSkipped(), row.stopRequests(), row.eventsNotRun(), seconds(row.initNanos()),
                    seconds(row.eventNanos()), seconds(row.endNanos()), perEvent(row.eventNanos(), row.eventsIn()),
                    share(row.totalNanos(), totalNanos)));
            if (row.instances() > 1) {
                notes.append(String.format(Locale.ROOT, "%s ran as %d instances; its times add up all of them%n",
                        row.name(), row.instances()));
            }
        }
        table.append(String.format(Locale.ROOT, "total %s s%n", seconds(totalNanos)));
        table.append(notes);
        return table.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos * 1e-9);
    }

    private static String share(long nanos, long totalNanos) {
        if (totalNanos <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * nanos / totalNanos);
    }

    private static String perEvent(long nanos, long events) {
        if (events == 0) {
            return "-";
        }
        double perEvent = (double) nanos / events;
        if (perEvent < 1e3) {
            return String.format(Locale.ROOT, "%.0f ns", perEvent);
        }
        if (perEvent < 1e6) {
            return String.format(Locale.ROOT, "%.2f us", perEvent * 1e-3);
        }
        return String.format(Locale.ROOT, "%.2f ms", perEvent * 1e-6);
    }
}
