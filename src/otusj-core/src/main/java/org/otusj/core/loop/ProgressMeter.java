package org.otusj.core.loop;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports events processed, the rate and an estimate of the time left during a long loop. On a terminal
 * the report is one line rewritten in place every interval. In batch mode (no terminal) it is a log
 * line, and the gap between log lines doubles after each one, up to 30 intervals, so that a job of many
 * hours writes a few dozen lines rather than thousands.
 */
final class ProgressMeter {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressMeter.class);

    /** Weight of the latest interval in the smoothed rate used for the estimate of the time left. */
    private static final double RATE_SMOOTHING = 0.3;

    private static final int MAX_BATCH_INTERVALS = 30;

    private final long intervalNanos;
    private final boolean terminal;
    private final PrintStream out;
    private final LongSupplier clock;
    private final long startNanos;
    private long nextReportNanos;
    private long batchGapNanos;
    private long lastReportNanos;
    private long lastReportEvents;
    private double smoothedRate = -1;
    private int lastLineLength;
    private long reports;

    /**
     * @param intervalSeconds seconds between reports; 0 disables them
     * @param terminal rewrite one line on {@code out} instead of logging
     */
    ProgressMeter(double intervalSeconds, boolean terminal, PrintStream out) {
        this(intervalSeconds, terminal, out, System::nanoTime);
    }

    /** A meter reading time from {@code clock} in nanoseconds, for tests. */
    ProgressMeter(double intervalSeconds, boolean terminal, PrintStream out, LongSupplier clock) {
        this.intervalNanos = (long) (intervalSeconds * 1e9);
        this.terminal = terminal;
        this.out = out;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastReportNanos = startNanos;
        this.batchGapNanos = intervalNanos;
        this.nextReportNanos = startNanos + intervalNanos;
    }

    /**
     * Reports if the time for the next report has come.
     *
     * @param expected events the job will process, or -1 if unknown
     */
    void update(long events, long expected) {
        if (intervalNanos <= 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now < nextReportNanos) {
            return;
        }

        double intervalRate = (events - lastReportEvents) / ((now - lastReportNanos) * 1e-9);
        smoothedRate = smoothedRate < 0 ? intervalRate
                : RATE_SMOOTHING * intervalRate + (1 - RATE_SMOOTHING) * smoothedRate;
        lastReportNanos = now;
        lastReportEvents = events;

        reports++;
        String line = ProgressLine.format(events, expected, (now - startNanos) * 1e-9, smoothedRate);
        if (terminal) {
            rewrite(line);
            nextReportNanos = now + intervalNanos;
        } else {
            LOG.info(line);
            batchGapNanos = Math.min(2 * batchGapNanos, MAX_BATCH_INTERVALS * intervalNanos);
            nextReportNanos = now + batchGapNanos;
        }
    }

    /** Ends the rewritten line with the final count, so that later output starts on a new line. */
    void finish(long events) {
        if (lastLineLength == 0) {
            return;
        }
        double elapsed = (clock.getAsLong() - startNanos) * 1e-9;
        rewrite(ProgressLine.format(events, -1, elapsed, elapsed > 0 ? events / elapsed : 0));
        out.println();
        lastLineLength = 0;
    }

    /** Number of reports so far. */
    long reports() {
        return reports;
    }

    private void rewrite(String line) {
        // Pad with spaces so that no character of a longer previous line is left on screen.
        String padding = " ".repeat(Math.max(0, lastLineLength - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        lastLineLength = line.length();
    }
}
