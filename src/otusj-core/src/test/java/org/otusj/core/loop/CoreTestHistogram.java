package org.otusj.core.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;

/**
 * Serial test processor: histograms the number in {@code InputCollection} in 20 bins from -5 to 5 and
 * records the events it processes, in order. At the end it writes {@code OutputFile}: one line per bin with
 * its count, then one line per event as "run event value", which {@link #merge} adds up over shards.
 */
@ProcessorInfo(description = "Test processor histogramming one number per event and writing a text file.")
public final class CoreTestHistogram implements Processor {

    static final int BINS = 20;

    @ProcessorParameter(description = "Collection holding one Double per event.")
    private String inputCollection = "Smeared";

    @ProcessorParameter(description = "Text file written at the end, relative to OutputDirectory.")
    private String outputFile = "histogram.txt";

    private final long[] counts = new long[BINS];
    private final List<String> events = new ArrayList<>();
    private ProcessorContext context;
    private Thread lastThread;
    private boolean concurrentCall;
    private volatile boolean inCall;

    @Override
    public void init(ProcessorContext context) {
        this.context = context;
    }

    @Override
    public void processEvent(Event event) {
        if (inCall) {
            concurrentCall = true;
        }
        inCall = true;
        double value = event.collection(inputCollection, Double.class).get(0);
        int bin = (int) Math.floor((value + 5.0) / 10.0 * BINS);
        counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        events.add(String.format(Locale.ROOT, "%d %d %.17g", event.runNumber(), event.eventNumber(), value));
        lastThread = Thread.currentThread();
        inCall = false;
    }

    @Override
    public void end() throws IOException {
        List<String> lines = new ArrayList<>();
        for (long count : counts) {
            lines.add(Long.toString(count));
        }
        lines.addAll(events);
        Files.write(context.outputPath(outputFile), lines);
    }

    @Override
    public Set<String> inputCollections() {
        return Set.of(inputCollection);
    }

    /** Returns true if two calls overlapped, which a serial processor must never see. */
    boolean sawConcurrentCall() {
        return concurrentCall;
    }

    Thread lastThread() {
        return lastThread;
    }

    /** Adds up the bin counts of several output files and collects their event lines, sorted. */
    static List<String> merge(List<Path> files) throws IOException {
        long[] total = new long[BINS];
        List<String> eventLines = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < BINS; i++) {
                total[i] += Long.parseLong(lines.get(i));
            }
            eventLines.addAll(lines.subList(BINS, lines.size()));
        }
        eventLines.sort(CoreTestHistogram::compareEventLines);
        List<String> merged = new ArrayList<>();
        for (long count : total) {
            merged.add(Long.toString(count));
        }
        merged.addAll(eventLines);
        return merged;
    }

    private static int compareEventLines(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        int byRun = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return byRun != 0 ? byRun : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }
}
