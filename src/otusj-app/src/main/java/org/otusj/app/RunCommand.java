package org.otusj.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringException;
import org.otusj.core.steering.SteeringParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code otusj run}: runs steering files in order, stopping at the first failure. */
@Command(name = "run", description = "Run one or more steering files in order.")
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "STEERING", description = "Steering XML files, run in the order given.")
    private List<Path> steeringFiles = new ArrayList<>();

    @Override
    public Integer call() {
        ProcessorRegistry registry = ProcessorRegistry.load();
        for (Path steeringFile : steeringFiles) {
            try {
                Chain chain = new ChainBuilder(registry).build(new SteeringParser().parse(steeringFile));
                RunSummary summary = new EventLoop(chain).run();
                System.out.println();
                System.out.println("Timing for " + steeringFile + ":");
                System.out.print(summary.timingTable());
            } catch (SteeringException invalid) {
                System.err.println("otusj: invalid steering file, nothing was run:");
                System.err.println(invalid.getMessage());
                return 2;
            } catch (IOException | RuntimeException failed) {
                System.err.println("otusj: " + steeringFile + " failed: " + describe(failed));
                if (Boolean.getBoolean("otusj.stacktrace")) {
                    failed.printStackTrace();
                } else {
                    System.err.println("(run with JAVA_OPTS=-Dotusj.stacktrace=true for the stack trace)");
                }
                return 1;
            }
        }
        return 0;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message;
    }
}
