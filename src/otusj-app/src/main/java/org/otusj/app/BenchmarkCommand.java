package org.otusj.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otusj.otus.bench.DecoderBenchmark;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.OtusModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code otusj benchmark fastsim}: decoder throughput of a trained model. */
@Command(name = "benchmark", description = "Measure the fast-simulation throughput of a trained OTUS model.")
final class BenchmarkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model directory written by OtusTrain.")
    private Path modelDirectory;

    @Option(names = "--batch-size", description = "Events per decoder call (default: ${DEFAULT-VALUE}).")
    private int batchSize = 65536;

    @Option(names = "--batches", description = "Timed decoder calls (default: ${DEFAULT-VALUE}).")
    private int batches = 30;

    @Option(names = "--warmup", description = "Untimed calls before timing (default: ${DEFAULT-VALUE}).")
    private int warmup = 5;

    @Override
    public Integer call() throws IOException {
        try (OtusModel model = ModelStore.load(modelDirectory)) {
            DecoderBenchmark.Result result = DecoderBenchmark.run(model, batchSize, warmup, batches, 1);
            System.out.printf(Locale.ROOT, "decoder of %s: batch %d, %d timed calls after %d warm-up calls%n",
                    modelDirectory, result.batchSize(), result.batches(), warmup);
            System.out.printf(Locale.ROOT, "%d processors; PyTorch intra-op threads: %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("ai.djl.pytorch.num_threads", "engine default (one per core)"));
            System.out.printf(Locale.ROOT, "median %.2f ms per batch = %.3g events/s (best %.3g events/s)%n",
                    result.secondsPerBatch() * 1e3, result.eventsPerSecond(), result.bestEventsPerSecond());
        }
        return 0;
    }
}
