package org.otusj.otus.layout;

import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.RecoParticle;

/**
 * Detector-level (X space) vectors of semileptonic ttbar events: (e-, missing transverse momentum, jet1,
 * jet2, jet3, jet4) with the jets in order of decreasing pT. The selection of Howard, Mandt, Whiteson and
 * Yang, Sci. Rep. 12, 7567 (2022): exactly one reconstructed electron, of charge -1, and exactly four jets.
 * Every object is taken as massless, E = |p|, as the paper converts (pT, eta, phi) with m = 0; the missing
 * momentum has pz = 0.
 */
public final class TtbarRecoLayout implements EventLayout {

    private static final int JETS = 4;

    private final VectorLayout layout;
    private final String electrons;
    private final String missingEt;
    private final String jets;

    /**
     * @param electrons collection of reconstructed electrons
     * @param missingEt collection holding the one missing-momentum object
     * @param jets collection of jets
     */
    public TtbarRecoLayout(VectorLayout layout, String electrons, String missingEt, String jets) {
        if (layout.slots().size() != 2 + JETS) {
            throw new IllegalArgumentException("a ttbar layout needs 6 slots, found " + layout.slots().size());
        }
        this.layout = layout;
        this.electrons = electrons;
        this.missingEt = missingEt;
        this.jets = jets;
    }

    @Override
    public VectorLayout vectorLayout() {
        return layout;
    }

    @Override
    public String collection() {
        return electrons + " " + missingEt + " " + jets;
    }

    @Override
    public Optional<double[]> extract(Event event) {
        List<RecoParticle> electronList = event.collection(electrons, RecoParticle.class);
        List<RecoParticle> jetList = event.collection(jets, RecoParticle.class);
        List<RecoParticle> missing = event.collection(missingEt, RecoParticle.class);
        if (electronList.size() != 1 || electronList.get(0).charge() != -1 || jetList.size() != JETS
                || missing.size() != 1) {
            return Optional.empty();
        }

        List<RecoParticle> ordered = jetList.stream()
                .sorted((a, b) -> Double.compare(b.momentum().pt(), a.momentum().pt())).toList();
        double[] vector = new double[layout.dimension()];
        VectorLayout.put(vector, 0, massless(electronList.get(0).momentum()));
        FourVector met = missing.get(0).momentum();
        VectorLayout.put(vector, 1, FourVector.fromMomentumAndMass(met.px(), met.py(), 0, 0));
        for (int j = 0; j < JETS; j++) {
            VectorLayout.put(vector, 2 + j, massless(ordered.get(j).momentum()));
        }
        return Optional.of(vector);
    }

    private static FourVector massless(FourVector p) {
        return FourVector.fromMomentumAndMass(p.px(), p.py(), p.pz(), 0);
    }
}
