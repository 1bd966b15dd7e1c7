package org.otusj.io.delphes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;
import org.otusj.core.event.RecoParticle;
import org.otusj.io.root.RootFormatException;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Tree;
import org.otusj.io.root.tree.TreeIterator;

/**
 * Builds otusj events from the split {@code TClonesArray} branches of a Delphes tree. It lists the member
 * branches each collection needs and decodes them as Delphes stores them.
 */
final class DelphesTreeView {

    /** Delphes branch names of the collections, as configured in {@link DelphesReader}. */
    record BranchNames(String electron, String muon, String photon, String jet, String missingEt,
            String genParticle) {
    }

    private static final String[] LEPTON_MEMBERS = {"PT", "Eta", "Phi", "Charge"};
    private static final String[] PHOTON_MEMBERS = {"PT", "Eta", "Phi"};
    private static final String[] JET_MEMBERS = {"PT", "Eta", "Phi", "Mass", "Charge", "BTag", "TauTag"};
    private static final String[] MISSING_ET_MEMBERS = {"MET", "Eta", "Phi"};
    private static final String[] GEN_MEMBERS = {"PID", "Status", "M1", "M2", "Px", "Py", "Pz", "E", "Mass"};
    private static final String EVENT_WEIGHT = "Event.Weight";

    /** Spin value of {@link Particle} meaning "unknown". */
    private static final double UNKNOWN_SPIN = 9.0;

    private final Tree tree;
    private final BranchNames names;
    private final boolean genParticles;
    private final List<String> paths = new ArrayList<>();
    private final boolean hasWeight;
    private final Map<String, String> pathsByName = new HashMap<>();

    DelphesTreeView(Tree tree, BranchNames names, boolean genParticles) {
        this.tree = tree;
        this.names = names;
        this.genParticles = genParticles;
        List<String> missing = new ArrayList<>();
        require(names.electron(), LEPTON_MEMBERS, missing);
        require(names.muon(), LEPTON_MEMBERS, missing);
        require(names.photon(), PHOTON_MEMBERS, missing);
        require(names.jet(), JET_MEMBERS, missing);
        require(names.missingEt(), MISSING_ET_MEMBERS, missing);
        if (genParticles) {
            require(names.genParticle(), GEN_MEMBERS, missing);
        }
        if (!missing.isEmpty()) {
            throw new NoSuchElementException("tree " + tree.keyPath() + " in " + tree.file() + " lacks the Delphes "
                    + "branches " + missing + "; set the DelphesReader branch parameters (ElectronBranch, JetBranch, "
                    + "...) to the names your Delphes card uses; the tree's top-level branches are "
                    + topLevelNames(tree));
        }
        String weightPath = find(EVENT_WEIGHT);
        hasWeight = weightPath != null && tree.layout(tree.branch(weightPath)).isReadable();
        if (hasWeight) {
            paths.add(weightPath);
        }
    }

    private void require(String prefix, String[] members, List<String> missing) {
        for (String member : members) {
            String name = prefix + "." + member;
            String path = find(name);
            if (path != null) {
                paths.add(path);
            } else {
                missing.add(name);
            }
        }
    }

    /** Names of the tree's top-level branches without the {@code _size} counters Delphes adds. */
    private static List<String> topLevelNames(Tree tree) {
        List<String> names = new ArrayList<>();
        for (Branch branch : tree.branches()) {
            if (!branch.name().endsWith("_size")) {
                names.add(branch.name());
            }
        }
        return names;
    }

    /**
     * Returns the path of the member branch {@code name} (such as {@code Electron.PT}): under its top-level
     * branch as Delphes writes it ({@code Electron/Electron.PT}), or else the only branch of that name;
     * null if there is none. The path form decodes only that top-level branch of the tree record.
     */
    private String find(String name) {
        String top = name.substring(0, name.indexOf('.'));
        String path = top + "/" + name;
        if (tree.hasBranch(path)) {
            pathsByName.put(name, path);
            return path;
        }
        if (tree.hasBranch(name)) {
            pathsByName.put(name, name);
            return name;
        }
        return null;
    }

    /** Returns the column of member branch {@code name} in {@code chunk}. */
    private Column column(TreeIterator.Chunk chunk, String name) {
        return chunk.column(pathsByName.get(name));
    }

    /** Returns the paths of the branches to read. */
    List<String> branchPaths() {
        return List.copyOf(paths);
    }

    /** Builds the event of entry {@code index} of {@code chunk}. */
    Event event(TreeIterator.Chunk chunk, int index, int runNumber) throws RootFormatException {
        long entry = chunk.firstEntry() + index;
        Event event = new Event(runNumber, entry);
        if (hasWeight) {
            Column weight = column(chunk, EVENT_WEIGHT);
            if (weight.count(index) > 0) {
                event.setWeight(weight.getDouble(weight.start(index)));
            }
        }
        addLeptons(event, chunk, index, names.electron(), DelphesReader.ELECTRONS, Pdg.ELECTRON);
        addLeptons(event, chunk, index, names.muon(), DelphesReader.MUONS, Pdg.MUON);
        addPhotons(event, chunk, index);
        addJets(event, chunk, index);
        addMissingEt(event, chunk, index);
        if (genParticles) {
            addGenParticles(event, chunk, index);
        }
        return event;
    }

    private void addLeptons(Event event, TreeIterator.Chunk chunk, int index, String prefix, String collection,
            int pdgId) throws RootFormatException {
        Members members = new Members(chunk, index, prefix, LEPTON_MEMBERS);
        List<RecoParticle> particles = new ArrayList<>();
        List<DelphesObject> objects = new ArrayList<>();
        for (int k = 0; k < members.count; k++) {
            double pt = members.value("PT", k);
            double eta = members.value("Eta", k);
            double phi = members.value("Phi", k);
            int charge = (int) members.integer("Charge", k);
            if (charge != 1 && charge != -1) {
                throw members.error("lepton " + k + " has charge " + charge + ", expected -1 or +1");
            }
            // A lepton of charge -1 is the particle: e- is PDG 11, e+ is -11.
            RecoParticle particle = new RecoParticle(-pdgId * charge, charge, FourVector.fromPtEtaPhiM(pt, eta, phi, 0));
            particles.add(particle);
            objects.add(new DelphesObject(particle, pt, eta, phi, 0, charge, 0, 0));
        }
        store(event, collection, particles, objects);
    }

    private void addPhotons(Event event, TreeIterator.Chunk chunk, int index) throws RootFormatException {
        Members members = new Members(chunk, index, names.photon(), PHOTON_MEMBERS);
        List<RecoParticle> particles = new ArrayList<>();
        List<DelphesObject> objects = new ArrayList<>();
        for (int k = 0; k < members.count; k++) {
            double pt = members.value("PT", k);
            double eta = members.value("Eta", k);
            double phi = members.value("Phi", k);
            RecoParticle particle = new RecoParticle(Pdg.PHOTON, 0, FourVector.fromPtEtaPhiM(pt, eta, phi, 0));
            particles.add(particle);
            objects.add(new DelphesObject(particle, pt, eta, phi, 0, 0, 0, 0));
        }
        store(event, DelphesReader.PHOTONS, particles, objects);
    }

    private void addJets(Event event, TreeIterator.Chunk chunk, int index) throws RootFormatException {
        Members members = new Members(chunk, index, names.jet(), JET_MEMBERS);
        List<RecoParticle> particles = new ArrayList<>();
        List<DelphesObject> objects = new ArrayList<>();
        for (int k = 0; k < members.count; k++) {
            double pt = members.value("PT", k);
            double eta = members.value("Eta", k);
            double phi = members.value("Phi", k);
            double mass = members.value("Mass", k);
            int charge = (int) members.integer("Charge", k);
            int bTag = (int) members.integer("BTag", k);
            int tauTag = (int) members.integer("TauTag", k);
            RecoParticle particle = new RecoParticle(0, charge, FourVector.fromPtEtaPhiM(pt, eta, phi, mass));
            particles.add(particle);
            objects.add(new DelphesObject(particle, pt, eta, phi, mass, charge, bTag, tauTag));
        }
        store(event, DelphesReader.JETS, particles, objects);
    }

    private void addMissingEt(Event event, TreeIterator.Chunk chunk, int index) throws RootFormatException {
        Members members = new Members(chunk, index, names.missingEt(), MISSING_ET_MEMBERS);
        List<RecoParticle> particles = new ArrayList<>();
        List<DelphesObject> objects = new ArrayList<>();
        for (int k = 0; k < members.count; k++) {
            double met = members.value("MET", k);
            double eta = members.value("Eta", k);
            double phi = members.value("Phi", k);
            RecoParticle particle = new RecoParticle(0, 0, FourVector.fromPtEtaPhiM(met, eta, phi, 0));
            particles.add(particle);
            objects.add(new DelphesObject(particle, met, eta, phi, 0, 0, 0, 0));
        }
        store(event, DelphesReader.MISSING_ET, particles, objects);
    }

    private void addGenParticles(Event event, TreeIterator.Chunk chunk, int index) throws RootFormatException {
        Members members = new Members(chunk, index, names.genParticle(), GEN_MEMBERS);
        List<Particle> particles = new ArrayList<>(members.count);
        for (int k = 0; k < members.count; k++) {
            FourVector momentum = new FourVector(members.value("Px", k), members.value("Py", k),
                    members.value("Pz", k), members.value("E", k));
            // Delphes mothers are 0-based positions with -1 for none; Particle wants 1-based with 0 for none.
            int mother1 = (int) members.integer("M1", k) + 1;
            int mother2 = (int) members.integer("M2", k) + 1;
            particles.add(new Particle((int) members.integer("PID", k), (int) members.integer("Status", k), mother1,
                    mother2, 0, 0, momentum, members.value("Mass", k), 0.0, UNKNOWN_SPIN));
        }
        event.addCollection(DelphesReader.GEN_PARTICLES, particles);
    }

    private static void store(Event event, String collection, List<RecoParticle> particles,
            List<DelphesObject> objects) {
        event.addCollection(collection, particles);
        event.putAttribute(DelphesReader.OBJECTS_PREFIX + collection, DelphesReader.DelphesObjects.of(objects));
    }

    /** The member columns of one collection at one entry, all checked to hold the same number of objects. */
    private final class Members {

        private final TreeIterator.Chunk chunk;
        private final int index;
        private final String prefix;
        private final int count;

        Members(TreeIterator.Chunk chunk, int index, String prefix, String[] members) throws RootFormatException {
            this.chunk = chunk;
            this.index = index;
            this.prefix = prefix;
            this.count = column(chunk, prefix + "." + members[0]).count(index);
            for (String member : members) {
                int found = column(chunk, prefix + "." + member).count(index);
                if (found != count) {
                    throw error("branch " + prefix + "." + member + " contains " + found + " objects but "
                            + prefix + "." + members[0] + " contains " + count);
                }
            }
        }

        double value(String member, int k) {
            Column column = column(chunk, prefix + "." + member);
            return column.getDouble(column.start(index) + k);
        }

        long integer(String member, int k) {
            Column column = column(chunk, prefix + "." + member);
            return column.getLong(column.start(index) + k);
        }

        RootFormatException error(String detail) {
            return new RootFormatException(tree.file(), "tree " + tree.keyPath() + ", entry "
                    + (chunk.firstEntry() + index), -1, detail);
        }
    }
}
