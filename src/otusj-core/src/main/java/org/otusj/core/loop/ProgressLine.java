package org.otusj.core.loop;

import java.util.Locale;

/** Formats one progress report: events, share done, rate, elapsed time and an estimate of the time left. */
final class ProgressLine {

    private ProgressLine() {
    }

    /**
     * Formats a report such as {@code "12,345 of 100,000 events (12.3 %), 2,345 events/s, 0:05 elapsed,
     * about 0:37 left"}.
     *
     * @param expected events the job will process, or a negative number if unknown (no {@code MaxEvents})
     * @param rate events per second used for the estimate
     */
    static String format(long events, long expected, double elapsedSeconds, double rate) {
        StringBuilder line = new StringBuilder();
        if (expected > 0) {
            line.append(String.format(Locale.ROOT, "%,d of %,d events (%.1f %%)", events, expected,
                    100.0 * events / expected));
        } else {
            line.append(String.format(Locale.ROOT, "%,d events", events));
        }
        line.append(String.format(Locale.ROOT, ", %,.0f events/s, %s elapsed", rate, duration(elapsedSeconds)));
        if (expected > 0 && rate > 0 && events < expected) {
            line.append(", about ").append(duration((expected - events) / rate)).append(" left");
        }
        return line.toString();
    }

    /** Formats seconds as m:ss, or h:mm:ss from one hour on. */
    static String duration(double seconds) {
        long total = Math.round(Math.max(0, seconds));
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long secs = total % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
