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

    @ProcessorParameter(name = "Threads",
            description = "Worker threads; processors declared REPLICATED get one instance per thread, the others "
                    + "see batches in input order. 1 runs everything on the calling thread.")
    private int threads = 1;

    @ProcessorParameter(name = "Shard",
            description = "Share of the input this job processes, as k/N with 0 <= k < N: the events whose position "
                    + "in the input chain (after SkipEvents) is k modulo N. 0/1 processes everything.")
    private String shard = "0/1";

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

    /** Number of worker threads, at least 1. */
    public int threads() {
        return threads;
    }

    /** Returns the share of the input this job processes. */
    public ShardSpec shard() {
        return ShardSpec.parse(shard);
    }

    /** Returns the shard index k of {@code Shard = k/N}, from 0. */
    public int shardIndex() {
        return ShardSpec.parse(shard).index();
    }

    /** Returns the number of shards N of {@code Shard = k/N}, which is 1 when the job is not split. */
    public int shardCount() {
        return ShardSpec.parse(shard).count();
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
        if (threads < 1) {
            throw new IllegalArgumentException("Threads must be at least 1, found " + threads);
        }
        ShardSpec.parse(shard);
    }
}
