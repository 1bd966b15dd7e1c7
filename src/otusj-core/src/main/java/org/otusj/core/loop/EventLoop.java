package org.otusj.core.loop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventBatch;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Chain}: initialises every processor, reads events from the source, passes them through
 * the chain in batches of {@code BatchSize}, and ends every processor.
 *
 * <p>The first {@code SkipEvents} events are read and dropped, then at most {@code MaxEvents} are
 * processed. A run header first flushes the events read before it, then reaches every processor after
 * the source, so processors always see a run's header before its events.
 */
public final class EventLoop {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    private final Chain chain;
    private final List<ProcessorStatistics> statistics = new ArrayList<>();
    private final ProgressMeter progress;
    private long eventsRead;
    private long eventsPassed;
    private boolean stopped;

    public EventLoop(Chain chain) {
        this(chain, System.console() != null);
    }

    /**
     * @param terminal whether progress goes to a rewritten terminal line rather than the log
     */
    public EventLoop(Chain chain, boolean terminal) {
        this.chain = chain;
        this.progress = new ProgressMeter(chain.global().progressInterval(), terminal, System.err);
        for (ConfiguredProcessor configured : chain.processors()) {
            statistics.add(new ProcessorStatistics(configured.name(), configured.type()));
        }
    }

    /**
     * Runs the loop to the end of the input, {@code MaxEvents}, or a stop request.
     *
     * @throws IOException from reading or from a processor; the source is closed either way
     */
    public RunSummary run() throws IOException {
        long start = System.nanoTime();
        GlobalSettings global = chain.global();
        LOG.info("Starting {} with {} processors", chain.steeringFile(), chain.processors().size());

        initAll();
        EventSource source = chain.source();
        try {
            long sourceStart = System.nanoTime();
            source.open(global.inputFiles());
            statistics.get(0).addInit(System.nanoTime() - sourceStart);
            loop(source, global);
        } finally {
            source.close();
            progress.finish();
        }
        endAll();

        double seconds = (System.nanoTime() - start) * 1e-9;
        RunSummary summary = new RunSummary(eventsRead, eventsPassed, seconds, stopped, statistics);
        LOG.info("Finished {}: {} events read, {} passed every processor, {} s", chain.steeringFile(), eventsRead,
                eventsPassed, String.format("%.2f", seconds));
        return summary;
    }

    private void initAll() throws IOException {
        GlobalSettings global = chain.global();
        for (int i = 0; i < chain.processors().size(); i++) {
            ConfiguredProcessor configured = chain.processors().get(i);
            long t0 = System.nanoTime();
            configured.processor().init(new ProcessorContext(configured.name(), global));
            statistics.get(i).addInit(System.nanoTime() - t0);
        }
    }

    private void endAll() throws IOException {
        for (int i = 0; i < chain.processors().size(); i++) {
            long t0 = System.nanoTime();
            chain.processors().get(i).processor().end();
            statistics.get(i).addEnd(System.nanoTime() - t0);
        }
    }

    private void loop(EventSource source, GlobalSettings global) throws IOException {
        long toSkip = global.skipEvents();
        long maxEvents = global.maxEvents();
        List<Event> pending = new ArrayList<>(global.batchSize());

        while (!stopped && (maxEvents < 0 || eventsRead < maxEvents)) {
            long t0 = System.nanoTime();
            InputRecord record = source.read();
            long readNanos = System.nanoTime() - t0;
            if (record == null) {
                statistics.get(0).addEvents(0, 0, readNanos);
                break;
            }

            if (record instanceof RunHeader header) {
                statistics.get(0).addEvents(0, 0, readNanos);
                flush(pending);
                broadcast(header);
                continue;
            }

            Event event = (Event) record;
            if (toSkip > 0) {
                toSkip--;
                statistics.get(0).addEvents(0, 0, readNanos);
                continue;
            }
            eventsRead++;
            statistics.get(0).addEvents(1, 0, readNanos);
            pending.add(event);
            if (pending.size() >= global.batchSize()) {
                flush(pending);
            }
        }
        if (!stopped) {
            flush(pending);
        }
    }

    private void broadcast(RunHeader header) throws IOException {
        LOG.info("Starting {}", header);
        for (int i = 1; i < chain.processors().size(); i++) {
            long t0 = System.nanoTime();
            chain.processors().get(i).processor().processRunHeader(header);
            statistics.get(i).addEvents(0, 0, System.nanoTime() - t0);
        }
    }

    private void flush(List<Event> pending) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        EventBatch batch = new EventBatch(pending);
        pending.clear();

        for (int i = 1; i < chain.processors().size(); i++) {
            int liveBefore = batch.liveCount();
            if (liveBefore == 0) {
                break;
            }
            Processor processor = chain.processors().get(i).processor();
            long t0 = System.nanoTime();
            processor.processEvents(batch);
            long nanos = System.nanoTime() - t0;
            int liveAfter = batch.liveCount();
            statistics.get(i).addEvents(liveBefore, liveBefore - liveAfter, nanos);
        }

        eventsPassed += batch.liveCount();
        if (batch.stopRequested()) {
            stopped = true;
            LOG.info("A processor requested the end of the loop after {} events", eventsRead);
        }
        progress.update(eventsRead, chain.global().maxEvents());
    }
}
