package org.otusj.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.otusj.app.inspect.FileKind;
import org.otusj.app.inspect.Hdf5Inspector;
import org.otusj.app.inspect.LheInspector;
import org.otusj.app.inspect.RootInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otusj inspect}: describes LHE, HDF5 and ROOT files, recognised by content. Every file is
 * described even after a failure; the exit status is 1 if any file could not be read.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = {"Describe LHE, HDF5 and ROOT files: run and process information and "
        + "event count of LHE files, datasets with shapes, types and attributes of HDF5 files, keys, trees and "
        + "histograms of ROOT files.", "The type is found from the file content, not from its name."})
final class InspectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to describe, in the order given.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--all-weights", description = "List every weight definition of LHE files, not only the first "
            + "10 of each weight group.")
    private boolean allWeights;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        int failures = 0;
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                out.println();
            }
            if (!inspect(files.get(i), out)) {
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** Describes one file; returns false after printing the error if it cannot be read. */
    private boolean inspect(Path file, PrintStream out) {
        try {
            if (Files.isDirectory(file)) {
                return fail(file, "is a directory, not a file");
            }
            FileKind kind = FileKind.detect(file);
            switch (kind) {
                case LHE -> new LheInspector(allWeights).print(file, out);
                case HDF5 -> Hdf5Inspector.print(file, out);
                case ROOT -> {
                    int problems = RootInspector.print(file, out);
                    if (problems > 0) {
                        System.err.println("otusj inspect: " + file + ": " + problems
                                + (problems == 1 ? " object" : " objects") + " could not be read (see the 'problem:' lines)");
                    }
                }
                default -> {
                    return fail(file, "unknown file type: not an LHE file (no <LesHouchesEvents in the first "
                            + "4096 bytes, plain or gzip-compressed), not an HDF5 file (no HDF5 signature) and not "
                            + "a ROOT file (does not start with 'root', 72 6f 6f 74); its first bytes at offset 0 are "
                            + FileKind.leadingHex(file));
                }
            }
            return true;
        } catch (NoSuchFileException missing) {
            return fail(file, "file not found");
        } catch (IOException | RuntimeException failure) {
            if (Boolean.getBoolean("otusj.stacktrace")) {
                failure.printStackTrace();
            }
            return fail(file, withoutFilePrefix(file, failure));
        }
    }

    private static boolean fail(Path file, String message) {
        System.err.println("otusj inspect: " + file + ": " + message);
        return false;
    }

    /** Returns the failure's message without the leading "file: " that the readers' messages start with. */
    private static String withoutFilePrefix(Path file, Exception failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        String prefix = file + ":";
        return message.startsWith(prefix) ? message.substring(prefix.length()).strip() : message;
    }
}
