package org.otusj.view;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.otusj.aida.AidaTree;
import org.otusj.aida.xml.AidaXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otusj view FILE}: shows the histograms of an AIDA file in a window drawn by the JAS plotter, and
 * returns when the window is closed.
 */
@Command(name = "view", mixinStandardHelpOptions = true, description = "Show the histograms, profiles and clouds of an AIDA file in a window"
        + " (JAS plotter). Needs a display; use 'otusj plot' to write image files instead.")
public final class ViewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "AIDA file, gzip-compressed or plain.")
    private Path file;

    @Option(names = "--close-after", paramLabel = "SECONDS", defaultValue = "0",
            description = "Close the window after this many seconds, for demonstrations and tests;"
                    + " 0 (the default) keeps it open until it is closed.")
    private double closeAfterSeconds;

    /** Runs the view on its own, without the rest of the otusj command line. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new ViewCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("otusj view: no display (java.awt.headless is set or DISPLAY is not); set DISPLAY, or"
                    + " write image files with 'otusj plot " + file + " -o DIRECTORY'");
            return 2;
        }
        AidaTree tree;
        try {
            tree = AidaXmlReader.read(file);
        } catch (IOException unreadable) {
            System.err.println("otusj view: " + unreadable.getMessage());
            return 2;
        }

        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<AidaWindow> window = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> window.set(open(tree, closed)));
        } catch (InvocationTargetException failed) {
            System.err.println("otusj view: cannot open the window: " + failed.getCause());
            return 1;
        }

        AidaWindow opened = window.get();
        System.out.println("Showing " + opened.plotted() + " of " + tree.size() + " objects of " + file);
        for (String skipped : opened.skipped()) {
            System.out.println("Not shown: " + skipped);
        }
        System.out.flush();
        closed.await();
        return 0;
    }

    private AidaWindow open(AidaTree tree, CountDownLatch closed) {
        AidaWindow window = AidaWindow.create("otusj view: " + file.getFileName(), tree);
        window.frame().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent event) {
                closed.countDown();
            }
        });
        if (closeAfterSeconds > 0) {
            int delayMillis = (int) Math.min(Integer.MAX_VALUE, Math.round(closeAfterSeconds * 1000));
            Timer timer = new Timer(delayMillis, event -> window.frame().dispose());
            timer.setRepeats(false);
            timer.start();
        }
        window.frame().setLocation(0, 0);
        window.frame().setVisible(true);
        return window;
    }
}
