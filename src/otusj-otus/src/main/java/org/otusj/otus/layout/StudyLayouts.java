package org.otusj.otus.layout;

import java.util.List;
import java.util.Locale;

/**
 * The Z and X layouts of the studies otusj supports, by name. Masses follow the OTUS paper: 0 for
 * electrons, whose 0.511 MeV mass is far below the detector resolution.
 */
public final class StudyLayouts {

    /** Z to e+e-: z = (e-, e+) from the generator, x = (e-, e+) reconstructed, 8 numbers each. */
    public static final String ZEE = "zee";

    private StudyLayouts() {
    }

    /** The parton-level (Z) vector layout of {@code study}. */
    public static VectorLayout truthLayout(String study) {
        return switch (normalise(study)) {
            case ZEE -> new VectorLayout("zee-truth", electronPositron());
            default -> throw unknown(study);
        };
    }

    /** The detector-level (X) vector layout of {@code study}. */
    public static VectorLayout recoLayout(String study) {
        return switch (normalise(study)) {
            case ZEE -> new VectorLayout("zee-reco", electronPositron());
            default -> throw unknown(study);
        };
    }

    /** The Z-space extractor of {@code study}, reading generator particles from {@code collection}. */
    public static EventLayout truth(String study, String collection) {
        return new FinalStateLayout(truthLayout(study), collection);
    }

    /** The X-space extractor of {@code study}, reading reconstructed objects from {@code collection}. */
    public static EventLayout reco(String study, String collection) {
        return switch (normalise(study)) {
            case ZEE -> new ElectronPairLayout(recoLayout(study), collection);
            default -> throw unknown(study);
        };
    }

    private static List<ObjectSlot> electronPositron() {
        return List.of(new ObjectSlot("electron", 11, -1, 0.0), new ObjectSlot("positron", -11, 1, 0.0));
    }

    private static String normalise(String study) {
        return study.toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String study) {
        return new IllegalArgumentException("unknown study layout '" + study + "'; known: " + ZEE);
    }
}
