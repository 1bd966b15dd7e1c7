package org.otusj.aida.processor;

import hep.aida.IAxis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.otusj.aida.AidaPath;
import org.otusj.aida.AidaTree;
import org.otusj.aida.FixedAxis;
import org.otusj.aida.xml.AidaXmlWriter;
import org.otusj.aida.yoda.YodaWriter;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Histograms, for each listed collection, px, py, pz and E of the first particle with id {@code PdgId}
 * and the invariant mass of the first particles with the two ids of {@code PairPdgIds}, and writes all
 * histograms to one AIDA XML file at the end of the run.
 *
 * <p>Each collection gets the AIDA directory {@code /<collection>/}, holding for the default ids {@code
 * positron_px}, {@code positron_py}, {@code positron_pz}, {@code positron_e} and {@code pair_mass}.
 * Collection elements may be generator {@code Particle}s, of which only the final state (status 1)
 * counts, or {@code RecoParticle}s. An event without the particle or the pair adds nothing to those
 * histograms, and the counts of such events are logged at the end.
 */
@ProcessorInfo(description = "Histograms px, py, pz and E of one particle type and the invariant mass of a"
        + " particle pair in each listed collection, and writes them to an AIDA XML file at the end of the run.")
public final class ParticleHistograms implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ParticleHistograms.class);

    @ProcessorParameter(name = "Collections", description = "Names of the collections to histogram, separated"
            + " by spaces; each gets its own AIDA directory /<collection>/. Elements may be generator particles"
            + " (only status 1 counts) or reconstructed particles.")
    private List<String> collections = new ArrayList<>(List.of("MCParticles"));

    @ProcessorParameter(name = "PdgId", description = "PDG id of the particle whose px, py, pz and E are"
            + " histogrammed; the first such particle in each collection is used.")
    private int pdgId = -11;

    @ProcessorParameter(name = "PairPdgIds", description = "Two PDG ids whose first particles in each collection"
            + " form the pair of the invariant-mass histogram; an empty value turns that histogram off.")
    private List<Integer> pairPdgIds = new ArrayList<>(List.of(11, -11));

    @ProcessorParameter(name = "PxBins", description = "Number of bins of the px histogram.")
    private int pxBins = 100;

    @ProcessorParameter(name = "PxMin", description = "Lower edge of the px histogram in GeV.")
    private double pxMin = -100.0;

    @ProcessorParameter(name = "PxMax", description = "Upper edge of the px histogram in GeV.")
    private double pxMax = 100.0;

    @ProcessorParameter(name = "PyBins", description = "Number of bins of the py histogram.")
    private int pyBins = 100;

    @ProcessorParameter(name = "PyMin", description = "Lower edge of the py histogram in GeV.")
    private double pyMin = -100.0;

    @ProcessorParameter(name = "PyMax", description = "Upper edge of the py histogram in GeV.")
    private double pyMax = 100.0;

    @ProcessorParameter(name = "PzBins", description = "Number of bins of the pz histogram.")
    private int pzBins = 100;

    @ProcessorParameter(name = "PzMin", description = "Lower edge of the pz histogram in GeV.")
    private double pzMin = -400.0;

    @ProcessorParameter(name = "PzMax", description = "Upper edge of the pz histogram in GeV.")
    private double pzMax = 400.0;

    @ProcessorParameter(name = "EnergyBins", description = "Number of bins of the energy histogram.")
    private int energyBins = 100;

    @ProcessorParameter(name = "EnergyMin", description = "Lower edge of the energy histogram in GeV.")
    private double energyMin = 0.0;

    @ProcessorParameter(name = "EnergyMax", description = "Upper edge of the energy histogram in GeV.")
    private double energyMax = 500.0;

    @ProcessorParameter(name = "MassBins", description = "Number of bins of the pair-mass histogram.")
    private int massBins = 60;

    @ProcessorParameter(name = "MassMin", description = "Lower edge of the pair-mass histogram in GeV.")
    private double massMin = 60.0;

    @ProcessorParameter(name = "MassMax", description = "Upper edge of the pair-mass histogram in GeV.")
    private double massMax = 120.0;

    @ProcessorParameter(name = "OutputFile", description = "AIDA file written at the end, relative to the"
            + " global OutputDirectory: YODA text if the name ends in .yoda, plain AIDA XML if it ends in .aida,"
            + " else gzip-compressed AIDA XML.")
    private String outputFile = "histograms.aida.gz";

    @ProcessorParameter(name = "Title", description = "Text put before every histogram title, such as the"
            + " sample name; empty for none.")
    private String title = "";

    @ProcessorParameter(name = "UseEventWeight", description = "Fill with the event weight instead of 1.")
    private boolean useEventWeight = false;

    private final List<CollectionHistograms> histograms = new ArrayList<>();
    private Path outputPath;

    /** Declares the histogrammed collections, so a misspelt name is reported before the first event. */
    @Override
    public Set<String> inputCollections() {
        return Set.copyOf(collections);
    }

    @Override
    public void init(ProcessorContext context) throws IOException {
        checkCollections();
        int[] pair = pairIds();
        KinematicAxes axes = new KinematicAxes(
                axis("Px", pxBins, pxMin, pxMax),
                axis("Py", pyBins, pyMin, pyMax),
                axis("Pz", pzBins, pzMin, pzMax),
                axis("Energy", energyBins, energyMin, energyMax),
                axis("Mass", massBins, massMin, massMax));
        HistogramLabels labels = new HistogramLabels(title, useEventWeight ? "Sum of event weights" : "Events");

        histograms.clear();
        for (String collection : collections) {
            histograms.add(new CollectionHistograms(collection, pdgId, pair, labels, axes));
        }
        outputPath = resolveOutput(context);
        LOG.info("{}: histogramming {} (PDG {}) in collections {}; output {}", context.processorName(),
                ParticleNames.of(pdgId), pdgId, collections, outputPath);
    }

    @Override
    public void processEvent(Event event) {
        double weight = useEventWeight ? event.weight() : 1.0;
        for (CollectionHistograms collection : histograms) {
            collection.fill(event, weight);
        }
    }

    /** Writes the AIDA file and logs its path and the events that lacked the particle or the pair. */
    @Override
    public void end() throws IOException {
        AidaTree tree = new AidaTree();
        for (CollectionHistograms collection : histograms) {
            collection.register(tree);
            logMissing(collection);
        }

        if (outputPath.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".yoda")) {
            YodaWriter.write(tree, outputPath);
        } else {
            AidaXmlWriter.forFile(outputPath).write(tree, outputPath);
        }
        LOG.info("Wrote {} histograms to {}", tree.size(), outputPath);
    }

    private void checkCollections() {
        if (collections.isEmpty()) {
            throw new IllegalArgumentException("Collections must name at least one collection");
        }
        Set<String> seen = new HashSet<>();
        for (String collection : collections) {
            if (!seen.add(collection)) {
                throw new IllegalArgumentException("Collections lists '" + collection + "' twice");
            }
            if (collection.contains("/")) {
                throw new IllegalArgumentException("Collections: '" + collection + "' cannot be an AIDA directory"
                        + " name because it contains '/'");
            }
            try {
                AidaPath.parse("/" + collection);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("Collections: '" + collection
                        + "' cannot be an AIDA directory name: " + invalid.getMessage(), invalid);
            }
        }
    }

    private int[] pairIds() {
        if (pairPdgIds.isEmpty()) {
            return new int[0];
        }
        if (pairPdgIds.size() != 2) {
            throw new IllegalArgumentException("PairPdgIds must contain two PDG ids, or none to turn the mass"
                    + " histogram off, found " + pairPdgIds);
        }
        return new int[] {pairPdgIds.get(0), pairPdgIds.get(1)};
    }

    private static IAxis axis(String prefix, int bins, double min, double max) {
        try {
            return new FixedAxis(bins, min, max);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("invalid binning " + prefix + "Bins=" + bins + ", " + prefix + "Min="
                    + min + ", " + prefix + "Max=" + max + ": " + invalid.getMessage(), invalid);
        }
    }

    private Path resolveOutput(ProcessorContext context) throws IOException {
        if (outputFile.isBlank()) {
            throw new IllegalArgumentException("OutputFile must name a file");
        }
        Path path;
        try {
            path = context.outputPath(outputFile.strip());
        } catch (InvalidPathException invalid) {
            throw new IllegalArgumentException("OutputFile '" + outputFile + "' is not a valid path: "
                    + invalid.getMessage(), invalid);
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return path;
    }

    private void logMissing(CollectionHistograms collection) {
        if (collection.eventsWithoutParticle() > 0) {
            LOG.info("Collection {}: {} of {} events had no final-state {} (PDG {})", collection.collection(),
                    collection.eventsWithoutParticle(), collection.events(), collection.particleName(), pdgId);
        }
        if (collection.hasPairMass() && collection.eventsWithoutPair() > 0) {
            LOG.info("Collection {}: {} of {} events had no {} pair", collection.collection(),
                    collection.eventsWithoutPair(), collection.events(), pairPdgIds);
        }
    }
}
