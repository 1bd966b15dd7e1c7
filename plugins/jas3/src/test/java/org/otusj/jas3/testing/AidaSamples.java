package org.otusj.jas3.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.otusj.aida.AidaObject;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.xml.AidaXmlWriter;

/** AIDA files for the plugin tests, written with otusj's own writer as otusj processors write them. */
public final class AidaSamples {

    private AidaSamples() {
    }

    /** Returns a histogram of {@code events} Gaussian p_x values of width {@code sigma} (GeV), 40 bins. */
    public static Histogram1D px(long seed, int events, double sigma) {
        SplittableRandom random = new SplittableRandom(seed);
        Histogram1D px = new Histogram1D("positron p_x", 40, -60, 60);
        px.setAnnotation(AidaObject.X_LABEL_KEY, "p_x [GeV]");
        for (int i = 0; i < events; i++) {
            px.fill(random.nextGaussian() * sigma);
        }
        return px;
    }

    /** Writes a file with {@link #px} at {@code /Electrons/positron_px}, gzip-compressed or plain by name. */
    public static Path writePx(Path file, long seed, int events, double sigma) throws IOException {
        AidaTree tree = new AidaTree();
        tree.put("/Electrons/positron_px", px(seed, events, sigma));
        AidaXmlWriter.forFile(file).write(tree, file);
        return file;
    }
}
