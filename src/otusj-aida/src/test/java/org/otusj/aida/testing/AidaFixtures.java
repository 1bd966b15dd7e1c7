package org.otusj.aida.testing;

import java.util.SplittableRandom;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Cloud1D;
import org.otusj.aida.DataPointSet;
import org.otusj.aida.Histogram1D;
import org.otusj.aida.Histogram2D;
import org.otusj.aida.Measurement;
import org.otusj.aida.Profile1D;

/** A tree with one or more objects of every kind that AIDA files carry, for round-trip tests. */
public final class AidaFixtures {

    private AidaFixtures() {
    }

    /**
     * Returns a tree with fixed- and variable-bin 1-D histograms, a 2-D histogram, a profile, a cloud that
     * stores its values, a converted cloud, and a data point set. They sit in nested directories, with axis
     * labels and a title of XML special characters.
     */
    public static AidaTree everyKind() {
        AidaTree tree = new AidaTree();
        Histogram1D mixed = HistogramFixtures.mixedFills();
        mixed.setAnnotation(Histogram1D.X_LABEL_KEY, "p_x [GeV]");
        tree.put("/Electrons/mixed", mixed);

        Histogram1D variable = new Histogram1D("variable bins", new double[] {0, 1, 3, 6});
        variable.fill(2.0);
        variable.fill(0.25, -0.5);
        variable.fill(7.0, 3.0);
        tree.put("/variable", variable);

        tree.put("/Electrons/pz_vs_px", histogram2D());
        tree.put("/Electrons/profile", profile());

        Cloud1D cloud = new Cloud1D("cloud & <values>", 100);
        cloud.setAnnotation(Histogram1D.X_LABEL_KEY, "E [GeV]");
        for (double value : new double[] {1.5, -2.25, 1e-300, Double.NaN, 7.0}) {
            cloud.fill(value, value == 7.0 ? 0.5 : 1.0);
        }
        tree.put("/Clouds/stored", cloud);

        Cloud1D converted = new Cloud1D("converted cloud", 3);
        converted.setConversionParameters(4, 0.0, 8.0);
        for (int i = 0; i < 5; i++) {
            converted.fill(1.5 * i, 1.0 + i);
        }
        tree.put("/Clouds/converted", converted);

        DataPointSet set = new DataPointSet("table \"quoted\"", 3);
        set.setAnnotation("Columns", "x y z");
        set.addPoint(new Measurement(1.0, 0.5, 0.25), Measurement.of(2.0, 0.1), Measurement.of(-3.0));
        set.addPoint(new Measurement(Double.NaN, 0.0, 0.0), new Measurement(1e300, 2.0, 1.0), Measurement.of(0.1));
        tree.put("/deep/a/b/table", set);
        tree.mkdirs("/empty/directory");
        return tree;
    }

    /**
     * Returns a 4 x 3 histogram over x in [-2, 2) and y in [0, 3) filled with weights, out-of-range values
     * on both axes, and a NaN.
     */
    public static Histogram2D histogram2D() {
        Histogram2D h = new Histogram2D("p_z against p_x", 4, -2, 2, 3, 0, 3);
        h.setAnnotation(Histogram2D.X_LABEL_KEY, "p_x [GeV]");
        h.setAnnotation(Histogram2D.Y_LABEL_KEY, "p_z [GeV]");
        h.fill(-1.5, 0.5);
        h.fill(-1.25, 0.75, 2.0);
        h.fill(0.5, 2.5, 0.5);
        h.fill(1.9, 1.0, -1.0);
        h.fill(3.0, 1.5);
        h.fill(0.0, -1.0, 3.0);
        h.fill(-5.0, 9.0);
        h.fill(Double.NaN, 1.0);
        return h;
    }

    /** Returns a profile of 3 bins over [0, 3) with weighted fills in two bins and the overflow bin. */
    public static Profile1D profile() {
        Profile1D p = new Profile1D("mean of y", 3, 0, 3);
        p.setAnnotation(Profile1D.Y_LABEL_KEY, "<y> [GeV]");
        p.fill(0.5, 1.0);
        p.fill(0.75, 2.0);
        p.fill(0.25, 3.0);
        p.fill(2.5, 10.0, 2.0);
        p.fill(2.6, 14.0, 0.5);
        p.fill(4.0, 1.0);
        return p;
    }

    /** Returns a histogram filled with {@code fills} random values and weights, some negative. */
    public static Histogram1D randomWeighted(long seed, int fills) {
        SplittableRandom random = new SplittableRandom(seed);
        Histogram1D h = new Histogram1D("random weighted", 25, -3.0, 3.0);
        for (int i = 0; i < fills; i++) {
            double weight = random.nextDouble(-0.3, 1.7);
            h.fill(random.nextGaussian() * 1.3 + 0.1, weight);
        }
        return h;
    }
}
