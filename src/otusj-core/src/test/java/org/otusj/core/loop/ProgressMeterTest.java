package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void lineWithExpectedTotal() {
        assertEquals("12,345 of 100,000 events (12.3 %), 2,345 events/s, 0:05 elapsed, about 0:37 left",
                ProgressLine.format(12_345, 100_000, 5.26, 2_345));
    }

    @Test
    void lineWithoutExpectedTotal() {
        assertEquals("1,000 events, 500 events/s, 0:02 elapsed", ProgressLine.format(1_000, -1, 2.0, 500));
    }

    @Test
    void durationsSwitchToHours() {
        assertEquals("0:00", ProgressLine.duration(0.4));
        assertEquals("1:05", ProgressLine.duration(65));
        assertEquals("59:59", ProgressLine.duration(3599));
        assertEquals("1:00:00", ProgressLine.duration(3600));
        assertEquals("27:46:40", ProgressLine.duration(100_000));
    }

    @Test
    void terminalLineIsRewrittenAndPadded() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressMeter meter = new ProgressMeter(1.0, true, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                clock::get);

        meter.update(500, -1);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "no report before the first interval");

        clock.set(2 * SECOND);
        meter.update(10_000, 20_000);
        clock.set(3 * SECOND);
        meter.update(11_000, -1);
        clock.set(4 * SECOND);
        meter.finish(12_000);

        String first = "10,000 of 20,000 events (50.0 %), 5,000 events/s, 0:02 elapsed, about 0:02 left";
        // The second rate is smoothed: 0.3 * 1,000 + 0.7 * 5,000 events/s.
        String second = "11,000 events, 3,800 events/s, 0:03 elapsed";
        String last = "12,000 events, 3,000 events/s, 0:04 elapsed";
        String expected = "\r" + first + "\r" + second + " ".repeat(first.length() - second.length())
                + "\r" + last + " ".repeat(second.length() - last.length()) + System.lineSeparator();
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void batchModeLogsWithGrowingGaps() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressMeter meter = new ProgressMeter(1.0, false, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                clock::get);

        int reports = 0;
        for (int second = 1; second <= 100; second++) {
            clock.set(second * SECOND);
            long before = meterReports(meter);
            meter.update(second * 100L, -1);
            reports += meterReports(meter) > before ? 1 : 0;
        }
        meter.finish(10_000);

        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        // Gaps of 1, 2, 4, 8, 16 and then 30 intervals: reports at 1, 3, 7, 15, 31, 61 and 91 s.
        assertEquals(7, reports);
    }

    private static long meterReports(ProgressMeter meter) {
        return meter.reports();
    }
}
