package org.otusj.detector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.otusj.core.event.Event;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.detector.card.DelphesCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the electron response of a Delphes card ({@link ElectronResponse}) to the final-state
 * electrons and positrons of each event.
 *
 * <p>Each event gets its own random generator from {@link ProcessorContext#eventRandom}, seeded from
 * the global seed, this processor's name and the run and event numbers, so an event's result does not
 * depend on which events were processed before it, and two instances with different names smear
 * independently. The output list is sorted by decreasing pt, the order in which Delphes' TreeWriter
 * stores electrons (it sorts the candidate array before writing).
 *
 * <p>With {@code RequiredElectrons} above 0 the processor samples the response conditioned on
 * acceptance: it draws the whole event again, from the same event generator, until at least that many
 * electrons are reconstructed. This gives a second detector sample of the same accepted events, the
 * reference a fast simulation of accepted events is compared with; it is not a model of a detector.
 */
@ProcessorInfo(description = "Reconstructs final-state electrons and positrons with the parametric response of a "
        + "Delphes card (tracking efficiency, momentum smearing, ECAL combination, electron efficiency) and writes "
        + "them as a list of RecoParticle.")
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

    @ProcessorParameter(name = "RequiredElectrons",
            description = "Redraw an event's response until at least this many electrons are reconstructed (sampling "
                    + "the response conditioned on acceptance); 0 draws once.")
    private int requiredElectrons = 0;

    @ProcessorParameter(name = "MaxRedraws",
            description = "Maximum draws per event when RequiredElectrons is set; the last draw is kept if none "
                    + "reaches it.")
    private int maxRedraws = 1000;

    private ProcessorContext context;
    private long redraws;
    private long redrawFailures;
    private ElectronResponse response;
    private long electronsIn;
    private long electronsOut;
    private long events;

    @Override
    public void init(ProcessorContext context) throws IOException {
        this.context = context;
        if (requiredElectrons < 0 || maxRedraws < 1) {
            throw new IllegalArgumentException("processor '" + context.processorName()
                    + "': RequiredElectrons must not be negative and MaxRedraws must be positive, found "
                    + requiredElectrons + " and " + maxRedraws);
        }
        if (!Files.isRegularFile(cardFile)) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "': CardFile not found: "
                    + cardFile + " (relative paths are resolved against the working directory "
                    + Path.of("").toAbsolutePath() + ")");
        }
        DelphesCard card = DelphesCard.read(cardFile);
        ElectronModuleNames names = new ElectronModuleNames(propagatorModule, trackingEfficiencyModule,
                momentumSmearingModule, calorimeterModule, electronEfficiencyModule);
        response = ElectronResponse.fromCard(card, names);
        LOG.info("Processor '{}' uses the {} of {}, reading '{}' and writing '{}'", context.processorName(),
                response, cardFile, inputCollection, outputCollection);
    }

    @Override
    public void processEvent(Event event) {
        List<Particle> particles = event.collection(inputCollection, Particle.class);
        RandomGenerator random = context.eventRandom(event);

        List<Particle> generated = new ArrayList<>();
        for (Particle particle : particles) {
            if (particle.isFinalState() && Math.abs(particle.pdgId()) == Pdg.ELECTRON) {
                generated.add(particle);
            }
        }
        electronsIn += generated.size();

        List<RecoParticle> electrons = reconstruct(generated, random);
        if (requiredElectrons > 0 && generated.size() >= requiredElectrons) {
            int draws = 1;
            while (electrons.size() < requiredElectrons && draws < maxRedraws) {
                electrons = reconstruct(generated, random);
                draws++;
                redraws++;
            }
            if (electrons.size() < requiredElectrons) {
                redrawFailures++;
            }
        }

        electronsOut += electrons.size();
        events++;
        event.addCollection(outputCollection, electrons);
    }

    private List<RecoParticle> reconstruct(List<Particle> generated, RandomGenerator random) {
        List<RecoParticle> electrons = new ArrayList<>();
        for (Particle particle : generated) {
            Optional<RecoParticle> reconstructed = response.reconstruct(particle, random);
            reconstructed.ifPresent(electrons::add);
        }
        electrons.sort(Comparator.comparingDouble((RecoParticle electron) -> electron.momentum().pt()).reversed());
        return electrons;
    }

    @Override
    public void end() {
        LOG.info("Processor '{}': {} events, {} generator electrons, {} reconstructed ({})",
                context == null ? "?" : context.processorName(), events, electronsIn, electronsOut,
                electronsIn == 0 ? "no electrons" : String.format("%.1f %%", 100.0 * electronsOut / electronsIn));
        if (requiredElectrons > 0) {
            LOG.info("Processor '{}': {} redraws to reach {} electrons; {} events never reached it in {} draws",
                    context == null ? "?" : context.processorName(), redraws, requiredElectrons, redrawFailures,
                    maxRedraws);
        }
    }
}
