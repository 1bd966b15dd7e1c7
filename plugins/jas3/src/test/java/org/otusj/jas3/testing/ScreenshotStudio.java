package org.otusj.jas3.testing;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GridLayout;
import java.awt.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.border.TitledBorder;
import org.freehep.application.studio.Plugin;

/**
 * The main class of the screenshot test's JVM. It shows every page the plugin opens in a grid of one
 * window, loads the plugin from the class name in its descriptor, and runs one steering file and one
 * comparison through the plugin. On standard output it prints a line per page as it opens; once all are
 * shown, the screen bounds and label texts of every page, then {@code READY}. It exits after a minute
 * unless it is ended first.
 *
 * <p>Arguments: the steering file, the reference and the candidate AIDA file, the number of pages the
 * steering file's run opens (its run page included).
 */
public final class ScreenshotStudio {

    private static final int COLUMNS = 4;
    private static final int ROWS = 2;

    private ScreenshotStudio() {
    }

    /** Runs the screenshot scene; see the class description. */
    public static void main(String[] args) throws Throwable {
        Path steering = Path.of(args[0]);
        Path reference = Path.of(args[1]);
        Path candidate = Path.of(args[2]);
        int runPages = Integer.parseInt(args[3]);

        JPanel grid = new JPanel(new GridLayout(ROWS, COLUMNS, 4, 4));
        grid.setBackground(Color.DARK_GRAY);
        List<String> titles = new ArrayList<>();
        CountDownLatch runDone = new CountDownLatch(runPages);
        CountDownLatch allDone = new CountDownLatch(runPages + 1);
        TestStudio studio = new TestStudio((title, page) -> {
            JPanel cell = new JPanel(new java.awt.BorderLayout());
            cell.setName(title);
            cell.setBorder(new TitledBorder(title));
            cell.add(page);
            grid.add(cell);
            grid.revalidate();
            titles.add(title);
            System.out.println("PAGE " + title);
            runDone.countDown();
            allDone.countDown();
        });

        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = new JFrame("otusj JAS3 plugin pages");
            frame.setUndecorated(true);
            frame.setContentPane(grid);
            frame.setBounds(0, 0, 1600, 1000);
            frame.setVisible(true);
        });

        Plugin plugin = (Plugin) Class.forName(PluginFolder.fromSystemProperties().pluginClassName())
                .getConstructor().newInstance();
        studio.load(plugin);
        org.otusj.jas3.OtusjPlugin otusj = (org.otusj.jas3.OtusjPlugin) plugin;

        otusj.runSteeringFile(steering);
        await(runDone, "the run's pages", studio);
        otusj.openComparison(reference, candidate);
        await(allDone, "the comparison page", studio);

        // Let the plotter paint, then report what is where.
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> report(grid));
        for (TestStudio.Error error : studio.errors()) {
            System.out.println("ERROR " + error.message());
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(TimeUnit.SECONDS.toMillis(60));
        System.exit(0);
    }

    private static void await(CountDownLatch latch, String what, TestStudio studio) throws InterruptedException {
        if (!latch.await(60, TimeUnit.SECONDS)) {
            System.out.println("TIMEOUT waiting for " + what + "; errors: " + studio.errors());
            System.exit(1);
        }
    }

    /** Prints the screen bounds of every page and the texts of its labels. */
    private static void report(Container grid) {
        for (Component cell : grid.getComponents()) {
            Component page = ((Container) cell).getComponent(0);
            Point origin = page.getLocationOnScreen();
            System.out.println("BOUNDS " + origin.x + " " + origin.y + " " + page.getWidth() + " " + page.getHeight()
                    + " " + cell.getName());
            printLabels(page, cell.getName());
        }
    }

    private static void printLabels(Component component, String title) {
        if (component instanceof JLabel label) {
            System.out.println("LABEL " + title + " | " + label.getText());
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                printLabels(child, title);
            }
        }
    }
}
