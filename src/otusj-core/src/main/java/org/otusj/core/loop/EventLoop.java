package org.otusj.core.loop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.Parallelism;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ShardSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Chain}: initialises every processor, reads events from the source, passes them through
 * the chain in batches of {@code BatchSize}, and ends every processor.
 *
 * <p>The first {@code SkipEvents} events are read and dropped. Of the events after them, those at
 * positions below {@code MaxEvents} that belong to the {@code Shard} are processed. A run header first
 * waits until the events read before it have passed the whole chain, then reaches every processor after
 * the source, so processors always see a run's header before its events.
 *
 * <p>With {@code Threads} above 1 the batches pass a {@link ParallelPipeline}: {@link
 * Parallelism#REPLICATED} processors get one instance per thread, the others see the batches in input
 * order, and the source is read on the calling thread. With one thread everything runs on the calling
 * thread.
 */
public final class EventLoop {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);

    private final Chain chain;
    private final List<ProcessorStatistics> statistics = new ArrayList<>();
    private final List<List<Processor>> instances = new ArrayList<>();
    private final ProgressMeter progress;
    private long eventsRead;
    private long eventsPassed;
    private volatile boolean stopped;
    private long batchSequence;
    private long expectedEvents = -1;

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
            instances.add(new ArrayList<>(List.of(configured.processor())));
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
        LOG.info("Starting {} with {} processors, {} thread(s), shard {}", chain.steeringFile(),
                chain.processors().size(), global.threads(), global.shard());

        initAll();
        EventSource source = chain.source();
        try (BatchPipeline pipeline = newPipeline()) {
            try {
                long sourceStart = System.nanoTime();
                source.open(global.inputFiles());
                statistics.get(0).addInit(System.nanoTime() - sourceStart);
                loop(source, global, pipeline);
            } finally {
                source.close();
                progress.finish(eventsRead);
            }
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
            if (i > 0 && global.threads() > 1 && configured.processor().parallelism() == Parallelism.REPLICATED) {
                addReplicas(i, configured, global);
            }
            statistics.get(i).addInit(System.nanoTime() - t0);
        }
    }

    /** Gives a replicated processor one instance per thread, each with its own init. */
    private void addReplicas(int index, ConfiguredProcessor configured, GlobalSettings global) throws IOException {
        for (int r = 1; r < global.threads(); r++) {
            Processor replica = ProcessorReplicas.copy(configured.processor());
            replica.init(new ProcessorContext(configured.name(), global));
            instances.get(index).add(replica);
        }
        statistics.get(index).setInstances(global.threads());
        LOG.info("Processor '{}' ({}) runs as {} replicas, one per thread", configured.name(), configured.type(),
                global.threads());
    }

    private void endAll() throws IOException {
        for (int i = 0; i < chain.processors().size(); i++) {
            long t0 = System.nanoTime();
            for (Processor instance : instances.get(i)) {
                instance.end();
            }
            statistics.get(i).addEnd(System.nanoTime() - t0);
        }
    }

    private BatchPipeline newPipeline() {
        List<String> names = new ArrayList<>();
        for (ConfiguredProcessor configured : chain.processors()) {
            names.add(configured.name());
        }
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 1; i < chain.processors().size(); i++) {
            steps.add(new ChainStep(i, chain.processors().get(i), statistics.get(i), names));
        }

        int threads = chain.global().threads();
        List<List<Processor>> stepInstances = instances.subList(1, instances.size());
        if (threads == 1) {
            List<Processor> single = new ArrayList<>();
            for (List<Processor> perStep : stepInstances) {
                single.add(perStep.get(0));
            }
            return new SerialPipeline(steps, single, this::completed);
        }
        return new ParallelPipeline(ParallelPipeline.stages(steps, stepInstances, threads), threads, this::completed);
    }

    private void loop(EventSource source, GlobalSettings global, BatchPipeline pipeline) throws IOException {
        long toSkip = global.skipEvents();
        long maxEvents = global.maxEvents();
        ShardSpec shard = global.shard();
        expectedEvents = expectedEvents(maxEvents, shard);
        long position = 0;
        List<Event> pending = new ArrayList<>(global.batchSize());

        while (!stopped && !pipeline.failed() && (maxEvents < 0 || position < maxEvents)) {
            long t0 = System.nanoTime();
            InputRecord record = source.read();
            long readNanos = System.nanoTime() - t0;
            if (record == null) {
                statistics.get(0).addEvents(0, 0, readNanos);
                break;
            }

            if (record instanceof RunHeader header) {
                statistics.get(0).addEvents(0, 0, readNanos);
                flush(pending, pipeline);
                pipeline.drain();
                broadcast(header);
                continue;
            }

            Event event = (Event) record;
            if (toSkip > 0) {
                toSkip--;
                statistics.get(0).addEvents(0, 0, readNanos);
                continue;
            }
            long eventPosition = position++;
            if (!shard.contains(eventPosition)) {
                statistics.get(0).addEvents(0, 0, readNanos);
                continue;
            }
            statistics.get(0).addEvents(1, 0, readNanos);
            pending.add(event);
            if (pending.size() >= global.batchSize()) {
                flush(pending, pipeline);
            }
        }
        if (!stopped) {
            flush(pending, pipeline);
        }
        pipeline.drain();
    }

    /** Events this shard processes if the input is long enough, or -1 without MaxEvents. */
    private static long expectedEvents(long maxEvents, ShardSpec shard) {
        if (maxEvents < 0) {
            return -1;
        }
        if (maxEvents <= shard.index()) {
            return 0;
        }
        return (maxEvents - shard.index() + shard.count() - 1) / shard.count();
    }

    private void broadcast(RunHeader header) throws IOException {
        LOG.info("Starting {}", header);
        for (int i = 1; i < chain.processors().size(); i++) {
            long t0 = System.nanoTime();
            for (Processor instance : instances.get(i)) {
                instance.processRunHeader(header);
            }
            statistics.get(i).addEvents(0, 0, System.nanoTime() - t0);
        }
    }

    private void flush(List<Event> pending, BatchPipeline pipeline) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        BatchState state = new BatchState(pending, batchSequence++, chain.processors().size());
        pending.clear();
        pipeline.submit(state);
    }

    /** Counts a batch that has passed the chain; called in input order, by a worker thread if there are several. */
    private void completed(BatchState state) {
        if (state.isDiscarded()) {
            return;
        }
        eventsRead += state.batch().size();
        eventsPassed += state.batch().liveCount();
        if (state.batch().stopRequested() && !stopped) {
            stopped = true;
            LOG.info("A processor requested the end of the loop after {} events", eventsRead);
        }
        progress.update(eventsRead, expectedEvents);
    }
}
