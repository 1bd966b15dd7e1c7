package org.otusj.aida.processor;

import java.util.List;
import org.otusj.aida.AidaTree;
import org.otusj.aida.Histogram1D;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;

/**
 * The histograms of one collection: px, py, pz and E of the first particle of one PDG id, and the
 * invariant mass of the first particles of two PDG ids. Generator particles count only in the final
 * state (status 1); reconstructed particles always count.
 */
final class CollectionHistograms {

    private final String collection;
    private final int pdgId;
    private final String particleName;
    private final int[] pairPdgIds;

    private final Histogram1D px;
    private final Histogram1D py;
    private final Histogram1D pz;
    private final Histogram1D energy;
    private final Histogram1D pairMass;

    private long events;
    private long eventsWithoutParticle;
    private long eventsWithoutPair;

    /**
     * @param pairPdgIds the two PDG ids of the pair, or none to skip the mass histogram
     */
    CollectionHistograms(String collection, int pdgId, int[] pairPdgIds, HistogramLabels labels, KinematicAxes axes) {
        this.collection = collection;
        this.pdgId = pdgId;
        this.particleName = ParticleNames.of(pdgId);
        this.pairPdgIds = pairPdgIds.clone();

        px = labels.histogram(particleName + " p_x", "p_x [GeV]", axes.px());
        py = labels.histogram(particleName + " p_y", "p_y [GeV]", axes.py());
        pz = labels.histogram(particleName + " p_z", "p_z [GeV]", axes.pz());
        energy = labels.histogram(particleName + " E", "E [GeV]", axes.energy());
        if (pairPdgIds.length == 2) {
            String pair = ParticleNames.of(pairPdgIds[0]) + " + " + ParticleNames.of(pairPdgIds[1]);
            pairMass = labels.histogram(pair + " invariant mass", "m [GeV]", axes.mass());
        } else {
            pairMass = null;
        }
    }

    /**
     * Fills the histograms from this collection of {@code event}.
     *
     * @throws org.otusj.core.event.MissingCollectionException if the event has no such collection
     * @throws IllegalArgumentException if an element is neither a {@link Particle} nor a {@link RecoParticle}
     */
    void fill(Event event, double weight) {
        List<Object> items = event.collection(collection, Object.class);
        events++;

        FourVector particle = null;
        FourVector first = null;
        FourVector second = null;
        for (Object item : items) {
            FourVector momentum = momentumIfUsable(item, event);
            if (momentum == null) {
                continue;
            }
            int id = pdgIdOf(item);
            if (particle == null && id == pdgId) {
                particle = momentum;
            }

            // With two equal ids the first match is the first particle and the second match the second.
            if (pairPdgIds.length == 2) {
                if (first == null && id == pairPdgIds[0]) {
                    first = momentum;
                } else if (second == null && id == pairPdgIds[1]) {
                    second = momentum;
                }
            }
        }

        fillParticle(particle, weight);
        fillPair(first, second, weight);
    }

    /** Puts the histograms into {@code tree} under the directory {@code /<collection>}. */
    void register(AidaTree tree) {
        String directory = "/" + collection + "/";
        tree.put(directory + particleName + "_px", px);
        tree.put(directory + particleName + "_py", py);
        tree.put(directory + particleName + "_pz", pz);
        tree.put(directory + particleName + "_e", energy);
        if (pairMass != null) {
            tree.put(directory + "pair_mass", pairMass);
        }
    }

    String collection() {
        return collection;
    }

    String particleName() {
        return particleName;
    }

    long events() {
        return events;
    }

    long eventsWithoutParticle() {
        return eventsWithoutParticle;
    }

    long eventsWithoutPair() {
        return eventsWithoutPair;
    }

    boolean hasPairMass() {
        return pairMass != null;
    }

    private void fillParticle(FourVector particle, double weight) {
        if (particle == null) {
            eventsWithoutParticle++;
            return;
        }
        px.fill(particle.px(), weight);
        py.fill(particle.py(), weight);
        pz.fill(particle.pz(), weight);
        energy.fill(particle.e(), weight);
    }

    private void fillPair(FourVector first, FourVector second, double weight) {
        if (pairMass == null) {
            return;
        }
        if (first == null || second == null) {
            eventsWithoutPair++;
            return;
        }
        pairMass.fill(first.plus(second).mass(), weight);
    }

    /** Returns the momentum of a final-state generator particle or a reconstructed particle, else null. */
    private FourVector momentumIfUsable(Object item, Event event) {
        if (item instanceof Particle) {
            Particle particle = (Particle) item;
            return particle.isFinalState() ? particle.momentum() : null;
        }
        if (item instanceof RecoParticle) {
            return ((RecoParticle) item).momentum();
        }
        throw new IllegalArgumentException("collection '" + collection + "' in event " + event.eventNumber()
                + " of run " + event.runNumber() + " contains " + item.getClass().getName()
                + "; ParticleHistograms reads only Particle and RecoParticle elements");
    }

    private static int pdgIdOf(Object item) {
        return item instanceof Particle ? ((Particle) item).pdgId() : ((RecoParticle) item).pdgId();
    }
}
