package org.otusj.core.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.otusj.core.event.Event;
import org.otusj.core.random.Seeds;

/** What the loop gives a processor at {@link Processor#init}: its name, the global settings and seeds. */
public final class ProcessorContext {

    private final String processorName;
    private final GlobalSettings global;
    private final long seed;

    public ProcessorContext(String processorName, GlobalSettings global) {
        this.processorName = processorName;
        this.global = global;
        this.seed = Seeds.forProcessor(global.randomSeed(), processorName);
    }

    /** Name of the processor instance in the steering file. */
    public String processorName() {
        return processorName;
    }

    public GlobalSettings global() {
        return global;
    }

    /** This processor's seed, derived from the global seed and the processor name. */
    public long seed() {
        return seed;
    }

    /** A new generator seeded with {@link #seed()}, for work outside events (training, say). */
    public SplittableRandom newRandom() {
        return new SplittableRandom(seed);
    }

    /**
     * A generator for one event, seeded from this processor's seed and the event's run and event
     * numbers, so an event gets the same random numbers whatever events come before it.
     */
    public SplittableRandom eventRandom(Event event) {
        return new SplittableRandom(Seeds.forEvent(seed, event.runNumber(), event.eventNumber()));
    }

    /**
     * Sets this processor's own condition value for {@code event}, tested in the steering file as {@code
     * <if condition="ProcessorName">}, like Marlin's {@code setReturnValue(bool)}.
     */
    public void setCondition(Event event, boolean value) {
        event.setCondition(processorName, value);
    }

    /**
     * Sets the named condition value {@code ProcessorName.flag} for {@code event}, like Marlin's {@code
     * setReturnValue(name, bool)}.
     */
    public void setCondition(Event event, String flag, boolean value) {
        if (flag.isEmpty()) {
            setCondition(event, value);
            return;
        }
        event.setCondition(processorName + "." + flag, value);
    }

    /**
     * Resolves {@code fileName} against the output directory, creating the directory if missing. An
     * absolute {@code fileName} is returned unchanged.
     */
    public Path outputPath(String fileName) throws IOException {
        Path path = Path.of(fileName);
        if (path.isAbsolute()) {
            return path;
        }
        Files.createDirectories(global.outputDirectory());
        return resolveOutput(path);
    }

    /**
     * Resolves {@code path} against the output directory, as {@link #outputPath} does, but creates nothing:
     * for outputs of earlier jobs that a processor reads back, such as a trained model.
     */
    public Path resolveOutput(Path path) {
        return path.isAbsolute() ? path : global.outputDirectory().resolve(path);
    }
}
