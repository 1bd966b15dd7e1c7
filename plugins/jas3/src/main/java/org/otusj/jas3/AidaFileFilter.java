package org.otusj.jas3;

import java.io.File;
import java.util.Locale;
import javax.swing.filechooser.FileFilter;

/** File chooser filter for AIDA files by name: {@code .aida} and {@code .aida.gz}, and folders. */
final class AidaFileFilter extends FileFilter {

    @Override
    public boolean accept(File file) {
        if (file.isDirectory()) {
            return true;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".aida") || name.endsWith(".aida.gz");
    }

    @Override
    public String getDescription() {
        return "AIDA files written by otusj (*.aida, *.aida.gz)";
    }
}
