package org.otusj.otus.layout;

import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.Particle;

/**
 * Parton-level (Z space) vectors from generator particles: each slot takes the one final-state
 * (status 1) particle with the slot's PDG id. Events with none or several such particles for a slot do
 * not fit.
 */
public final class FinalStateLayout implements EventLayout {

    private final VectorLayout layout;
    private final String collection;

    public FinalStateLayout(VectorLayout layout, String collection) {
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
        List<Particle> particles = event.collection(collection, Particle.class);
        double[] vector = new double[layout.dimension()];

        for (int slot = 0; slot < layout.slots().size(); slot++) {
            int pdgId = layout.slots().get(slot).pdgId();
            Particle match = null;
            for (Particle particle : particles) {
                if (particle.isFinalState() && particle.pdgId() == pdgId) {
                    if (match != null) {
                        return Optional.empty();
                    }
                    match = particle;
                }
            }
            if (match == null) {
                return Optional.empty();
            }
            VectorLayout.put(vector, slot, match.momentum());
        }
        return Optional.of(vector);
    }
}
