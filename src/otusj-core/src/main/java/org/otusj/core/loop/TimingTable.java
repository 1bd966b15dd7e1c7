package org.otusj.core.loop;

import java.util.List;
import java.util.Locale;

/** Formats the end-of-run table of events and times per processor, as Marlin prints it. */
public final class TimingTable {

    private TimingTable() {
    }

    /** Returns the table as lines of text, header first. */
    public static String format(List<ProcessorStatistics> rows) {
        int nameWidth = "processor".length();
        int typeWidth = "type".length();
        for (ProcessorStatistics row : rows) {
            nameWidth = Math.max(nameWidth, row.name().length());
            typeWidth = Math.max(typeWidth, row.type().length());
        }

        String rowFormat = "%-" + nameWidth + "s  %-" + typeWidth + "s  %10s  %9s  %10s  %10s  %10s  %12s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, rowFormat, "processor", "type", "events", "skipped", "init [s]",
                "events [s]", "end [s]", "per event"));

        long totalNanos = 0;
        for (ProcessorStatistics row : rows) {
            totalNanos += row.totalNanos();
            table.append(String.format(Locale.ROOT, rowFormat, row.name(), row.type(), row.eventsIn(),
                    row.eventsSkipped(), seconds(row.initNanos()), seconds(row.eventNanos()),
                    seconds(row.endNanos()), perEvent(row.eventNanos(), row.eventsIn())));
        }
        table.append(String.format(Locale.ROOT, "total %s s%n", seconds(totalNanos)));
        return table.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos * 1e-9);
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
