package org.otusj.jas3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.ConfiguredProcessor;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringException;
import org.otusj.core.steering.SteeringFile;
import org.otusj.core.steering.SteeringParser;

/**
 * One run of a steering file, as {@code otusj run} does it: parse, build and check the chain, run the
 * event loop, and find the AIDA files the run wrote under its {@code OutputDirectory}. Relative paths in
 * the steering file resolve against the working directory of the JVM (for JAS3, the directory it was
 * started in). The counters may be read from any thread while {@link #run} runs on another.
 */
final class ChainRun {

    private final Path steeringFile;
    private final AtomicLong eventsRead = new AtomicLong();
    private volatile long expectedEvents = -1;
    private volatile boolean stopRequested;
    private volatile long startNanos;
    private volatile boolean started;

    ChainRun(Path steeringFile) {
        this.steeringFile = steeringFile;
    }

    /**
     * Runs the steering file to the end of its input, its {@code MaxEvents}, a processor's stop request
     * or {@link #requestStop}. Processor types are looked up with the class loader of this plugin.
     *
     * @throws SteeringException if the steering file or its chain is invalid; nothing was run
     * @throws IOException if a file cannot be read or written, by the parser or during the run
     */
    RunResult run() throws IOException {
        startNanos = System.nanoTime();
        started = true;
        SteeringFile steering = new SteeringParser().parse(steeringFile);
        ProcessorRegistry registry = ProcessorRegistry.load(ChainRun.class.getClassLoader());
        Chain chain = new ChainBuilder(registry).build(steering);

        GlobalSettings global = chain.global();
        Path outputDirectory = global.outputDirectory().toAbsolutePath();
        // The source reads the skipped events too, and stops after MaxEvents more.
        expectedEvents = global.maxEvents() < 0 ? -1 : global.skipEvents() + global.maxEvents();

        RunOutputs before = RunOutputs.scan(outputDirectory);
        RunSummary summary = new EventLoop(counted(chain), false).run();
        List<Path> written = RunOutputs.scan(outputDirectory).writtenSince(before);
        return new RunResult(steeringFile, outputDirectory, written, summary, stopRequested);
    }

    /** Ends the run after the event being read, as if the input had ended; outputs are still written. */
    void requestStop() {
        stopRequested = true;
    }

    /** Returns the steering file. */
    Path steeringFile() {
        return steeringFile;
    }

    /** Returns the events read so far, skipped events included. */
    long eventsRead() {
        return eventsRead.get();
    }

    /** Returns the events the run will read if the input is long enough, or -1 without {@code MaxEvents}. */
    long expectedEvents() {
        return expectedEvents;
    }

    /** Returns the seconds since {@link #run} started, or 0 before. */
    double elapsedSeconds() {
        return !started ? 0 : (System.nanoTime() - startNanos) * 1e-9;
    }

    /** Returns the chain with its source wrapped in a {@link CountingSource}. */
    private Chain counted(Chain chain) {
        List<ConfiguredProcessor> processors = new ArrayList<>(chain.processors());
        ConfiguredProcessor source = processors.get(0);
        CountingSource counting = new CountingSource(chain.source(), eventsRead, () -> stopRequested);
        processors.set(0, new ConfiguredProcessor(source.name(), source.type(), counting, source.condition()));
        return new Chain(chain.steeringFile(), chain.global(), processors);
    }
}
