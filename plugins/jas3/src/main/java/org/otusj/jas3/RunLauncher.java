package org.otusj.jas3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.swing.SwingUtilities;
import org.freehep.application.studio.Studio;
import org.otusj.core.steering.SteeringException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts runs of steering files: opens a {@link RunPage}, runs the chain on the run thread (one run at a
 * time, later ones wait), updates the page through {@link SwingUtilities#invokeLater}, opens the AIDA
 * files the run wrote, and reports failures in JAS3's error dialog.
 */
final class RunLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);

    private final Studio studio;
    private final Executor runThread;
    private final AidaPages pages;
    private final ErrorReporter errors;
    private final Set<ChainRun> active = ConcurrentHashMap.newKeySet();

    RunLauncher(Studio studio, Executor runThread, AidaPages pages) {
        this.studio = studio;
        this.runThread = runThread;
        this.pages = pages;
        this.errors = new ErrorReporter(studio);
    }

    /** Opens the run's page and queues the run; may be called from any thread. */
    void launch(Path steeringFile) {
        ChainRun run = new ChainRun(steeringFile);
        active.add(run);
        SwingUtilities.invokeLater(() -> {
            RunPage page = new RunPage(run);
            studio.getPageManager().openPage(page, "otusj run: " + steeringFile.getFileName(), null);
            runThread.execute(() -> execute(run, page));
        });
    }

    /** Asks every queued or running chain to stop after its current event. */
    void stopAll() {
        for (ChainRun run : active) {
            run.requestStop();
        }
    }

    /** Runs on the run thread. */
    private void execute(ChainRun run, RunPage page) {
        Path file = run.steeringFile();
        try {
            LOG.info("Running steering file {}", file);
            SwingUtilities.invokeLater(page::markRunning);
            RunResult result = run.run();
            LOG.info("Run of {} ended: {} events read, {} AIDA files written in {}", file,
                    result.summary().eventsRead(), result.aidaFiles().size(), result.outputDirectory());
            SwingUtilities.invokeLater(() -> page.markFinished(result));
            for (Path aidaFile : result.aidaFiles()) {
                pages.openFile(aidaFile);
            }
        } catch (SteeringException invalid) {
            fail(page, "Invalid steering file " + file + ", nothing was run:\n" + invalid.getMessage(), invalid);
        } catch (IOException | RuntimeException | LinkageError failed) {
            // LinkageError: a class or native library missing from the plugin folder.
            fail(page, "The run of " + file + " failed: " + ErrorReporter.describe(failed), failed);
        } finally {
            active.remove(run);
        }
    }

    private void fail(RunPage page, String message, Throwable cause) {
        SwingUtilities.invokeLater(() -> page.markFailed(message));
        errors.report(message, cause);
    }
}
