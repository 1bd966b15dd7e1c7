package org.otusj.detector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.otusj.core.event.Event;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.processor.Parallelism;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.detector.card.DelphesCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the electron response of a Delphes card ({@link ElectronResponse}) to the final-state
 * electrons and positrons of each event and, when asked for, the jet response ({@link JetResponse}) to
 * its final-state partons and the missing transverse momentum ({@link EventResponse}).
 *
 * <p>Each event gets its own random generator from {@link ProcessorContext#eventRandom}, seeded from
 * the global seed, this processor's name and the run and event numbers, so an event's result does not
 * depend on which events were processed before it, and two instances with different names smear
 * independently. The output lists are sorted by decreasing pt, the order in which the TreeWriter of the
 * TObjArray-based Delphes 3 versions stores electrons and jets (it sorts each candidate array before
 * writing).
 *
 * <p>Jets ({@code JetCollection}) and the missing transverse momentum ({@code MissingEtCollection}) are
 * off unless a collection name is given. Their random numbers come from a separate stream
 * ({@link DrawStreams}), so turning them on does not change the electrons.
 *
 * <p>With {@code RequiredElectrons} or {@code RequiredJets} above 0 the processor samples the response
 * conditioned on acceptance: it draws the whole event again, continuing the same event generators,
 * until at least that many electrons and jets are reconstructed. This gives a second detector sample of
 * the same accepted events. It is the reference a fast simulation of accepted events is compared with,
 * not a model of a detector.
 *
 * <p>With {@code ExtraDraws} = n the processor also writes n further independent responses of the same
 * event, draw k to the collections named with the suffix {@code _k}. Each draw has its own random streams
 * and its own acceptance redraws. Draw 0, the unsuffixed collections, does not depend on n.
 */
@ProcessorInfo(description = "Reconstructs final-state electrons and positrons with the parametric response of a "
        + "Delphes card (tracking efficiency, momentum smearing, ECAL combination, electron efficiency) and writes "
        + "them as a list of RecoParticle; optionally anti-kt jets of the final-state partons with the card's HCAL "
        + "resolution and jet energy scale, the missing transverse momentum, and extra independent draws.")
public final class CardDetector implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(CardDetector.class);

    @ProcessorParameter(name = "CardFile", existingFile = true,
            description = "Delphes card (.tcl) that defines the detector; a relative path is resolved against the "
                    + "working directory.")
    private Path cardFile = Path.of("delphes-examples/cards/delphes_card_CMS.tcl");

    @ProcessorParameter(name = "InputCollection",
            description = "Collection of generator particles (Particle) whose status-1 electrons and positrons are "
                    + "reconstructed.")
    private String inputCollection = "MCParticles";

    @ProcessorParameter(name = "OutputCollection",
            description = "Collection written with the reconstructed electrons (RecoParticle), sorted by decreasing pt; "
                    + "empty when none survives.")
    private String outputCollection = "Electrons";

    @ProcessorParameter(name = "PropagatorModule",
            description = "Name of the card's ParticlePropagator module (tracker radius in m, half-length in m, "
                    + "field in T).")
    private String propagatorModule = ElectronModuleNames.CMS.propagator();

    @ProcessorParameter(name = "TrackingEfficiencyModule",
            description = "Name of the card's Efficiency module for electron tracks.")
    private String trackingEfficiencyModule = ElectronModuleNames.CMS.trackingEfficiency();

    @ProcessorParameter(name = "MomentumSmearingModule",
            description = "Name of the card's MomentumSmearing module for electron tracks.")
    private String momentumSmearingModule = ElectronModuleNames.CMS.momentumSmearing();

    @ProcessorParameter(name = "CalorimeterModule",
            description = "Name of the card's SimpleCalorimeter module that measures electrons (the ECAL).")
    private String calorimeterModule = ElectronModuleNames.CMS.calorimeter();

    @ProcessorParameter(name = "ElectronEfficiencyModule",
            description = "Name of the card's Efficiency module for reconstructed electrons.")
    private String electronEfficiencyModule = ElectronModuleNames.CMS.electronEfficiency();

    @ProcessorParameter(name = "JetCollection",
            description = "Collection written with the reconstructed jets (RecoParticle, PDG id 0, charge 0), sorted "
                    + "by decreasing pt. Empty (the default) turns jets off.")
    private String jetCollection = "";

    @ProcessorParameter(name = "MissingEtCollection",
            description = "Collection written with the missing transverse momentum, one RecoParticle (PDG id 0, "
                    + "charge 0, pz = 0, E = |pT|). Empty (the default) turns it off.")
    private String missingEtCollection = "";

    @ProcessorParameter(name = "JetFinderModule",
            description = "Name of the card's FastJetFinder module (JetAlgorithm, ParameterR, JetPTMin).")
    private String jetFinderModule = JetModuleNames.CMS.finder();

    @ProcessorParameter(name = "JetEnergyScaleModule",
            description = "Name of the card's EnergyScale module for jets (ScaleFormula).")
    private String jetEnergyScaleModule = JetModuleNames.CMS.energyScale();

    @ProcessorParameter(name = "JetCalorimeterModule",
            description = "Name of the card's SimpleCalorimeter module whose ResolutionFormula smears jet energies and "
                    + "whose tower grid sets the jet acceptance (the HCAL).")
    private String jetCalorimeterModule = JetModuleNames.CMS.calorimeter();

    @ProcessorParameter(name = "JetPTMin",
            description = "Jets whose smeared pt (before the energy scale) is not above this many GeV are dropped. "
                    + "A negative value takes the JetPTMin of the card's finder module.")
    private double jetPtMin = -1.0;

    @ProcessorParameter(name = "RequiredElectrons",
            description = "Redraw an event's response until at least this many electrons are reconstructed (sampling "
                    + "the response conditioned on acceptance); 0 draws once.")
    private int requiredElectrons = 0;

    @ProcessorParameter(name = "RequiredJets",
            description = "Redraw an event's response until at least this many jets pass the pt cut, together with "
                    + "RequiredElectrons; 0 puts no condition on jets. Needs JetCollection.")
    private int requiredJets = 0;

    @ProcessorParameter(name = "MaxRedraws",
            description = "Maximum draws per event when RequiredElectrons or RequiredJets is set. The last draw is "
                    + "kept if none reaches them.")
    private int maxRedraws = 1000;

    @ProcessorParameter(name = "ExtraDraws",
            description = "Number of further independent responses of each event, written to the output collections "
                    + "with the suffixes _1 to _n. 0 writes only the first draw.")
    private int extraDraws = 0;

    private ProcessorContext context;
    private EventResponse response;
    private long redraws;
    private long redrawFailures;
    private long electronsIn;
    private long electronsOut;
    private long jetsOut;
    private long events;

    @Override
    public void init(ProcessorContext context) throws IOException {
        this.context = context;
        String processor = context.processorName();
        response = buildResponse(processor);

        LOG.info("Processor '{}' uses the {} of {}, reading '{}' and writing '{}'", processor,
                response.electronResponse(), cardFile, inputCollection, outputCollection);
        if (response.hasJets()) {
            LOG.info("Processor '{}' uses the {} with jet pt > {} GeV, writing jets to '{}' and missing momentum "
                    + "to '{}'", processor, response.jetResponse(), response.jetPtMin(), jetsEnabled() ? jetCollection : "(off)",
                    missingEtEnabled() ? missingEtCollection : "(off)");
        }
        if (extraDraws > 0) {
            LOG.info("Processor '{}' writes {} extra draws per event to collections with suffixes _1 to _{}",
                    processor, extraDraws, extraDraws);
        }
    }

    /** Checks the counts, the collection names and the card modules without keeping anything. */
    @Override
    public void checkConfiguration(ProcessorContext context) throws IOException {
        buildResponse(context.processorName());
    }

    private EventResponse buildResponse(String processor) throws IOException {
        checkCounts(processor);
        checkCollectionNames(processor);
        if (!Files.isRegularFile(cardFile)) {
            throw new IllegalArgumentException("processor '" + processor + "': CardFile not found: "
                    + cardFile + " (relative paths are resolved against the working directory "
                    + Path.of("").toAbsolutePath() + ")");
        }
        DelphesCard card = DelphesCard.read(cardFile);
        ElectronModuleNames names = new ElectronModuleNames(propagatorModule, trackingEfficiencyModule,
                momentumSmearingModule, calorimeterModule, electronEfficiencyModule);
        ElectronResponse electrons = ElectronResponse.fromCard(card, names);

        JetResponse jets = null;
        double ptMin = jetPtMin;
        if (jetsEnabled() || missingEtEnabled()) {
            jets = JetResponse.fromCard(card, new JetModuleNames(jetFinderModule, jetEnergyScaleModule,
                    jetCalorimeterModule));
            if (ptMin < 0) {
                ptMin = jets.cardPtMin();
            }
        }
        return new EventResponse(electrons, jets, ptMin, missingEtEnabled());
    }

    private void checkCounts(String processor) {
        if (requiredElectrons < 0 || requiredJets < 0 || maxRedraws < 1 || extraDraws < 0) {
            throw new IllegalArgumentException("processor '" + processor
                    + "': RequiredElectrons, RequiredJets and ExtraDraws must not be negative and MaxRedraws must be "
                    + "positive, found " + requiredElectrons + ", " + requiredJets + ", " + extraDraws + " and "
                    + maxRedraws);
        }
        if (requiredJets > 0 && !jetsEnabled()) {
            throw new IllegalArgumentException("processor '" + processor + "': RequiredJets is "
                    + requiredJets + " but jets are off; set JetCollection (for example to Jets)");
        }
    }

    private void checkCollectionNames(String processor) {
        boolean clash = (jetsEnabled() && jetCollection.equals(outputCollection))
                || (missingEtEnabled() && missingEtCollection.equals(outputCollection))
                || (jetsEnabled() && missingEtEnabled() && jetCollection.equals(missingEtCollection));
        if (clash) {
            throw new IllegalArgumentException("processor '" + processor + "': OutputCollection '"
                    + outputCollection + "', JetCollection '" + jetCollection + "' and MissingEtCollection '"
                    + missingEtCollection + "' must be different names");
        }
    }

    private boolean jetsEnabled() {
        return !jetCollection.isEmpty();
    }

    private boolean missingEtEnabled() {
        return !missingEtCollection.isEmpty();
    }

    @Override
    public void processEvent(Event event) {
        List<Particle> particles = event.collection(inputCollection, Particle.class);
        EventResponse.Input input = response.prepare(particles);
        electronsIn += input.electrons().size();
        DrawStreams streams = new DrawStreams(context, event);

        for (int draw = 0; draw <= extraDraws; draw++) {
            RandomGenerator jetRandom = response.hasJets() ? streams.jets(draw) : null;
            EventResponse.Draw result = drawAccepted(input, streams.electrons(draw), jetRandom);
            write(event, draw, result);
        }
        events++;
    }

    /** Draws once, then redraws from the same generators while the acceptance requirements fail. */
    private EventResponse.Draw drawAccepted(EventResponse.Input input, RandomGenerator electronRandom,
            RandomGenerator jetRandom) {
        EventResponse.Draw result = response.draw(input, electronRandom, jetRandom);

        boolean conditioned = requiredElectrons > 0 || requiredJets > 0;
        boolean reachable = input.electrons().size() >= requiredElectrons && input.jets().size() >= requiredJets;
        if (conditioned && reachable) {
            int draws = 1;
            while (!accepted(result) && draws < maxRedraws) {
                result = response.draw(input, electronRandom, jetRandom);
                draws++;
                redraws++;
            }
            if (!accepted(result)) {
                redrawFailures++;
            }
        }
        return result;
    }

    private boolean accepted(EventResponse.Draw result) {
        return result.electrons().size() >= requiredElectrons && result.jets().size() >= requiredJets;
    }

    private void write(Event event, int draw, EventResponse.Draw result) {
        event.addCollection(drawName(outputCollection, draw), result.electrons());
        electronsOut += result.electrons().size();
        if (jetsEnabled()) {
            event.addCollection(drawName(jetCollection, draw), result.jets());
            jetsOut += result.jets().size();
        }
        if (missingEtEnabled()) {
            List<RecoParticle> missing = List.of(result.missingEt());
            event.addCollection(drawName(missingEtCollection, draw), missing);
        }
    }

    @Override
    public Set<String> inputCollections() {
        return Set.of(inputCollection);
    }

    /** The collections {@link #processEvent} writes: electrons and, if enabled, jets and missing ET, per draw. */
    @Override
    public Set<String> outputCollections() {
        Set<String> outputs = new LinkedHashSet<>();
        for (int draw = 0; draw <= Math.max(0, extraDraws); draw++) {
            outputs.add(drawName(outputCollection, draw));
            if (jetsEnabled()) {
                outputs.add(drawName(jetCollection, draw));
            }
            if (missingEtEnabled()) {
                outputs.add(drawName(missingEtCollection, draw));
            }
        }
        return outputs;
    }

    /**
     * Replicated: an event's response depends only on its particles and its own random streams. Each
     * replica keeps its own counters and logs them at the end.
     */
    @Override
    public Parallelism parallelism() {
        return Parallelism.REPLICATED;
    }

    /** Returns the collection name of draw {@code draw}: the name itself for draw 0, else name_draw. */
    static String drawName(String collection, int draw) {
        return draw == 0 ? collection : collection + "_" + draw;
    }

    @Override
    public void end() {
        String name = context == null ? "?" : context.processorName();
        long drawn = electronsIn * (extraDraws + 1L);
        LOG.info("Processor '{}': {} events, {} {} each, {} generator electrons, {} reconstructed over all draws "
                + "({})", name, events, extraDraws + 1, extraDraws == 0 ? "draw" : "draws", electronsIn, electronsOut,
                drawn == 0 ? "no electrons" : String.format("%.1f %%", 100.0 * electronsOut / drawn));
        if (jetsEnabled()) {
            LOG.info("Processor '{}': {} jets over all draws ({} per draw)", name, jetsOut,
                    events == 0 ? "no events" : String.format("%.2f", (double) jetsOut / (events * (extraDraws + 1L))));
        }
        if (requiredElectrons > 0 || requiredJets > 0) {
            LOG.info("Processor '{}': {} redraws to reach {} electrons and {} jets; {} draws never reached them in {} "
                    + "tries", name, redraws, requiredElectrons, requiredJets, redrawFailures, maxRedraws);
        }
    }
}
