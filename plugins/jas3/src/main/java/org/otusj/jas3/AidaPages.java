package org.otusj.jas3;

import java.awt.Component;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.swing.SwingUtilities;
import org.freehep.application.studio.Studio;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.compare.ComparisonReport;
import org.otusj.aida.compare.HistogramComparator;
import org.otusj.aida.compare.HistogramComparison;
import org.otusj.aida.compare.Thresholds;
import org.otusj.aida.xml.AidaXmlReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens AIDA files as JAS3 pages: reads them on the reader thread, then builds one page per object on the
 * Swing event thread. Objects the JAS plotter cannot draw are listed on one text page per file.
 */
final class AidaPages {

    private static final Logger LOG = LoggerFactory.getLogger(AidaPages.class);

    private final Studio studio;
    private final Executor readerThread;
    private final ErrorReporter errors;

    AidaPages(Studio studio, Executor readerThread) {
        this.studio = studio;
        this.readerThread = readerThread;
        this.errors = new ErrorReporter(studio);
    }

    /** Reads {@code file} in the background, then opens a page per object; errors go to JAS3's dialog. */
    void openFile(Path file) {
        readerThread.execute(() -> {
            try {
                AidaTree tree = AidaXmlReader.read(file);
                LOG.info("Read {} objects from {}", tree.size(), file);
                SwingUtilities.invokeLater(() -> showTree(file, tree));
            } catch (IOException | RuntimeException unreadable) {
                errors.report("Cannot open AIDA file " + file + ": " + ErrorReporter.describe(unreadable), unreadable);
            }
        });
    }

    /**
     * Reads both files in the background, compares every 1-D histogram they share and opens a page with
     * a ratio panel per pair. Histograms only in one file or binned differently are listed on a text page.
     */
    void openComparison(Path reference, Path candidate) {
        readerThread.execute(() -> {
            try {
                AidaTree referenceTree = AidaXmlReader.read(reference);
                AidaTree candidateTree = AidaXmlReader.read(candidate);
                ComparisonReport report = new HistogramComparator(Thresholds.NONE, false)
                        .compare(referenceTree, candidateTree);
                LOG.info("Compared {} histograms of {} and {}", report.rows().size(), reference, candidate);
                SwingUtilities.invokeLater(() -> showComparison(reference, candidate, report, referenceTree,
                        candidateTree));
            } catch (IOException | RuntimeException failed) {
                errors.report("Cannot compare " + reference + " with " + candidate + ": "
                        + ErrorReporter.describe(failed), failed);
            }
        });
    }

    private void showTree(Path file, AidaTree tree) {
        String fileName = file.getFileName().toString();
        List<String> notShown = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<AidaPath, AidaObject> entry : tree.objects().entrySet()) {
            JasPlots.Result result = plotOrReason(entry.getKey(), entry.getValue());
            if (result.plot() == null) {
                notShown.add(entry.getKey() + ": " + result.reason());
                continue;
            }
            open(result.plot(), fileName + ": " + entry.getKey());
            opened++;
        }
        if (!notShown.isEmpty()) {
            open(TextPage.create("Objects of " + file + " not shown:\n" + String.join("\n", notShown)),
                    fileName + ": not shown");
        }
        LOG.info("Opened {} pages for {}; {} objects not shown", opened, file, notShown.size());
        if (tree.size() == 0) {
            errors.report("AIDA file " + file + " holds no object", null);
        }
    }

    private void showComparison(Path reference, Path candidate, ComparisonReport report, AidaTree referenceTree,
            AidaTree candidateTree) {
        String referenceName = reference.getFileName().toString();
        String candidateName = candidate.getFileName().toString();
        for (HistogramComparison row : report.rows()) {
            Histogram1D h1 = referenceTree.get(row.path().toString(), Histogram1D.class);
            Histogram1D h2 = candidateTree.get(row.path().toString(), Histogram1D.class);
            String title = row.path() + ": " + candidateName + " / " + referenceName;
            try {
                open(ComparisonPage.create(row, h1, h2, referenceName, candidateName), title);
            } catch (RuntimeException rejected) {
                LOG.warn("The JAS plotter cannot draw the comparison of {}", row.path(), rejected);
                open(TextPage.create(row.path() + ": not drawn: " + ErrorReporter.describe(rejected)), title);
            }
        }
        boolean incomplete = !report.onlyInReference().isEmpty() || !report.onlyInCandidate().isEmpty()
                || !report.incompatible().isEmpty();
        if (incomplete || report.rows().isEmpty()) {
            open(TextPage.create("Reference " + reference + "\nCandidate " + candidate + "\n\n" + report.table()),
                    candidateName + " / " + referenceName + ": not compared");
        }
    }

    /** Returns the plot of one object; a plotter error on odd data becomes a reason, not a failed file. */
    private static JasPlots.Result plotOrReason(AidaPath path, AidaObject object) {
        try {
            return JasPlots.plot(path, object);
        } catch (RuntimeException rejected) {
            LOG.warn("The JAS plotter cannot draw {}", path, rejected);
            return JasPlots.Result.skipped(ErrorReporter.describe(rejected));
        }
    }

    private void open(Component page, String title) {
        studio.getPageManager().openPage(page, title, null);
    }
}
