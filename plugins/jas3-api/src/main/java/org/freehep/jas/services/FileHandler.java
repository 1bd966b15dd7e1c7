package org.freehep.jas.services;

import java.io.File;
import java.io.IOException;
import javax.swing.filechooser.FileFilter;

/**
 * A service that opens one kind of file from JAS3's File > Open. A plugin registers it in the
 * application's lookup; JAS3 offers its file filter in the file chooser and gives it the files it accepts.
 */
public interface FileHandler {

    /**
     * Returns true if this handler can open {@code file}.
     *
     * @throws IOException if the file cannot be read
     */
    boolean accept(File file) throws IOException;

    /** Returns the filter for JAS3's file chooser. */
    FileFilter getFileFilter();

    /**
     * Opens {@code file}.
     *
     * @throws IOException if the file cannot be read
     */
    void openFile(File file) throws IOException;
}
