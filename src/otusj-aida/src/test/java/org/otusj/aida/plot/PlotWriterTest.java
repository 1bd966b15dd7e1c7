package org.otusj.aida.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.w3c.dom.Document;

/** Writes each kind of plot through FreeHEP and checks the files: pixels, SVG text and PDF structure. */
class PlotWriterTest {

    @TempDir
    Path tempDir;

    private static Histogram1D gaussian(String title, long seed, double sigma) {
        Histogram1D h = new Histogram1D(title, 30, -60, 60);
        h.setAnnotation(Histogram1D.X_LABEL_KEY, "p_x [GeV]");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5000; i++) {
            h.fill(random.nextGaussian() * sigma);
        }
        return h;
    }

    private static Histogram2D diagonal(long seed, double spread) {
        Histogram2D h = new Histogram2D("transport", 30, -60, 60, 30, -60, 60);
        h.setAnnotation(Histogram2D.X_LABEL_KEY, "generated p_x [GeV]");
        h.setAnnotation(Histogram2D.Y_LABEL_KEY, "reconstructed p_x [GeV]");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 20000; i++) {
            double x = random.nextGaussian() * 20;
            h.fill(x, x + random.nextGaussian() * spread);
        }
        return h;
    }

    @Test
    void comparisonPlotPng() throws Exception {
        ComparisonPlot plot = new ComparisonPlot(gaussian("p_x", 1, 15), gaussian("p_x", 2, 17), "Delphes", "OTUS",
                false);
        Path file = tempDir.resolve("comparison.png");
        PlotWriter.write(plot, file, PlotFormat.PNG);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0, bytes[28], "PNG must not be interlaced");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(count(image, PlotStyle.REFERENCE) > 100, "reference points");
        assertTrue(count(image, PlotStyle.CANDIDATE) > 100, "candidate line");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(5, 5), "white background");
    }

    @Test
    void comparisonPlotSvgHasLabelsAsText() throws Exception {
        ComparisonPlot plot = new ComparisonPlot(gaussian("p_x", 1, 15), gaussian("p_x", 2, 17), "Delphes", "OTUS",
                true);
        Path file = tempDir.resolve("comparison.svg");
        PlotWriter.write(plot, file, PlotFormat.SVG);

        Document svg = parseWithoutDtd(file);
        assertEquals("svg", svg.getDocumentElement().getTagName());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("p_x [GeV]"), "x label with unit");
        assertTrue(text.contains("OTUS / Delphes"), "ratio label");
        assertTrue(text.contains("Normalised entries"), "y label of a shape comparison");

        Histogram1D events = gaussian("p_x", 1, 15);
        events.setAnnotation(Histogram1D.Y_LABEL_KEY, "Events");
        Path labelled = tempDir.resolve("labelled.svg");
        PlotWriter.write(new ComparisonPlot(events, gaussian("p_x", 2, 17), "Delphes", "OTUS", true), labelled,
                PlotFormat.SVG);
        assertTrue(parseWithoutDtd(labelled).getDocumentElement().getTextContent().contains("Events (normalised)"),
                "a file's y label marked as normalised");
        String content = Files.readString(file);
        assertTrue(content.contains("#d62728"), "candidate colour");
        assertTrue(content.contains("#1f3a93"), "reference colour");
    }

    @Test
    void comparisonPlotPdfHasOnePage() throws Exception {
        ComparisonPlot plot = new ComparisonPlot(gaussian("p_x", 1, 15), gaussian("p_x", 2, 17), "Delphes", "OTUS",
                false);
        Path file = tempDir.resolve("comparison.pdf");
        PlotWriter.write(plot, file, PlotFormat.PDF);

        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(content.startsWith("%PDF-1."), content.substring(0, 10));
        assertTrue(content.stripTrailing().endsWith("%%EOF"));
        assertEquals(1, content.split("/Type /Page\\s", -1).length - 1, "one page");
        // The candidate colour (214, 39, 40) / 255 as FreeHEP writes the stroke colour operator.
        assertTrue(content.contains(".83922 .15294 .15686 RG"), "candidate colour");
    }

    @Test
    void markerAtBinCentre() throws Exception {
        Histogram1D h = new Histogram1D("one bin", 4, 0, 4);
        for (int i = 0; i < 4; i++) {
            h.fill(1.5);
        }
        Path file = tempDir.resolve("histogram.png");
        PlotWriter.write(new HistogramPlot(h), file, PlotFormat.PNG);
        BufferedImage image = ImageIO.read(file.toFile());

        // Data box x from 90 over 685 pixels, y from 45 over 453 pixels; y range 0 to 1.15 * (4 + 2) = 6.9.
        int x = (int) Math.round(90 + 1.5 / 4 * 685);
        int y = (int) Math.round(45 + 453 * (1 - 4 / 6.9));
        assertEquals(PlotStyle.REFERENCE.getRGB(), image.getRGB(x, y), "marker at (" + x + ", " + y + ")");
        int errorBarTop = (int) Math.round(45 + 453 * (1 - 6 / 6.9));
        // The error bar is an anti-aliased line of 1.6 pixels, so its pixels are shades of the reference blue.
        Color bar = new Color(image.getRGB(x, errorBarTop + 2));
        assertTrue(bar.getBlue() > bar.getRed() + 20, "top of the error bar is blue: " + bar);
        assertTrue(bar.getBlue() < 250, "top of the error bar is not white: " + bar);
        assertEquals(Color.WHITE.getRGB(), image.getRGB(x, errorBarTop - 10), "above the error bar");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(x - 100, y), "left of bin 1");
    }

    @Test
    void transportPlotShowsBothPanels() throws Exception {
        TransportPlot plot = new TransportPlot(diagonal(3, 3), "OTUS decoder", diagonal(4, 6), "Delphes")
                .withTitle("p_x");
        Path file = tempDir.resolve("transport.png");
        PlotWriter.write(plot, file, PlotFormat.PNG);
        BufferedImage image = ImageIO.read(file.toFile());

        assertEquals(1300, image.getWidth());
        assertTrue(countColoured(image, 90, 620) > 2000, "left panel cells");
        assertTrue(countColoured(image, 620, 1150) > 2000, "right panel cells");
        // The colour bar runs from the palest colour at the bottom to the darkest at the top.
        Color bottom = new Color(image.getRGB(1185, 540));
        Color top = new Color(image.getRGB(1185, 80));
        assertTrue(brightness(bottom) > brightness(top) + 0.4, bottom + " above " + top);
    }

    @Test
    void histogram2DPlotAllFormats() throws Exception {
        List<Path> files = PlotWriter.writeAll(new Histogram2DPlot(diagonal(5, 4)).logarithmic(true), tempDir, "map",
                List.of(PlotFormat.values()));

        assertEquals(List.of(tempDir.resolve("map.png"), tempDir.resolve("map.svg"), tempDir.resolve("map.pdf")), files);
        for (Path file : files) {
            assertTrue(Files.size(file) > 1000, file.toString());
        }
        assertTrue(countColoured(ImageIO.read(files.get(0).toFile()), 90, 620) > 2000);
    }

    @Test
    void failedPaintLeavesNoFile() throws IOException {
        Plot failing = new Plot() {
            @Override
            public Dimension size() {
                return new Dimension(100, 100);
            }

            @Override
            public void paint(Graphics2D g, int width, int height) {
                throw new IllegalStateException("simulated failure while painting");
            }
        };

        for (PlotFormat format : PlotFormat.values()) {
            Path file = tempDir.resolve("failing." + format.extension());
            assertThrows(IllegalStateException.class, () -> PlotWriter.write(failing, file, format));
        }
        try (Stream<Path> files = Files.list(tempDir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void differentBinningRejected() {
        Histogram1D other = new Histogram1D("p_x", 20, -60, 60);

        assertThrows(IllegalArgumentException.class,
                () -> new ComparisonPlot(gaussian("p_x", 1, 15), other, "a", "b", false));
        assertThrows(IllegalArgumentException.class, () -> PlotFormat.fromName("gif"));
        assertFalse(PlotFormat.fromName("SVG") != PlotFormat.SVG);
    }

    private static int count(BufferedImage image, Color color) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (color.getRGB() & 0xffffff)) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Counts pixels with colour (red, green and blue not all equal) in the columns [from, to). */
    private static int countColoured(BufferedImage image, int from, int to) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() != c.getGreen() || c.getGreen() != c.getBlue()) {
                    found++;
                }
            }
        }
        return found;
    }

    private static double brightness(Color color) {
        return Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null)[2];
    }

    private static Document parseWithoutDtd(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
