package org.otusj.otus.layout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Z and X layouts of the studies otusj supports, by name. Masses follow the OTUS paper: 0 for
 * electrons (whose 0.511 MeV mass is far below the detector resolution), neutrinos, light quarks, jets
 * and missing momentum; the b quarks of the ttbar parton level keep the 4.7 GeV of the top decay step.
 *
 * <p>Reconstructed collections are given as one name per collection group, separated by white space:
 * "Electrons" for Z to e+e-, "Electrons MissingET Jets" for ttbar.
 */
public final class StudyLayouts {

    /** Z to e+e-: z = (e-, e+) from the generator, x = (e-, e+) reconstructed, 8 numbers each. */
    public static final String ZEE = "zee";

    /**
     * Semileptonic ttbar: z = (e-, nu_e~, b, b~, u, d~) from the generator after the top decays,
     * x = (e-, missing momentum, four jets by decreasing pT), 24 numbers each.
     */
    public static final String TTBAR = "ttbar";

    /** Mass of the b quark in GeV used by the top decay step and the ttbar parton-level layout. */
    public static final double B_MASS = 4.7;

    private StudyLayouts() {
    }

    /** Returns the parton-level (Z) vector layout of {@code study}. */
    public static VectorLayout truthLayout(String study) {
        return switch (normalise(study)) {
            case ZEE -> new VectorLayout("zee-truth", electronPositron());
            case TTBAR -> new VectorLayout("ttbar-truth", List.of(new ObjectSlot("electron", 11, -1, 0.0),
                    new ObjectSlot("antineutrino", -12, 0, 0.0), new ObjectSlot("b", 5, 0, B_MASS),
                    new ObjectSlot("bbar", -5, 0, B_MASS), new ObjectSlot("u", 2, 0, 0.0),
                    new ObjectSlot("dbar", -1, 0, 0.0)));
            default -> throw unknown(study);
        };
    }

    /** Returns the detector-level (X) vector layout of {@code study}. */
    public static VectorLayout recoLayout(String study) {
        return switch (normalise(study)) {
            case ZEE -> new VectorLayout("zee-reco", electronPositron());
            case TTBAR -> new VectorLayout("ttbar-reco", List.of(new ObjectSlot("electron", 11, -1, 0.0, 0),
                    new ObjectSlot("met", 0, 0, 0.0, 1), new ObjectSlot("jet1", 0, 0, 0.0, 2),
                    new ObjectSlot("jet2", 0, 0, 0.0, 2), new ObjectSlot("jet3", 0, 0, 0.0, 2),
                    new ObjectSlot("jet4", 0, 0, 0.0, 2)));
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
            case ZEE -> new ElectronPairLayout(recoLayout(study), collection.strip());
            case TTBAR -> ttbarReco(collection);
            default -> throw unknown(study);
        };
    }

    /**
     * Returns the names of the whitespace-separated {@code collections} in draws 0 to {@code draws} - 1, as
     * {@link #withDraw} names them: the declared collections of a processor that reads or writes draws.
     */
    public static Set<String> drawNames(String collections, int draws) {
        Set<String> names = new LinkedHashSet<>();
        for (int draw = 0; draw < draws; draw++) {
            for (String name : withDraw(collections, draw).strip().split("\\s+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Returns the collection names of draw {@code draw}: "_k" appended to every name, draw 0 unchanged. */
    public static String withDraw(String collections, int draw) {
        if (draw == 0) {
            return collections;
        }
        StringBuilder names = new StringBuilder();
        for (String name : collections.strip().split("\\s+")) {
            names.append(names.length() == 0 ? "" : " ").append(name).append('_').append(draw);
        }
        return names.toString();
    }

    private static EventLayout ttbarReco(String collections) {
        String[] names = collections.strip().split("\\s+");
        if (names.length != 3) {
            throw new IllegalArgumentException("ttbar needs three reconstructed collections 'electrons missingET jets', "
                    + "found '" + collections + "'");
        }
        return new TtbarRecoLayout(recoLayout(TTBAR), names[0], names[1], names[2]);
    }

    private static List<ObjectSlot> electronPositron() {
        return List.of(new ObjectSlot("electron", 11, -1, 0.0), new ObjectSlot("positron", -11, 1, 0.0));
    }

    private static String normalise(String study) {
        return study.toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String study) {
        return new IllegalArgumentException("unknown study layout '" + study + "'; known: " + ZEE + ", " + TTBAR);
    }
}
