package org.otusj.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.plot.ComparisonPlot;
import org.otusj.aida.plot.Histogram2DPlot;
import org.otusj.aida.plot.HistogramPlot;
import org.otusj.aida.plot.Plot;
import org.otusj.aida.plot.PlotFormat;
import org.otusj.aida.plot.PlotWriter;
import org.otusj.aida.xml.AidaXmlReader;
import org.otusj.app.aida.OutputNames;
import org.otusj.app.aida.PlotFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otusj plot FILE [CANDIDATE] -o DIR}: writes one image per histogram of an AIDA file, or per
 * histogram two files share, drawn over each other with a ratio panel.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, description = {
    "Plot the histograms of an AIDA file: 1-D histograms and converted clouds with error bars, 2-D histograms as"
            + " colour maps. With a second file, plot each 1-D histogram the files share over each other with"
            + " a ratio panel (second / first).",
    "One file per object and format in DIR, named after the object path (/Electrons/px -> Electrons_px.png)."})
final class PlotCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "AIDA file to plot, the reference with a second file.")
    private Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CANDIDATE",
            description = "Optional second AIDA file to compare with FILE.")
    private Path candidate;

    @Option(names = {"-o", "--output-dir"}, required = true, paramLabel = "DIR",
            description = "Directory for the images; created if missing.")
    private Path outputDirectory;

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = "png", converter = PlotFormats.class,
            description = "Image formats, comma-separated: png, svg, pdf (default: png).")
    private List<PlotFormat> formats;

    @Option(names = "--shape", description = "With two files, normalise both histograms to unit in-range area.")
    private boolean shape;

    @Option(names = "--log", description = "Use a logarithmic colour scale for 2-D histograms.")
    private boolean logarithmic;

    @Option(names = "--reference-label", paramLabel = "TEXT", defaultValue = "reference",
            description = "Legend text of FILE with two files (default: reference).")
    private String referenceLabel;

    @Option(names = "--candidate-label", paramLabel = "TEXT", defaultValue = "candidate",
            description = "Legend text of CANDIDATE (default: candidate).")
    private String candidateLabel;

    @Override
    public Integer call() {
        AidaTree tree;
        AidaTree other = null;
        try {
            tree = AidaXmlReader.read(file);
            if (candidate != null) {
                other = AidaXmlReader.read(candidate);
            }
        } catch (IOException unreadable) {
            System.err.println("otusj plot: " + unreadable.getMessage());
            return 2;
        }

        int written = 0;
        try {
            Files.createDirectories(outputDirectory);
            for (Map.Entry<AidaPath, AidaObject> entry : tree.objects().entrySet()) {
                Plot plot = other == null
                        ? plotOf(entry.getValue())
                        : comparisonOf(entry.getKey(), entry.getValue(), other);
                if (plot == null) {
                    continue;
                }
                PlotWriter.writeAll(plot, outputDirectory, OutputNames.baseName(entry.getKey()), formats);
                written++;
            }
        } catch (IOException failed) {
            System.err.println("otusj plot: cannot write to " + outputDirectory + ": " + failed.getMessage());
            return 1;
        }
        System.out.println("Wrote " + written + " plots in " + formats + " to " + outputDirectory);
        return 0;
    }

    private Plot plotOf(AidaObject object) {
        if (object instanceof Histogram1D) {
            return new HistogramPlot((Histogram1D) object);
        }
        if (object instanceof Cloud1D && ((Cloud1D) object).isConverted()) {
            return new HistogramPlot(((Cloud1D) object).histogram());
        }
        if (object instanceof Histogram2D) {
            return new Histogram2DPlot((Histogram2D) object).logarithmic(logarithmic);
        }
        return null;
    }

    private Plot comparisonOf(AidaPath path, AidaObject object, AidaTree other) {
        if (!(object instanceof Histogram1D)) {
            return null;
        }
        AidaObject match = other.find(path.toString()).orElse(null);
        if (!(match instanceof Histogram1D)) {
            System.err.println("otusj plot: " + path + " is not a 1-D histogram in " + candidate + "; not plotted");
            return null;
        }
        try {
            return new ComparisonPlot((Histogram1D) object, (Histogram1D) match, referenceLabel, candidateLabel, shape);
        } catch (IllegalArgumentException incompatible) {
            System.err.println("otusj plot: " + path + " not plotted: " + incompatible.getMessage());
            return null;
        }
    }
}
