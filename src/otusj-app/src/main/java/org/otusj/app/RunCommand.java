package org.otusj.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.DryRun;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.processor.ShardSpec;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringException;
import org.otusj.core.steering.SteeringFile;
import org.otusj.core.steering.SteeringOverrides;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.steering.SteeringWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code otusj run}: runs steering files in order, stopping at the first failure. Every file is parsed
 * before the first runs; each chain is built and checked just before it runs.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run one or more steering files in order.",
        footer = {"", "Steering values on the command line, applied to every file:",
            "  --Processor.Parameter=VALUE   set a processor's parameter (also --Group.Parameter=VALUE)",
            "  --global.Parameter=VALUE      set a global parameter, e.g. --global.MaxEvents=1000",
            "  --constant.NAME=VALUE         set a constant, replacing the file's definition",
            "Exit status: 0 success, 1 failure during a run, 2 invalid steering file or options (nothing run)."})
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "STEERING", description = "Steering XML files, run in the order given.")
    private List<Path> steeringFiles = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (sets the global Threads); REPLICATED processors get one instance each.")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "k/N",
            description = "Process only the events at positions k modulo N of the input (sets the global Shard),"
                    + " 0 <= k < N; the N outputs add up to the unsplit run.")
    private String shard;

    @Option(names = "--resume",
            description = "Continue OTUS trainings from the checkpoints of an interrupted run (sets Resume of every "
                    + "OtusTrain).")
    private boolean resume;

    @Option(names = "--dry-run",
            description = "Check everything that needs no events, including the inputs' headers, and run nothing.")
    private boolean dryRun;

    @Option(names = "--dump", arity = "0..1", paramLabel = "FILE", fallbackValue = "-",
            description = "Write the resolved steering file (constants substituted, includes inlined, command-line"
                    + " values applied) to FILE, or to standard output without FILE or with '-', and run nothing.")
    private Path dump;

    @Unmatched
    private List<String> steeringValues = new ArrayList<>();

    @Override
    public Integer call() {
        if (resume) {
            // OtusTrain reads this property, so the flag reaches every training without naming processors.
            System.setProperty("otusj.resume", "true");
        }
        CommandLineValues values;
        List<SteeringFile> parsed;
        try {
            values = commandLineValues();
            parsed = parseAll(values);
        } catch (IllegalArgumentException invalid) {
            System.err.println("otusj: " + invalid.getMessage());
            return 2;
        } catch (SteeringException invalid) {
            return reportInvalid("invalid steering file, nothing was run:", invalid);
        } catch (IOException unreadable) {
            System.err.println("otusj: cannot read steering file: " + unreadable.getMessage());
            return 2;
        }

        if (dump != null) {
            return dumpAll(parsed);
        }
        ProcessorRegistry registry = ProcessorRegistry.load();
        for (SteeringFile steering : parsed) {
            int status = dryRun ? check(registry, steering) : run(registry, steering);
            if (status != 0) {
                return status;
            }
        }
        return 0;
    }

    private CommandLineValues commandLineValues() {
        CommandLineValues values = CommandLineValues.parse(steeringValues);
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, found " + threads);
            }
            values = values.withGlobal("Threads", threads.toString(), "--threads " + threads);
        }
        if (shard != null) {
            values = values.withGlobal("Shard", ShardSpec.parse(shard).toString(), "--shard " + shard);
        }
        return values;
    }

    private List<SteeringFile> parseAll(CommandLineValues values) throws IOException {
        SteeringParser parser = new SteeringParser().withConstants(values.constants());
        List<SteeringFile> parsed = new ArrayList<>();
        for (Path steeringFile : steeringFiles) {
            parsed.add(parser.parse(steeringFile));
        }
        List<String> unknown = SteeringOverrides.unknownTargets(parsed, values.overrides());
        if (!unknown.isEmpty()) {
            throw new SteeringException(unknown);
        }
        List<SteeringFile> resolved = new ArrayList<>();
        for (SteeringFile steering : parsed) {
            resolved.add(SteeringOverrides.apply(steering, values.overrides()));
        }
        return resolved;
    }

    private int dumpAll(List<SteeringFile> parsed) {
        boolean toStandardOutput = dump.toString().equals("-");
        if (!toStandardOutput && parsed.size() > 1) {
            System.err.println("otusj: --dump FILE takes one steering file, found " + parsed.size()
                    + "; use --dump without FILE to write them all to standard output");
            return 2;
        }
        try {
            for (SteeringFile steering : parsed) {
                if (toStandardOutput) {
                    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                    SteeringWriter.write(steering, out);
                } else {
                    try (Writer out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
                        SteeringWriter.write(steering, out);
                    }
                    System.err.println("otusj: wrote the resolved steering file to " + dump);
                }
            }
        } catch (IOException failed) {
            System.err.println("otusj: cannot write " + dump + ": " + failed.getMessage());
            return 1;
        }
        return 0;
    }

    private int check(ProcessorRegistry registry, SteeringFile steering) {
        Chain chain;
        try {
            chain = new ChainBuilder(registry).build(steering);
        } catch (SteeringException invalid) {
            return reportInvalid("invalid steering file " + steering.path() + ":", invalid);
        }
        DryRun.Report report = DryRun.check(chain);
        report.description().forEach(System.out::println);
        if (!report.ok()) {
            System.err.println("otusj: dry run of " + steering.path() + " found problems:");
            report.problems().forEach(System.err::println);
            return 2;
        }
        System.out.println("Dry run of " + steering.path() + ": OK, no event was read");
        return 0;
    }

    private int run(ProcessorRegistry registry, SteeringFile steering) {
        try {
            Chain chain = new ChainBuilder(registry).build(steering);
            List<String> problems = DryRun.configurationProblems(chain);
            if (!problems.isEmpty()) {
                System.err.println("otusj: invalid settings in " + steering.path() + ", it was not run:");
                problems.forEach(System.err::println);
                return 2;
            }
            RunSummary summary = new EventLoop(chain).run();
            System.out.println();
            System.out.println("Timing for " + steering.path() + ":");
            System.out.print(summary.timingTable());
            return 0;
        } catch (SteeringException invalid) {
            return reportInvalid("invalid steering file " + steering.path() + ", it was not run:", invalid);
        } catch (IOException | RuntimeException failed) {
            System.err.println("otusj: " + steering.path() + " failed: " + describe(failed));
            if (Boolean.getBoolean("otusj.stacktrace")) {
                failed.printStackTrace();
            } else {
                System.err.println("(run with JAVA_OPTS=-Dotusj.stacktrace=true for the stack trace)");
            }
            return 1;
        }
    }

    private static int reportInvalid(String headline, SteeringException invalid) {
        System.err.println("otusj: " + headline);
        System.err.println(invalid.getMessage());
        return 2;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message;
    }
}
