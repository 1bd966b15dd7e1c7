package org.otusj.io.root.describe;

import java.nio.file.Path;
import java.util.List;

/**
 * The contents of a ROOT file, for listings such as {@code otusj inspect}: its keys in all directories,
 * its trees with their branches and its histograms. Objects that could not be read are named in
 * {@code problems} instead of failing the whole description.
 *
 * @param file the file
 * @param fileBytes file length in bytes
 * @param rootVersion ROOT version that wrote the file, such as 61804 for 6.18/04
 * @param largeFile true if the header uses 64-bit seeks
 * @param compression file default compression setting, 100 * algorithm + level
 * @param keys every key, directories first-level first, depth first
 * @param directories paths of all subdirectories
 * @param trees every tree key, including older cycles
 * @param histograms every TH1F and TH1D key
 * @param problems one message per object that could not be read
 */
public record FileDescription(Path file, long fileBytes, int rootVersion, boolean largeFile, int compression,
        List<KeyDescription> keys, List<String> directories, List<TreeDescription> trees,
        List<HistogramDescription> histograms, List<String> problems) {

    /** Renders the description as indented text; see {@link DescriptionRenderer}. */
    public String toText() {
        return DescriptionRenderer.render(this);
    }
}
