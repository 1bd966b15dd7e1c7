package org.otusj.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.otusj.aida.testing.SampleFiles;
import org.otusj.view.testing.XwdImage;

/**
 * Checks {@code otusj view} (run here through {@link ViewCommand#main}): without a display it refuses, and on a virtual X server (Xvfb) a screenshot of
 * the root window shows the histograms in the plot colours.
 */
class ViewCommandTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void headlessJvmRefuses() throws Exception {
        // Surefire runs the tests with java.awt.headless=true.
        Path file = SampleFiles.write(dir.resolve("run.aida.gz"), 1, 100, 15);

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream originalErr = System.err;
        int exitCode;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            exitCode = new CommandLine(new ViewCommand()).execute(file.toString());
        } finally {
            System.setErr(originalErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exitCode, message);
        assertTrue(message.contains("no display"), message);
        assertTrue(message.contains("otusj plot"), message);
    }

    @Test
    void windowScreenshotShowsHistograms() throws Exception {
        Path file = SampleFiles.write(dir.resolve("run.aida.gz"), 1, 5000, 15);
        Process xvfb = startXvfb();
        Process viewer = null;
        try {
            String display = ":" + readDisplayNumber(xvfb);
            viewer = startViewer(file, display);
            String startLine = awaitLine(viewer, "Showing ");
            assertTrue(startLine.startsWith("Showing 4 of 5 objects"), startLine);

            BufferedImage screenshot = awaitPlots(display);
            // Kept in the module's build directory (Surefire runs in the module directory) for people to look at.
            Path target = Files.createDirectories(Path.of("target"));
            ImageIO.write(screenshot, "png", target.resolve("view-screenshot.png").toFile());
            assertTrue(count(screenshot, Color.BLACK) < screenshot.getWidth() * screenshot.getHeight() / 2,
                    "the screen is mostly black: no window");
            assertTrue(count(screenshot, AidaWindow.HISTOGRAM_FILL) > 5000, "histogram bars in the fill colour");
            assertTrue(count(screenshot, Color.WHITE) > 100_000, "white plot backgrounds");
        } finally {
            if (viewer != null) {
                viewer.destroy();
                viewer.waitFor(10, TimeUnit.SECONDS);
            }
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts Xvfb on a display number it picks itself, listening on its local socket only. */
    private Process startXvfb() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24",
                "-nolisten", "tcp");
        builder.redirectError(dir.resolve("xvfb.log").toFile());
        try {
            return builder.start();
        } catch (IOException notFound) {
            fail("Xvfb not found (" + notFound.getMessage() + "); install the Debian package xvfb to run this test");
            throw notFound;
        }
    }

    private static String readDisplayNumber(Process xvfb) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.trim().matches("\\d+")) {
            fail("Xvfb did not report a display number, it printed: " + line);
        }
        return line.trim();
    }

    /** Starts {@code otusj view} in a JVM of its own, with a display and without the headless property. */
    private Process startViewer(Path file, String display) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ViewCommand.class.getName(), file.toString(), "--close-after", Long.toString(TIMEOUT_SECONDS)));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectError(dir.resolve("viewer.err").toFile());
        return builder.start();
    }

    private String awaitLine(Process viewer, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(viewer.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        fail("otusj view ended without printing '" + prefix + "'; its errors:\n"
                + Files.readString(dir.resolve("viewer.err")));
        return null;
    }

    /** Takes screenshots until the histogram colour appears, since the plots paint after the window opens. */
    private BufferedImage awaitPlots(String display) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        BufferedImage screenshot;
        do {
            screenshot = screenshot(display);
            if (count(screenshot, AidaWindow.HISTOGRAM_FILL) > 5000) {
                return screenshot;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return screenshot;
    }

    private BufferedImage screenshot(String display) throws Exception {
        Path dump = dir.resolve("screen.xwd");
        ProcessBuilder builder = new ProcessBuilder("xwd", "-root", "-silent", "-display", display, "-out",
                dump.toString());
        builder.redirectErrorStream(true);
        Process xwd;
        try {
            xwd = builder.start();
        } catch (IOException notFound) {
            fail("xwd not found (" + notFound.getMessage() + "); install the Debian package x11-apps to run this test");
            return null;
        }
        String output = new String(xwd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!xwd.waitFor(30, TimeUnit.SECONDS) || xwd.exitValue() != 0) {
            fail("xwd failed: " + output);
        }
        return XwdImage.read(dump);
    }

    private static int count(BufferedImage image, Color color) {
        int rgb = color.getRGB() & 0xffffff;
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }
}
