package org.otusj.otus.layout;

import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.RecoParticle;

/**
 * Detector-level (X space) vectors of Z to e+e- events: exactly two reconstructed electrons of opposite
 * charge, written electron (charge -1) first, then positron. This is the event selection of Howard,
 * Mandt, Whiteson and Yang, Sci. Rep. 12, 7567 (2022), restricted to the electrons otusj reconstructs.
 */
public final class ElectronPairLayout implements EventLayout {

    private final VectorLayout layout;
    private final String collection;

    /**
     * @param layout a layout whose slot 0 has charge -1 and slot 1 charge +1
     */
    public ElectronPairLayout(VectorLayout layout, String collection) {
        if (layout.slots().size() != 2 || layout.slots().get(0).charge() != -1 || layout.slots().get(1).charge() != 1) {
            throw new IllegalArgumentException("an electron-pair layout needs slots (charge -1, charge +1), found "
                    + layout.slots());
        }
        this.layout = layout;
        this.collection = collection;
    }

    @Override
    public VectorLayout vectorLayout() {
        return layout;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Optional<double[]> extract(Event event) {
        List<RecoParticle> electrons = event.collection(collection, RecoParticle.class);
        if (electrons.size() != 2) {
            return Optional.empty();
        }
        RecoParticle first = electrons.get(0);
        RecoParticle second = electrons.get(1);
        if (first.charge() + second.charge() != 0 || first.charge() == 0) {
            return Optional.empty();
        }

        RecoParticle electron = first.charge() < 0 ? first : second;
        RecoParticle positron = first.charge() < 0 ? second : first;
        double[] vector = new double[layout.dimension()];
        VectorLayout.put(vector, 0, electron.momentum());
        VectorLayout.put(vector, 1, positron.momentum());
        return Optional.of(vector);
    }
}
