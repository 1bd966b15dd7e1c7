package org.otusj.jas3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.view.AidaWindow;
import org.otusj.jas3.testing.AidaSamples;
import org.otusj.jas3.testing.LheExample;
import org.otusj.jas3.testing.PluginFolder;
import org.otusj.jas3.testing.ScreenshotStudio;
import org.otusj.view.testing.XwdImage;

/**
 * Runs the plugin from the built folder on a virtual X server (Xvfb) in a JVM of its own: a steering file
 * run whose five histograms open as pages, and a comparison page with its ratio panel. A screenshot of the
 * root window taken with {@code xwd} must show each page in the colours the pages draw with.
 */
class PluginScreenshotIT {

    private static final List<String> HISTOGRAMS = List.of("positron_px", "positron_py", "positron_pz", "positron_e",
            "pair_mass");

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void pagesShowHistogramsAndRatioPanel() throws Exception {
        Path steering = LheExample.writeSteering(dir.resolve("zee.xml"), dir.resolve("out"), 40, "zee.aida.gz");
        Path reference = AidaSamples.writePx(dir.resolve("reference.aida.gz"), 1, 20000, 20);
        Path candidate = AidaSamples.writePx(dir.resolve("candidate.aida.gz"), 2, 20000, 23);

        Process xvfb = startXvfb();
        Process studio = null;
        try {
            String display = ":" + readDisplayNumber(xvfb);
            studio = startStudio(display, steering, reference, candidate, 1 + HISTOGRAMS.size());
            List<String> lines = awaitReady(studio);

            BufferedImage screenshot = screenshot(display);
            Path target = Files.createDirectories(Path.of("target"));
            ImageIO.write(screenshot, "png", target.resolve("jas3-screenshot.png").toFile());
            checkScreen(lines, screenshot);
        } finally {
            if (studio != null) {
                studio.destroy();
                studio.waitFor(10, TimeUnit.SECONDS);
            }
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void checkScreen(List<String> lines, BufferedImage screenshot) {
        Map<String, Rectangle> pages = bounds(lines);
        List<String> errors = lines.stream().filter(line -> line.startsWith("ERROR ")).toList();
        assertEquals(List.of(), errors);
        assertEquals(1 + HISTOGRAMS.size() + 1, pages.size(), "pages: " + pages.keySet());

        assertTrue(lines.contains("LABEL otusj run: zee.xml | Finished: 40 events read, 40 passed every processor, in "
                + runSeconds(lines) + " s"), "run page status: " + lines);
        for (String histogram : HISTOGRAMS) {
            String title = "zee.aida.gz: /MCParticles/" + histogram;
            Rectangle page = pages.get(title);
            assertTrue(page != null, "no page " + title + " in " + pages.keySet());
            assertTrue(count(screenshot, page, AidaWindow.HISTOGRAM_FILL) > 300,
                    title + ": histogram bars in the fill colour");
            assertTrue(count(screenshot, page, Color.WHITE) > page.width * page.height / 4,
                    title + ": white background");
        }

        Rectangle comparison = pages.get("/Electrons/positron_px: candidate.aida.gz / reference.aida.gz");
        assertTrue(comparison != null, "no comparison page in " + pages.keySet());
        Rectangle upper = new Rectangle(comparison.x, comparison.y, comparison.width, comparison.height * 6 / 10);
        Rectangle lower = new Rectangle(comparison.x, comparison.y + comparison.height * 7 / 10, comparison.width,
                comparison.height * 3 / 10);
        assertTrue(count(screenshot, upper, AidaWindow.HISTOGRAM_FILL) > 1000, "reference bars above");
        assertTrue(count(screenshot, upper, JasPlots.CANDIDATE_LINE) > 100, "candidate outline above");
        assertTrue(count(screenshot, lower, JasPlots.POINTS) > 100, "ratio points in the panel below");
        assertEquals(0, count(screenshot, lower, AidaWindow.HISTOGRAM_FILL), "no histogram bars in the ratio panel");
        String header = "LABEL /Electrons/positron_px: candidate.aida.gz / reference.aida.gz"
                + " | <html>/Electrons/positron_px<br>chi2/ndf = ";
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(header)),
                "comparison statistics above the plot: " + lines);
    }

    /** Returns the seconds of the run as its status line prints them, taken from that line. */
    private static String runSeconds(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("LABEL otusj run: zee.xml | Finished")) {
                return line.substring(line.lastIndexOf("in ") + 3, line.length() - 2);
            }
        }
        return "?";
    }

    private static Map<String, Rectangle> bounds(List<String> lines) {
        Map<String, Rectangle> pages = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("BOUNDS ")) {
                String[] fields = line.split(" ", 6);
                pages.put(fields[5], new Rectangle(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                        Integer.parseInt(fields[3]), Integer.parseInt(fields[4])));
            }
        }
        return pages;
    }

    /** Starts Xvfb on a display number it picks itself, on its local socket only. */
    private Process startXvfb() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24",
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

    /**
     * Starts {@link ScreenshotStudio} with the jars of the plugin folder, the JAS3 API stand-ins and the test
     * classes on its class path, a display and no headless property.
     */
    private Process startStudio(String display, Path steering, Path reference, Path candidate, int runPages)
            throws IOException {
        PluginFolder folder = PluginFolder.fromSystemProperties();
        List<String> classPath = new ArrayList<>();
        for (String jar : folder.listedFiles()) {
            classPath.add(folder.directory().resolve(jar).toString());
        }
        classPath.add(PluginFolder.apiLocation().toString());
        classPath.add(Path.of(ScreenshotStudio.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-cp", String.join(File.pathSeparator, classPath),
                "-Dai.djl.offline=true", "-DOPT_OUT_TRACKING=true",
                "-Djas3.plugin.dir=" + folder.directory(), "-Djas3.plugin.jar=" + folder.pluginJar().getFileName(),
                ScreenshotStudio.class.getName(), steering.toString(), reference.toString(), candidate.toString(),
                Integer.toString(runPages));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("OPT_OUT_TRACKING", "true");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectError(dir.resolve("studio.err").toFile());
        return builder.start();
    }

    private List<String> awaitReady(Process studio) throws Exception {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(studio.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.equals("READY")) {
                        return;
                    }
                }
            } catch (IOException ended) {
                // The studio ended; the check below reports what it printed.
            }
        });
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        synchronized (lines) {
            if (!lines.contains("READY")) {
                fail("the studio did not get ready; it printed " + lines + "\nand on standard error:\n"
                        + Files.readString(dir.resolve("studio.err")));
            }
            return List.copyOf(lines);
        }
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

    private static int count(BufferedImage image, Rectangle area, Color color) {
        int rgb = color.getRGB() & 0xffffff;
        Rectangle clipped = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int found = 0;
        for (int y = clipped.y; y < clipped.y + clipped.height; y++) {
            for (int x = clipped.x; x < clipped.x + clipped.width; x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }
}
