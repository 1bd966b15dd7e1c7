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
            MergeCommand.class, CompareCommand.class, PlotCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (0 on success). */
    public static int execute(String... args) {
        Offline.enforce();
        CommandLine commandLine = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.addSubcommand("view", viewCommand());
        return commandLine.execute(args);
    }

    /**
     * The {@code view} command of the otusj-view module, which is built only where Debian's JAS plotter is
     * installed; otherwise a command that explains how to get it.
     */
    private static Object viewCommand() {
        try {
            return Class.forName(VIEW_COMMAND).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError missing) {
            return new ViewUnavailableCommand();
        }
    }

    private static final String VIEW_COMMAND = "org.otusj.view.ViewCommand";
}
