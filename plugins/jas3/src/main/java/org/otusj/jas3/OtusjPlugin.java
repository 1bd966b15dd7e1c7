package org.otusj.jas3;

import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.filechooser.FileFilter;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.freehep.application.studio.Plugin;
import org.freehep.application.studio.Studio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The otusj plugin for JAS3. Its "otusj" menu runs a steering file in the background and opens the AIDA
 * files the run writes, opens an AIDA file, and compares two AIDA files. Its file handler lets File &gt;
 * Open show otusj AIDA files too. Histograms are drawn with the JAS plotter, one page each.
 *
 * <p>Chains run one at a time on a background thread, and AIDA files are read on another, never on the
 * Swing event thread. Both threads use the plugin's class loader as context class loader, so that
 * ServiceLoader finds the otusj processors and DJL finds its engine in the plugin's jars.
 */
public final class OtusjPlugin extends Plugin {

    /** Position of the otusj menu among JAS3's menus. */
    // NOTE: chosen without JAS3's own menu numbers at hand; JAS3 orders its menu bar by this value.
    static final long MENU_SORT_ORDER = 5000;

    /** Text of the menu and of its items, which the loader test checks. */
    static final String MENU_TEXT = "otusj";
    static final String RUN_ITEM_TEXT = "Run steering file\u2026";
    static final String OPEN_ITEM_TEXT = "Open AIDA file\u2026";
    static final String COMPARE_ITEM_TEXT = "Compare AIDA files\u2026";

    private static final Logger LOG = LoggerFactory.getLogger(OtusjPlugin.class);

    private ExecutorService runThread;
    private ExecutorService fileThread;
    private AidaPages pages;
    private RunLauncher launcher;
    private AidaFileHandler fileHandler;
    private File lastDirectory;

    /** Creates the plugin; JAS3 calls this constructor. */
    public OtusjPlugin() {
    }

    /** Keeps DJL offline, starts the background threads, registers the file handler and adds the menu. */
    @Override
    protected void init() {
        // DJL must never reach the network: no engine download, no usage tracking.
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");

        ClassLoader pluginLoader = OtusjPlugin.class.getClassLoader();
        runThread = Executors.newSingleThreadExecutor(new BackgroundThreads("otusj-run", pluginLoader));
        fileThread = Executors.newSingleThreadExecutor(new BackgroundThreads("otusj-aida-reader", pluginLoader));

        Studio studio = getApplication();
        pages = new AidaPages(studio, fileThread);
        launcher = new RunLauncher(studio, runThread, pages);
        fileHandler = new AidaFileHandler(pages);
        studio.getLookup().add(fileHandler);
        addMenu(createMenu(), MENU_SORT_ORDER);
        LOG.info("otusj plugin loaded: file handler for .aida and .aida.gz files registered");
    }

    /** Returns true: the plugin stops its runs and removes its file handler in {@link #shutdown}. */
    @Override
    public boolean canBeShutDown() {
        return true;
    }

    /** Removes the file handler, requests a stop of every queued or running chain, and ends the threads. */
    @Override
    protected void shutdown() {
        if (fileHandler != null) {
            getApplication().getLookup().remove(fileHandler);
            fileHandler = null;
        }
        if (launcher != null) {
            launcher.stopAll();
        }
        if (runThread != null) {
            runThread.shutdown();
            fileThread.shutdownNow();
        }
        LOG.info("otusj plugin shut down");
    }

    /** Runs {@code steeringFile} in the background; its progress and histograms open as pages. */
    public void runSteeringFile(Path steeringFile) {
        launcher.launch(steeringFile);
    }

    /** Reads {@code file} in the background and opens a page per histogram. */
    public void openAidaFile(Path file) {
        pages.openFile(file);
    }

    /** Reads both files in the background and opens a page with a ratio panel per shared 1-D histogram. */
    public void openComparison(Path reference, Path candidate) {
        pages.openComparison(reference, candidate);
    }

    private JMenu createMenu() {
        JMenu menu = new JMenu(MENU_TEXT);
        JMenuItem run = new JMenuItem(RUN_ITEM_TEXT);
        run.addActionListener(event -> chooseFile("Run otusj steering file",
                new FileNameExtensionFilter("otusj steering files (*.xml)", "xml"))
                .ifPresent(this::runSteeringFile));
        menu.add(run);

        JMenuItem open = new JMenuItem(OPEN_ITEM_TEXT);
        open.addActionListener(event -> chooseFile("Open AIDA file", new AidaFileFilter())
                .ifPresent(this::openAidaFile));
        menu.add(open);

        JMenuItem compare = new JMenuItem(COMPARE_ITEM_TEXT);
        compare.addActionListener(event -> chooseFile("Reference AIDA file", new AidaFileFilter())
                .ifPresent(reference -> chooseFile("Candidate AIDA file, compared with " + reference.getFileName(),
                        new AidaFileFilter())
                        .ifPresent(candidate -> openComparison(reference, candidate))));
        menu.add(compare);
        return menu;
    }

    /** Shows a file chooser on the Swing event thread; returns the chosen file, or empty if cancelled. */
    private Optional<Path> chooseFile(String title, FileFilter filter) {
        JFileChooser chooser = new JFileChooser(lastDirectory);
        chooser.setDialogTitle(title);
        chooser.setFileFilter(filter);
        Window parent = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        File chosen = chooser.getSelectedFile();
        lastDirectory = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
