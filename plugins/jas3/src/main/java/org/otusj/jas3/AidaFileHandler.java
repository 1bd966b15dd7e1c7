package org.otusj.jas3;

import java.io.File;
import java.io.IOException;
import javax.swing.filechooser.FileFilter;
import org.freehep.jas.services.FileHandler;

/**
 * Opens AIDA files written by otusj from JAS3's File &gt; Open, also where JAS3's own AIDA plugin is not
 * installed: each histogram, profile, cloud and 2-D data point set becomes a page drawn by the JAS plotter.
 * Files are recognised by content ({@link AidaFileDetector}); the chooser filter offers {@code .aida} and
 * {@code .aida.gz} names.
 */
public final class AidaFileHandler implements FileHandler {

    private final AidaPages pages;

    AidaFileHandler(AidaPages pages) {
        this.pages = pages;
    }

    /**
     * Returns true if {@code file} is AIDA XML, plain or gzip-compressed.
     *
     * @throws IOException if the file cannot be read
     */
    @Override
    public boolean accept(File file) throws IOException {
        return AidaFileDetector.isAidaFile(file.toPath());
    }

    @Override
    public FileFilter getFileFilter() {
        return new AidaFileFilter();
    }

    /**
     * Reads {@code file} on the plugin's reader thread and opens its pages; a read error is shown in
     * JAS3's error dialog, not thrown here.
     */
    @Override
    public void openFile(File file) {
        pages.openFile(file.toPath());
    }
}
