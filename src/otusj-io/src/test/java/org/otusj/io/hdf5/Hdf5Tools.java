package org.otusj.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command-line tools of the HDF5 C library (Debian package hdf5-tools), the independent
 * reference of the HDF5 tests: {@code h5dump} reads what otusj wrote, {@code h5import} writes files that
 * otusj reads. A missing tool fails the test with the package to install, never skips it.
 */
final class Hdf5Tools {

    private static final long TIMEOUT_SECONDS = 60;

    private Hdf5Tools() {
    }

    /** Exit code and combined standard output and error of one command. */
    record Result(int exitCode, String output) {
    }

    /**
     * Dumps {@code file} with {@code h5dump -m %.17g}, which prints every floating-point value with 17
     * significant digits, enough to give back the exact double, and fails the test if h5dump cannot read
     * the file.
     */
    static H5DumpOutput dump(Path file) throws IOException, InterruptedException {
        Result result = h5dump(file);
        if (result.exitCode() != 0) {
            fail("h5dump failed on " + file + " with exit code " + result.exitCode() + ":\n" + result.output());
        }
        return H5DumpOutput.parse(result.output());
    }

    /** Runs {@code h5dump -m %.17g FILE} and returns its result whatever the exit code. */
    static Result h5dump(Path file) throws IOException, InterruptedException {
        return run(List.of("h5dump", "-m", "%.17g", file.toString()));
    }

    /**
     * Writes a dataset of 64-bit little-endian floats with {@code h5import}, stored chunked and
     * deflate-compressed as h5py and other writers based on the C library often store them.
     *
     * @param rows the values, {@code [N, D]}
     * @param chunkRows rows per chunk
     */
    static void importDoubles(Path file, String dataset, double[][] rows, int chunkRows)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory(file.getParent(), "h5import");
        StringBuilder text = new StringBuilder();
        for (double[] row : rows) {
            for (double value : row) {
                text.append(Double.toString(value)).append(' ');
            }
            text.append('\n');
        }
        Path input = Files.writeString(directory.resolve("values.txt"), text, StandardCharsets.US_ASCII);
        Path configuration = Files.writeString(directory.resolve("h5import.conf"), String.join("\n",
                "PATH " + dataset,
                "INPUT-CLASS TEXTFP",
                "INPUT-SIZE 64",
                "RANK 2",
                "DIMENSION-SIZES " + rows.length + " " + rows[0].length,
                "OUTPUT-CLASS FP",
                "OUTPUT-SIZE 64",
                "OUTPUT-ARCHITECTURE IEEE",
                "OUTPUT-BYTE-ORDER LE",
                "CHUNKED-DIMENSION-SIZES " + chunkRows + " " + rows[0].length,
                "COMPRESSION-TYPE GZIP",
                "COMPRESSION-PARAM 6",
                ""), StandardCharsets.US_ASCII);

        Result result = run(List.of("h5import", input.toString(), "-c", configuration.toString(), "-o", file.toString()));
        assertEquals(0, result.exitCode(), "h5import failed:\n" + result.output());
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notFound) {
            fail(command.get(0) + " not found (" + notFound.getMessage() + "); install the Debian package "
                    + "hdf5-tools to run this test.");
            throw notFound;
        }
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " timed out after " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Returns the file names in {@code directory}, sorted. */
    static List<String> fileNames(Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        try (var entries = Files.list(directory)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }
}
