package org.otusj.aida.plot;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.freehep.graphics2d.VectorGraphics;
import org.freehep.graphicsio.ImageGraphics2D;
import org.freehep.graphicsio.PageConstants;
import org.freehep.graphicsio.pdf.PDFGraphics2D;
import org.freehep.graphicsio.svg.SVGGraphics2D;
import org.otusj.aida.io.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link Plot} as PNG, SVG or PDF through FreeHEP VectorGraphics 2.4, via a temporary file that
 * replaces the target only when complete.
 *
 * <p>PNG files are written non-interlaced on white; FreeHEP's default is interlaced and transparent. SVG
 * files keep labels as text elements; PDF files draw them as shapes, so they need no fonts. PDF
 * files put the figure on an A4 page, scaled to fit inside 20-point margins and turned to landscape for a
 * figure wider than high, because FreeHEP 2.4 ignores a custom page size.
 */
public final class PlotWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PlotWriter.class);

    private static final String PNG_KEY = "org.freehep.graphicsio.png.";
    private static final String TEXT_AS_SHAPES = "org.freehep.graphicsio.AbstractVectorGraphicsIO.TEXT_AS_SHAPES";

    private PlotWriter() {
    }

    /**
     * Writes {@code plot} to {@code file} in {@code format}.
     *
     * @throws IOException if the directory does not exist or writing fails; no partial file is left
     */
    public static void write(Plot plot, Path file, PlotFormat format) throws IOException {
        Dimension size = plot.size();
        AtomicFile.write(file, out -> {
            VectorGraphics g = create(format, out, size);
            g.setProperties(properties(format, size));
            g.startExport();
            plot.paint(g, size.width, size.height);
            g.endExport();
        });
        LOG.debug("Wrote plot {}", file);
    }

    /**
     * Writes {@code plot} as {@code directory/baseName.<extension>} in each format.
     *
     * @return the files written, in the order of {@code formats}
     */
    public static List<Path> writeAll(Plot plot, Path directory, String baseName, Collection<PlotFormat> formats)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (PlotFormat format : formats) {
            Path file = directory.resolve(baseName + "." + format.extension());
            write(plot, file, format);
            files.add(file);
        }
        return files;
    }

    private static VectorGraphics create(PlotFormat format, OutputStream out, Dimension size) {
        switch (format) {
            case SVG:
                return new SVGGraphics2D(out, size);
            case PDF:
                return new PDFGraphics2D(out, size);
            case PNG:
            default:
                return new ImageGraphics2D(out, size, "png");
        }
    }

    private static Properties properties(PlotFormat format, Dimension size) {
        Properties properties = new Properties();
        switch (format) {
            case PNG:
                properties.setProperty(PNG_KEY + "Progressive", "false");
                properties.setProperty(PNG_KEY + "Transparent", "false");
                properties.setProperty(PNG_KEY + "Background", "true");
                properties.setProperty(PNG_KEY + "BackgroundColor", "255, 255, 255, 255");
                break;
            case PDF:
                properties.setProperty(PDFGraphics2D.PAGE_SIZE, PageConstants.A4);
                properties.setProperty(PDFGraphics2D.ORIENTATION,
                        size.width > size.height ? PageConstants.LANDSCAPE : PageConstants.PORTRAIT);
                properties.setProperty(PDFGraphics2D.FIT_TO_PAGE, "true");
                properties.setProperty(PDFGraphics2D.TRANSPARENT, "false");
                properties.setProperty(PDFGraphics2D.TITLE, "otusj plot");
                break;
            case SVG:
            default:
                properties.setProperty(SVGGraphics2D.TITLE, "otusj plot");

                // Labels stay text elements, which viewers can search and select.
                properties.setProperty(TEXT_AS_SHAPES, "false");
                break;
        }
        return properties;
    }
}
