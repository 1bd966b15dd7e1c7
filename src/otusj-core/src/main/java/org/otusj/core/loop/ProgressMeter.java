package org.otusj.core.loop;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports events processed and the rate during a long loop: on a terminal as one line rewritten in
 * place, otherwise as a log line per interval, so batch logs stay readable.
 */
final class ProgressMeter {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressMeter.class);

    private final long intervalNanos;
    private final boolean terminal;
    private final PrintStream out;
    private final long startNanos;
    private long lastReportNanos;
    private boolean linePrinted;

    /**
     * @param intervalSeconds seconds between reports; 0 disables them
     * @param terminal rewrite one line on {@code out} instead of logging
     */
    ProgressMeter(double intervalSeconds, boolean terminal, PrintStream out) {
        this.intervalNanos = (long) (intervalSeconds * 1e9);
        this.terminal = terminal;
        this.out = out;
        this.startNanos = System.nanoTime();
        this.lastReportNanos = startNanos;
    }

    /** Reports if an interval has passed since the last report. */
    void update(long events, long maxEvents) {
        if (intervalNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReportNanos < intervalNanos) {
            return;
        }
        lastReportNanos = now;

        double elapsed = (now - startNanos) * 1e-9;
        double rate = events / elapsed;
        String line = String.format(Locale.ROOT, "%,d events, %,.0f events/s, %.0f s elapsed", events, rate, elapsed);
        if (maxEvents > 0 && rate > 0) {
            line += String.format(Locale.ROOT, ", about %.0f s left", Math.max(0, maxEvents - events) / rate);
        }
        if (terminal) {
            out.print("\r" + line + "   ");
            out.flush();
            linePrinted = true;
        } else {
            LOG.info(line);
        }
    }

    /** Ends the rewritten line so that later output starts on a new line. */
    void finish() {
        if (linePrinted) {
            out.println();
        }
    }
}
