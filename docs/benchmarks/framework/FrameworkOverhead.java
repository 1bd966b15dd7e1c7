import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.ConfiguredProcessor;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;

/**
 * Measures the framework overhead per event and per empty processor. It runs the event loop on events
 * made in memory, through chains of 0 and of K processors that do nothing, and divides the difference of
 * the median loop times by events times K. overhead.sh runs it with otusj-core and SLF4J on the class path.
 *
 * <p>Arguments: events per run (default 2,000,000), empty processors K (default 10), timed runs (default 7).
 */
public final class FrameworkOverhead {

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
        int processors = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;

        // Two untimed runs of each chain let the JIT compile the loop before timing.
        for (int warmup = 0; warmup < 2; warmup++) {
            time(events, 0);
            time(events, processors);
        }
        double[] without = new double[runs];
        double[] with = new double[runs];
        for (int run = 0; run < runs; run++) {
            without[run] = time(events, 0);
            with[run] = time(events, processors);
        }

        double medianWithout = median(without);
        double medianWith = median(with);
        double perProcessor = (medianWith - medianWithout) / ((double) events * processors) * 1e9;
        System.out.printf(Locale.ROOT, "events per run: %,d; timed runs: %d; empty processors: %d%n", events, runs,
                processors);
        System.out.printf(Locale.ROOT, "loop with source only:        median %.3f s = %.1f ns per event%n",
                medianWithout, medianWithout / events * 1e9);
        System.out.printf(Locale.ROOT, "loop with %2d empty processors: median %.3f s = %.1f ns per event%n", processors,
                medianWith, medianWith / events * 1e9);
        System.out.printf(Locale.ROOT, "overhead per event per empty processor: %.1f ns%n", perProcessor);
    }

    /** Runs one chain and returns the loop's wall time in seconds. */
    private static double time(long events, int processors) throws Exception {
        GlobalSettings global = new GlobalSettings();
        ParameterSet.of(GlobalSettings.class).find("ProgressInterval").orElseThrow().set(global, 0.0);
        List<ConfiguredProcessor> chain = new ArrayList<>();
        chain.add(new ConfiguredProcessor("Source", "MemorySource", new MemorySource(events)));
        for (int i = 0; i < processors; i++) {
            chain.add(new ConfiguredProcessor("Empty" + i, "EmptyProcessor", new EmptyProcessor()));
        }
        RunSummary summary = new EventLoop(new Chain(Path.of("overhead"), global, chain), false).run();
        if (summary.eventsPassed() != events) {
            throw new IllegalStateException("expected " + events + " events, the loop passed " + summary.eventsPassed());
        }
        return summary.seconds();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
    }

    /** A processor that does nothing with each event. */
    public static final class EmptyProcessor implements Processor {

        @Override
        public void init(ProcessorContext context) {
        }

        @Override
        public void processEvent(Event event) {
        }
    }

    /** An event source that makes {@code events} empty events of run 0 in memory. */
    public static final class MemorySource implements EventSource {

        private final long events;
        private long next = -1;

        public MemorySource(long events) {
            this.events = events;
        }

        @Override
        public void init(ProcessorContext context) {
        }

        @Override
        public void open(List<Path> inputs) {
            next = -1;
        }

        @Override
        public InputRecord read() {
            if (next < 0) {
                next = 0;
                return new RunHeader(0, Path.of("memory"));
            }
            return next < events ? new Event(0, next++) : null;
        }

        @Override
        public void close() {
        }
    }
}
