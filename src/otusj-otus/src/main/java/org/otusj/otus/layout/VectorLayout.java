package org.otusj.otus.layout;

import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;

/**
 * The order of numbers in an event vector: the four-momentum (px, py, pz, E) of each slot in turn, in
 * GeV. A layout of K slots has dimension 4K, of which 3K are three-momentum components.
 */
public record VectorLayout(String name, List<ObjectSlot> slots) {

    /** Names of the four components of each slot, in vector order. */
    public static final List<String> COMPONENTS = List.of("px", "py", "pz", "e");

    public VectorLayout {
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("a vector layout needs at least one object slot");
        }
    }

    /** Length of an event vector: 4 numbers per slot. */
    public int dimension() {
        return 4 * slots.size();
    }

    /** Number of three-momentum components: 3 per slot. */
    public int momentumDimension() {
        return 3 * slots.size();
    }

    /** Column names such as "electron_px", in vector order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(dimension());
        for (ObjectSlot slot : slots) {
            for (String component : COMPONENTS) {
                names.add(slot.name() + "_" + component);
            }
        }
        return names;
    }

    /** Slot masses in GeV, in slot order. */
    public double[] masses() {
        double[] masses = new double[slots.size()];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = slots.get(i).mass();
        }
        return masses;
    }

    /** Position in the vector of {@code component} (0 = px ... 3 = E) of slot {@code slot}. */
    public static int index(int slot, int component) {
        return 4 * slot + component;
    }

    /** Writes {@code momentum} into the four columns of slot {@code slot}. */
    public static void put(double[] vector, int slot, FourVector momentum) {
        vector[index(slot, 0)] = momentum.px();
        vector[index(slot, 1)] = momentum.py();
        vector[index(slot, 2)] = momentum.pz();
        vector[index(slot, 3)] = momentum.e();
    }

    /** The four-momentum of slot {@code slot} of {@code vector}. */
    public static FourVector momentum(double[] vector, int slot) {
        return new FourVector(vector[index(slot, 0)], vector[index(slot, 1)], vector[index(slot, 2)],
                vector[index(slot, 3)]);
    }

    /**
     * Converts a vector of this layout to final-state generator particles, one per slot: status 1, the
     * slot's PDG id and mass, no mothers or colours, lifetime 0 and spin 9 (unknown).
     */
    public List<Particle> toGeneratorParticles(double[] vector) {
        List<Particle> particles = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            ObjectSlot slot = slots.get(i);
            particles.add(new Particle(slot.pdgId(), Particle.STATUS_FINAL, 0, 0, 0, 0, momentum(vector, i), slot.mass(),
                    0, 9));
        }
        return particles;
    }

    /** Number of collection groups the slots are written to. */
    public int groups() {
        int groups = 0;
        for (ObjectSlot slot : slots) {
            groups = Math.max(groups, slot.group() + 1);
        }
        return groups;
    }

    /** Converts a vector to reconstructed objects, one list per collection group, slots in order. */
    public List<List<RecoParticle>> toParticleGroups(double[] vector) {
        List<List<RecoParticle>> groups = new ArrayList<>();
        for (int g = 0; g < groups(); g++) {
            groups.add(new ArrayList<>());
        }
        List<RecoParticle> particles = toParticles(vector);
        for (int i = 0; i < slots.size(); i++) {
            groups.get(slots.get(i).group()).add(particles.get(i));
        }
        return groups;
    }

    /** Converts a vector of this layout back to reconstructed objects, one per slot. */
    public List<RecoParticle> toParticles(double[] vector) {
        List<RecoParticle> particles = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            ObjectSlot slot = slots.get(i);
            particles.add(new RecoParticle(slot.pdgId(), slot.charge(), momentum(vector, i)));
        }
        return particles;
    }
}
