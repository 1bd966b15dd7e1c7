package org.otusj.jas3;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.Timer;

/**
 * The JAS3 page of one run. While the run goes on, it shows the steering file, a progress bar with the
 * events read, the elapsed time and a Stop button. Afterwards it shows the outcome, the timing table and
 * the AIDA files opened. A Swing timer reads the run's counters twice a second. Call every method on the
 * Swing event thread.
 */
final class RunPage extends JPanel {

    private static final int REFRESH_MILLIS = 500;

    private final ChainRun run;
    private final JLabel status = new JLabel("Waiting for the previous run to end");
    private final JProgressBar progress = new JProgressBar();
    private final JButton stop = new JButton("Stop");
    private final JTextArea report = new JTextArea(16, 80);
    private final Timer refresh;

    RunPage(ChainRun run) {
        super(new BorderLayout());
        this.run = run;
        this.refresh = new Timer(REFRESH_MILLIS, event -> showProgress());

        JPanel top = new JPanel(new GridLayout(0, 1, 4, 4));
        top.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        top.add(new JLabel("Steering file: " + run.steeringFile().toAbsolutePath()));
        top.add(status);
        progress.setStringPainted(true);
        progress.setString("");
        top.add(progress);
        stop.addActionListener(event -> {
            run.requestStop();
            stop.setEnabled(false);
            status.setText("Stopping after the current event; the outputs are still written");
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        buttons.add(stop);
        top.add(buttons);
        add(top, BorderLayout.NORTH);

        report.setEditable(false);
        report.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        add(new JScrollPane(report), BorderLayout.CENTER);
    }

    /** Shows that the run has started and starts refreshing the progress. */
    void markRunning() {
        status.setText("Running");
        progress.setIndeterminate(true);
        refresh.start();
    }

    /** Shows the outcome of a completed run. */
    void markFinished(RunResult result) {
        refresh.stop();
        stop.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setMaximum(100);
        progress.setValue(100);
        progress.setString(result.summary().eventsRead() + " events");
        String how = result.stoppedByUser() ? "Stopped" : "Finished";
        status.setText(String.format(Locale.ROOT, "%s: %d events read, %d passed every processor, in %.1f s", how,
                result.summary().eventsRead(), result.summary().eventsPassed(), result.summary().seconds()));

        StringBuilder text = new StringBuilder();
        text.append("Output directory: ").append(result.outputDirectory()).append('\n');
        if (result.aidaFiles().isEmpty()) {
            text.append("The run wrote no AIDA file (*.aida, *.aida.gz) in the output directory.\n");
        } else {
            text.append("AIDA files written, each opened as pages:\n");
            for (Path file : result.aidaFiles()) {
                text.append("  ").append(file).append('\n');
            }
        }
        text.append('\n').append(result.summary().timingTable());
        report.setText(text.toString());
        report.setCaretPosition(0);
    }

    /** Shows that the run failed or was not started, with {@code message}. */
    void markFailed(String message) {
        refresh.stop();
        stop.setEnabled(false);
        progress.setIndeterminate(false);
        progress.setString("failed");
        status.setText("Failed; see the error message");
        report.setText(message);
        report.setCaretPosition(0);
    }

    /** Returns the status line, for tests. */
    String statusText() {
        return status.getText();
    }

    private void showProgress() {
        long read = run.eventsRead();
        long expected = run.expectedEvents();
        String elapsed = String.format(Locale.ROOT, "%.1f s", run.elapsedSeconds());
        if (expected > 0) {
            progress.setIndeterminate(false);
            progress.setMaximum(100);
            progress.setValue((int) Math.min(100, 100 * read / expected));
            progress.setString(read + " of " + expected + " events");
        } else {
            progress.setString(read + " events");
        }
        if (stop.isEnabled()) {
            status.setText("Running: " + read + " events read, " + elapsed);
        }
    }
}
