package org.otusj.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent reference tools of the tests: {@code xmllint} for DTD validation and Debian's
 * {@code /usr/bin/python3} with NumPy and SciPy for statistics. A missing tool fails the test with the
 * Debian package to install, never skips it.
 */
public final class ExternalTools {

    /** The Python interpreter with Debian's python3-numpy and python3-scipy. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final long TIMEOUT_SECONDS = 120;

    /** System identifier of the AIDA DTD in the DOCTYPE line of AIDA files. */
    private static final String DTD_URL = "http://aida.freehep.org/schemas/3.3/aida.dtd";

    private static Path catalogFile;

    private ExternalTools() {
    }

    /** Returns the result of one external command. */
    public record Result(int exitCode, String output) {
    }

    /** Returns the AIDA 3.3 DTD from JAIDA in the shared test data. */
    public static Path aidaDtd() {
        return TestPaths.sharedFile("aida/aida.dtd");
    }

    /**
     * Validates {@code file} (plain or gzip-compressed XML) against the AIDA DTD with {@code xmllint}.
     * An XML catalog maps the DTD URL of the DOCTYPE line to the local copy, which xmllint would otherwise
     * try to load, and {@code --nonet} stops any other network access.
     */
    public static Result xmllintValidate(Path file) throws IOException, InterruptedException {
        requireXmllint();
        ProcessBuilder builder = new ProcessBuilder("xmllint", "--noout", "--nonet", "--dtdvalid",
                aidaDtd().toString(), file.toString());
        builder.environment().put("XML_CATALOG_FILES", catalog().toString());
        return run(builder);
    }

    /**
     * Runs {@code script} with {@link #PYTHON} and the given arguments; fails the test if NumPy or SciPy
     * is missing or the script exits with an error.
     *
     * @return the standard output of the script
     */
    public static String python(String script, Path workDirectory, String... arguments)
            throws IOException, InterruptedException {
        requireScipy();
        Path scriptFile = Files.createTempFile(workDirectory, "reference", ".py");
        Files.writeString(scriptFile, script, StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), scriptFile.toString()));
        command.addAll(List.of(arguments));
        Result result = run(command);
        if (result.exitCode() != 0) {
            fail("reference Python script failed with exit code " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    private static void requireXmllint() throws InterruptedException {
        try {
            Result version = run(List.of("xmllint", "--version"));
            if (version.exitCode() != 0) {
                fail("xmllint --version failed: " + version.output()
                        + "\nInstall the Debian package libxml2-utils to run this test.");
            }
        } catch (IOException notFound) {
            fail("xmllint not found (" + notFound.getMessage() + "); install the Debian package libxml2-utils"
                    + " to run this test.");
        }
    }

    private static void requireScipy() throws InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            fail(PYTHON + " not found; install the Debian packages python3, python3-numpy and python3-scipy"
                    + " to run this test.");
        }
        try {
            Result check = run(List.of(PYTHON.toString(), "-c", "import numpy, scipy.stats"));
            if (check.exitCode() != 0) {
                fail(PYTHON + " cannot import numpy and scipy.stats:\n" + check.output()
                        + "\nInstall the Debian packages python3-numpy and python3-scipy to run this test.");
            }
        } catch (IOException e) {
            fail("cannot run " + PYTHON + ": " + e.getMessage());
        }
    }

    /** Writes, once per test JVM, an OASIS XML catalog that maps the AIDA DTD URL to the local file. */
    private static synchronized Path catalog() throws IOException {
        if (catalogFile == null) {
            Path file = Files.createTempFile("otusj-aida-catalog", ".xml");
            file.toFile().deleteOnExit();
            String uri = aidaDtd().toUri().toString().replace("&", "&amp;").replace("\"", "&quot;");
            Files.writeString(file, String.join("\n",
                    "<?xml version=\"1.0\"?>",
                    "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">",
                    "  <system systemId=\"" + DTD_URL + "\" uri=\"" + uri + "\"/>",
                    "</catalog>",
                    ""));
            catalogFile = file;
        }
        return catalogFile;
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command));
    }

    private static Result run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", builder.command()) + " timed out after " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
