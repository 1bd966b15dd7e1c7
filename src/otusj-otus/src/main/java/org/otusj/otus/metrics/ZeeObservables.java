package org.otusj.otus.metrics;

import java.util.List;
import org.otusj.core.event.FourVector;
import org.otusj.otus.layout.VectorLayout;

/**
 * The one-dimensional quantities compared for Z to e+e- vectors (e-, e+): the positron's px, py, pz
 * and E, and the invariant mass of the pair, all in GeV.
 */
public final class ZeeObservables {

    /** Names, in the order of {@link #of}. */
    public static final List<String> NAMES = List.of("positron_px", "positron_py", "positron_pz", "positron_e",
            "pair_mass");

    private static final int ELECTRON = 0;
    private static final int POSITRON = 1;

    private ZeeObservables() {
    }

    /** The quantities of one event vector. */
    public static double[] of(double[] vector) {
        FourVector electron = VectorLayout.momentum(vector, ELECTRON);
        FourVector positron = VectorLayout.momentum(vector, POSITRON);
        return new double[] {positron.px(), positron.py(), positron.pz(), positron.e(), electron.plus(positron).mass()};
    }

    /** Column {@code index} of {@link #of} for every row of {@code sample}. */
    public static double[] column(double[][] sample, int index) {
        double[] values = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            values[i] = of(sample[i])[index];
        }
        return values;
    }
}
