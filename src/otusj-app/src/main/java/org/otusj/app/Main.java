package org.otusj.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code otusj} command. DJL is forced offline here, before any class touches its engine, so that
 * no run ever downloads an engine or reports usage.
 */
@Command(name = "otusj", mixinStandardHelpOptions = true, version = "otusj 0.1.0",
        description = "HEP event processing with the OTUS machine-learned fast simulator.",
        subcommands = {RunCommand.class, ProcessorsCommand.class, BenchmarkCommand.class, InspectCommand.class,
            MergeCommand.class, CompareCommand.class, PlotCommand.class, ViewCommand.class})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (0 on success). */
    public static int execute(String... args) {
        Offline.enforce();
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
