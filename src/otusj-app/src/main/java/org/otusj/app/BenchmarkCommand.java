package org.otusj.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.otusj.otus.bench.DecoderBenchmark;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.InferenceBackend;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.NoiseKind;
import org.otusj.otus.model.ResidualMode;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.train.GeneratorSettings;
import org.otusj.otus.train.OtusTrainer;
import org.otusj.otus.train.StepBenchmark;
import org.otusj.otus.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code otusj benchmark}: fast-simulation throughput and training-step time of the OTUS networks. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, description = "Measure fast-simulation throughput and training-step time.",
        subcommands = {BenchmarkCommand.FastSim.class, BenchmarkCommand.Training.class})
final class BenchmarkCommand {

    private static final GeneratorSettings ZEE_NETWORK = new GeneratorSettings(Architecture.MLP, NoiseKind.CONDITIONAL,
            128, ResidualMode.VECTOR);

    private static void printMachine() {
        System.out.printf(Locale.ROOT, "%d processors; PyTorch intra-op threads: %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("ai.djl.pytorch.num_threads", "engine default (one per core)"));
    }

    /** Decoder throughput. */
    @Command(name = "fastsim", mixinStandardHelpOptions = true, description = "Decoder events per second on batches of events.")
    static final class FastSim implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL",
                description = "Model directory written by OtusTrain; without it, an untrained Z to ee model of the "
                        + "paper's shape (MLP, 128 hidden units, conditional noise, vector residual) is built.")
        private Path modelDirectory;

        @Option(names = "--batch-size", description = "Events per decoder call (default: ${DEFAULT-VALUE}).")
        private int batchSize = 65536;

        @Option(names = "--batches", description = "Timed decoder calls (default: ${DEFAULT-VALUE}).")
        private int batches = 30;

        @Option(names = "--warmup", description = "Untimed calls before timing (default: ${DEFAULT-VALUE}).")
        private int warmup = 5;

        @Option(names = "--backend", description = "Code that runs the decoder: ${COMPLETION-CANDIDATES} "
                + "(default: ${DEFAULT-VALUE}). A decoder the Java kernel does not cover runs on PyTorch.")
        private InferenceBackend backend = InferenceBackend.JAVA;

        @Override
        public Integer call() throws IOException {
            if (modelDirectory != null && !Files.isDirectory(modelDirectory)) {
                System.err.println("otusj benchmark fastsim: model directory not found: " + modelDirectory.toAbsolutePath()
                        + "; give a directory written by OtusTrain, or none for an untrained model");
                return 2;
            }
            try (OtusModel model = modelDirectory != null ? ModelStore.load(modelDirectory) : untrainedZeeModel()) {
                model.setInferenceBackend(backend);
                if (model.decoderBackend() != backend) {
                    System.out.println("note: the " + backend.name().toLowerCase(Locale.ROOT) + " backend does not cover "
                            + "this decoder (" + model.decoder().spec().residual() + " residual); it runs on "
                            + model.decoderBackend().name().toLowerCase(Locale.ROOT));
                }
                DecoderBenchmark.Result result = DecoderBenchmark.run(model, batchSize, warmup, batches, 1);
                System.out.printf(Locale.ROOT, "decoder of %s on the %s backend: batch %d, %d timed calls after %d "
                        + "warm-up calls%n", modelDirectory == null ? "an untrained Z to ee model of the paper's shape"
                        : modelDirectory,
                        model.decoderBackend().name().toLowerCase(Locale.ROOT), result.batchSize(), result.batches(), warmup);
                printMachine();
                System.out.printf(Locale.ROOT, "median %.2f ms per batch = %.3g events/s (best %.3g events/s)%n",
                        result.secondsPerBatch() * 1e3, result.eventsPerSecond(), result.bestEventsPerSecond());
            }
            return 0;
        }

        private static OtusModel untrainedZeeModel() {
            double[][] rows = new double[64][8];
            java.util.SplittableRandom random = new java.util.SplittableRandom(1);
            for (double[] row : rows) {
                for (int j = 0; j < 8; j++) {
                    row[j] = 40 * random.nextGaussian();
                }
            }
            TrainingSettings settings = new TrainingSettings(ZEE_NETWORK, ZEE_NETWORK, null,
                    TrainingSettings.twoPhase(0, 1, 0, 1e-9), 64, 8, 1, 0, 0, false, 0, 0, 1);
            return new OtusTrainer(settings).train("zee", StudyLayouts.truthLayout("zee"),
                    StudyLayouts.recoLayout("zee"), rows, rows);
        }
    }

    /** Training-step time. */
    @Command(name = "training", mixinStandardHelpOptions = true, description = "Time of one joint training step of the Z to ee networks.")
    static final class Training implements Callable<Integer> {

        @Option(names = "--batch-size", description = "Batch size M (default: ${DEFAULT-VALUE}).")
        private int batchSize = 4096;

        @Option(names = "--slices", description = "Sliced-Wasserstein directions L (default: ${DEFAULT-VALUE}).")
        private int slices = 128;

        @Option(names = "--steps", description = "Timed steps (default: ${DEFAULT-VALUE}).")
        private int steps = 50;

        @Option(names = "--warmup", description = "Untimed steps before timing (default: ${DEFAULT-VALUE}).")
        private int warmup = 10;

        @Override
        public Integer call() {
            TrainingSettings settings = new TrainingSettings(ZEE_NETWORK, ZEE_NETWORK, null,
                    TrainingSettings.twoPhase(0, 1, 0, 1e-3), batchSize, slices, 1.0, 0, 0, false, 0, 0, 1);
            StepBenchmark.Result result = StepBenchmark.run(settings, StudyLayouts.truthLayout("zee"),
                    StudyLayouts.recoLayout("zee"), warmup, steps);
            System.out.printf(Locale.ROOT, "joint training step of the Z to ee networks: M = %d, L = %d, %d timed steps "
                    + "after %d warm-up steps%n", result.batchSize(), result.slices(), result.steps(), warmup);
            printMachine();
            System.out.printf(Locale.ROOT, "median %.2f ms per step (best %.2f ms)%n", result.medianMillis(),
                    result.bestMillis());
            return 0;
        }
    }
}
