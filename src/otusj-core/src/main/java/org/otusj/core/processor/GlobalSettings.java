package org.otusj.core.processor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <global>} section of a steering file. Its fields are set exactly like processor parameters,
 * with the same type conversion and the same errors for unknown names.
 */
public final class GlobalSettings {

    @ProcessorParameter(name = "InputFiles", existingFile = true,
            description = "Input files read in order as one chain by the event source, separated by spaces.")
    private List<Path> inputFiles = new ArrayList<>();

    @ProcessorParameter(name = "MaxEvents",
            description = "Maximum number of events to process after skipping; -1 processes all.")
    private long maxEvents = -1;

    @ProcessorParameter(name = "SkipEvents",
            description = "Number of events at the start of the input chain that are read and dropped.")
    private long skipEvents = 0;

    @ProcessorParameter(name = "RandomSeed",
            description = "Global random seed; each processor and event derives its own seed from it.")
    private long randomSeed = 20220510L;

    @ProcessorParameter(name = "OutputDirectory",
            description = "Directory for output files, created if missing; relative to the working directory.")
    private Path outputDirectory = Path.of("out");

    @ProcessorParameter(name = "BatchSize",
            description = "Number of consecutive events passed through the chain together.")
    private int batchSize = 1024;

    @ProcessorParameter(name = "ProgressInterval",
            description = "Seconds between progress reports during the loop; 0 turns them off.")
    private double progressInterval = 10.0;

    public List<Path> inputFiles() {
        return List.copyOf(inputFiles);
    }

    public long maxEvents() {
        return maxEvents;
    }

    public long skipEvents() {
        return skipEvents;
    }

    public long randomSeed() {
        return randomSeed;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    public int batchSize() {
        return batchSize;
    }

    public double progressInterval() {
        return progressInterval;
    }

    /** Checks value ranges that the types alone do not express. */
    public void validate() {
        if (batchSize < 1) {
            throw new IllegalArgumentException("BatchSize must be at least 1, found " + batchSize);
        }
        if (skipEvents < 0) {
            throw new IllegalArgumentException("SkipEvents must not be negative, found " + skipEvents);
        }
        if (progressInterval < 0) {
            throw new IllegalArgumentException("ProgressInterval must not be negative, found " + progressInterval);
        }
    }
}
