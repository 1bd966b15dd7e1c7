package org.otusj.aida.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.otusj.aida.AidaTree;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Measurement;
import org.otusj.aida.Profile1D;
import org.otusj.aida.xml.AidaXmlWriter;

/** AIDA files of a small simulated Z to e+e- run, written by the tests of the AIDA commands. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /**
     * Writes a run of {@code events} events: positron p_x (GeV, 40 bins), e+e- mass, p_z against p_x and the
     * profile of p_z, plus a data point set. {@code sigma} sets the p_x resolution, so two runs with
     * different sigma differ in shape.
     */
    public static AidaTree run(long seed, int events, double sigma) {
        SplittableRandom random = new SplittableRandom(seed);
        Histogram1D px = new Histogram1D("positron p_x", 40, -60, 60);
        px.setAnnotation(Histogram1D.X_LABEL_KEY, "p_x [GeV]");
        Histogram1D mass = new Histogram1D("e+e- mass", 40, 70, 110);
        mass.setAnnotation(Histogram1D.X_LABEL_KEY, "m_ee [GeV]");
        Histogram2D map = new Histogram2D("p_z against p_x", 24, -60, 60, 24, -60, 60);
        map.setAnnotation(Histogram2D.X_LABEL_KEY, "p_x [GeV]");
        map.setAnnotation(Histogram2D.Y_LABEL_KEY, "p_z [GeV]");
        Profile1D profile = new Profile1D("<p_z> against p_x", 20, -60, 60);
        for (int event = 0; event < events; event++) {
            double x = random.nextGaussian() * sigma;
            double z = 0.8 * x + random.nextGaussian() * 10;
            px.fill(x);
            mass.fill(91.19 + random.nextGaussian() * 2.5);
            map.fill(x, z);
            profile.fill(x, z);
        }
        AidaTree tree = new AidaTree();
        tree.put("/Electrons/positron_px", px);
        tree.put("/Electrons/pair_mass", mass);
        tree.put("/Electrons/pz_vs_px", map);
        tree.put("/Electrons/pz_profile", profile);
        DataPointSet settings = new DataPointSet("run settings", 1);
        settings.addPoint(Measurement.of(13000.0));
        tree.put("/run/settings", settings);
        return tree;
    }

    /** Writes {@link #run} to {@code file}, gzip-compressed. */
    public static Path write(Path file, long seed, int events, double sigma) throws IOException {
        AidaXmlWriter.gzipped().write(run(seed, events, sigma), file);
        return file;
    }
}
