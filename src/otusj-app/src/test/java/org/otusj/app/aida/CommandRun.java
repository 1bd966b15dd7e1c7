package org.otusj.app.aida;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.otusj.app.Main;

/**
 * One run of the {@code otusj} command line in this JVM, with its exit status and what it printed.
 *
 * @param exitCode the exit status
 * @param out the standard output
 * @param err the standard error
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code otusj} with {@code args}, capturing standard output and error. */
    public static synchronized CommandRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = Main.execute(args);
            return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** Returns both outputs, for assertion messages. */
    public String both() {
        return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
