package org.otusj.io.delphes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.io.root.RootFile;
import org.otusj.io.root.tree.Tree;
import org.otusj.io.root.tree.TreeIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event source for Delphes ROOT files: reads the global {@code InputFiles} in order as one chain, one run
 * per file, with the pure-Java ROOT reader. Only the branches the collections need are read.
 *
 * <p>Each event gets the collections {@value #ELECTRONS}, {@value #MUONS}, {@value #PHOTONS}, {@value #JETS}
 * and {@value #MISSING_ET} as lists of {@link org.otusj.core.event.RecoParticle}, in file order (Delphes
 * stores jets and leptons by descending pT), and, when {@code ReadGenParticles} is true, {@value
 * #GEN_PARTICLES} as {@link Particle}s. Four-momenta follow Delphes' own {@code P4()}: (PT, Eta, Phi) with
 * mass 0 for electrons, muons and photons, the stored Mass for jets, and (MET, Eta, Phi) with mass 0 for
 * missing momentum. The stored values and the jet tags are kept as {@link DelphesObject}s, one list per
 * collection, in the event attribute {@value #OBJECTS_PREFIX} + collection name; read it with {@link
 * #objects(Event, String)}. The event weight is {@code Event.Weight} when the tree has it; events are
 * numbered from 0 in file order.
 */
@ProcessorInfo(description = "Reads Delphes ROOT files given as InputFiles, one run per file; writes Electrons, "
        + "Muons, Photons, Jets and MissingET (and GenParticles on request) as collections, with the stored "
        + "values and jet tags as Delphes.<collection> attributes.")
public final class DelphesReader implements EventSource {

    /** Collection of reconstructed electrons. */
    public static final String ELECTRONS = "Electrons";
    /** Collection of reconstructed muons. */
    public static final String MUONS = "Muons";
    /** Collection of reconstructed photons. */
    public static final String PHOTONS = "Photons";
    /** Collection of jets. */
    public static final String JETS = "Jets";
    /** Collection holding the one missing-momentum object. */
    public static final String MISSING_ET = "MissingET";
    /** Collection of generator particles, written only when {@code ReadGenParticles} is true. */
    public static final String GEN_PARTICLES = "GenParticles";
    /** Prefix of the event attributes holding each collection's {@link DelphesObject}s. */
    public static final String OBJECTS_PREFIX = "Delphes.";
    /** Run-header attribute with the tree's key path, such as {@code Delphes;2}. */
    public static final String TREE_ATTRIBUTE = "DelphesTree";
    /** Run-header attribute with the number of entries in the file's tree. */
    public static final String ENTRIES_ATTRIBUTE = "DelphesEntries";

    private static final Logger LOG = LoggerFactory.getLogger(DelphesReader.class);

    @ProcessorParameter(description = "Name of the Delphes tree; the highest cycle is read.")
    private String treeName = "Delphes";

    @ProcessorParameter(description = "Delphes branch of the electrons.")
    private String electronBranch = "Electron";

    @ProcessorParameter(description = "Delphes branch of the muons.")
    private String muonBranch = "Muon";

    @ProcessorParameter(description = "Delphes branch of the photons.")
    private String photonBranch = "Photon";

    @ProcessorParameter(description = "Delphes branch of the jets, such as Jet or JetPUPPI.")
    private String jetBranch = "Jet";

    @ProcessorParameter(name = "MissingETBranch", description = "Delphes branch of the missing transverse "
            + "momentum, such as MissingET or PuppiMissingET.")
    private String missingEtBranch = "MissingET";

    @ProcessorParameter(description = "Delphes branch of the generator particles.")
    private String genParticleBranch = "Particle";

    @ProcessorParameter(description = "If true, each event also gets the GenParticles collection (all generator "
            + "particles, often thousands per event).")
    private boolean readGenParticles = false;

    @ProcessorParameter(description = "Entries read from the file at a time; memory keeps one chunk of the "
            + "needed branches.")
    private int chunkSize = 1000;

    private List<Path> inputs = List.of();
    private int nextInput;
    private int runNumber = -1;
    private RootFile current;
    private DelphesTreeView view;
    private TreeIterator iterator;
    private TreeIterator.Chunk chunk;
    private int chunkEntry;
    private long eventsInFile;

    @Override
    public void init(ProcessorContext context) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("ChunkSize of processor '" + context.processorName()
                    + "' must be positive, found " + chunkSize);
        }
        if (treeName == null || treeName.isBlank()) {
            throw new IllegalArgumentException("TreeName of processor '" + context.processorName()
                    + "' must not be empty");
        }
    }

    @Override
    public Set<String> outputCollections() {
        return readGenParticles ? Set.of(ELECTRONS, MUONS, PHOTONS, JETS, MISSING_ET, GEN_PARTICLES)
                : Set.of(ELECTRONS, MUONS, PHOTONS, JETS, MISSING_ET);
    }

    /**
     * Opens each input's tree, checks that it has the Delphes branches this reader needs, and closes the
     * file again. Only the tree record and the top-level branches read are decoded, so this is cheap.
     */
    @Override
    public List<RunHeader> readHeaders(List<Path> inputFiles) throws IOException {
        List<RunHeader> headers = new ArrayList<>();
        for (int run = 0; run < inputFiles.size(); run++) {
            Path path = inputFiles.get(run);
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toString(), null, "Delphes input file not found");
            }
            try (RootFile file = RootFile.open(path)) {
                Tree tree = file.tree(treeName);
                new DelphesTreeView(tree, branchNames(), readGenParticles);
                RunHeader header = new RunHeader(run, path);
                header.putAttribute(TREE_ATTRIBUTE, tree.keyPath());
                header.putAttribute(ENTRIES_ATTRIBUTE, tree.entries());
                headers.add(header);
            }
        }
        return headers;
    }

    private DelphesTreeView.BranchNames branchNames() {
        return new DelphesTreeView.BranchNames(electronBranch, muonBranch, photonBranch, jetBranch, missingEtBranch,
                genParticleBranch);
    }

    @Override
    public void open(List<Path> inputFiles) throws IOException {
        for (Path input : inputFiles) {
            if (!Files.isRegularFile(input)) {
                throw new NoSuchFileException(input.toString(), null, "Delphes input file not found");
            }
        }
        inputs = List.copyOf(inputFiles);
        nextInput = 0;
        runNumber = -1;
    }

    @Override
    public InputRecord read() throws IOException {
        while (true) {
            if (current == null) {
                if (nextInput >= inputs.size()) {
                    return null;
                }
                return openNext();
            }
            if (chunk == null || chunkEntry >= chunk.entryCount()) {
                chunk = iterator.next();
                chunkEntry = 0;
                if (chunk == null) {
                    finishCurrent();
                    continue;
                }
            }
            Event event = view.event(chunk, chunkEntry, runNumber);
            chunkEntry++;
            eventsInFile++;
            return event;
        }
    }

    private RunHeader openNext() throws IOException {
        Path path = inputs.get(nextInput);
        nextInput++;
        runNumber++;
        current = RootFile.open(path);
        try {
            Tree tree = current.tree(treeName);
            view = new DelphesTreeView(tree, branchNames(), readGenParticles);
            iterator = tree.iterate(view.branchPaths(), 0, tree.entries(), chunkSize);
            chunk = null;
            eventsInFile = 0;
            LOG.info("Opened {} as run {}: tree {} with {} entries and {} top-level branches, reading {} branches", path,
                    runNumber, tree.keyPath(), tree.entries(), tree.branches().size(), view.branchPaths().size());

            RunHeader header = new RunHeader(runNumber, path);
            header.putAttribute(TREE_ATTRIBUTE, tree.keyPath());
            header.putAttribute(ENTRIES_ATTRIBUTE, tree.entries());
            return header;
        } catch (IOException | RuntimeException e) {
            RootFile failed = current;
            current = null;
            failed.close();
            throw e;
        }
    }

    private void finishCurrent() throws IOException {
        RootFile finished = current;
        current = null;
        LOG.info("Read {} events from {} ({} baskets decompressed)", eventsInFile, finished.path(),
                iterator.basketsRead());
        iterator = null;
        view = null;
        finished.close();
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            RootFile open = current;
            current = null;
            open.close();
            LOG.info("Closed {} after {} events, before its end", open.path(), eventsInFile);
        }
    }

    /**
     * Returns the {@link DelphesObject}s of collection {@code collection} (such as {@value #JETS}) of an event
     * read by this source, in the same order as the collection's particles.
     */
    public static List<DelphesObject> objects(Event event, String collection) {
        Optional<DelphesObjects> objects = event.attribute(OBJECTS_PREFIX + collection, DelphesObjects.class);
        return objects.map(DelphesObjects::objects).orElseThrow(() -> new IllegalArgumentException("event "
                + event.eventNumber() + " of run " + event.runNumber() + " has no Delphes objects for collection '"
                + collection + "'; DelphesReader writes them for " + List.of(ELECTRONS, MUONS, PHOTONS, JETS,
                MISSING_ET)));
    }

    /** Lists of objects are stored wrapped, so the attribute type can be checked. */
    record DelphesObjects(List<DelphesObject> objects) {

        DelphesObjects {
            objects = List.copyOf(objects);
        }

        static DelphesObjects of(List<DelphesObject> objects) {
            return new DelphesObjects(new ArrayList<>(objects));
        }
    }
}
