package org.otusj.detector.decay;

import java.util.List;
import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;
import org.otusj.core.processor.Parallelism;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decays the final-state top quarks of undecayed generator events (such as MadGraph's
 * {@code p p > t t~}) to the semileptonic final state t~ -> W- b~ -> e- nu_e~ b~ and
 * t -> W+ b -> u d~ b, or the charge conjugate with {@code LeptonicTop} set to {@code TOP}.
 *
 * <p>The decay model is that of {@link TopDecayer}: the top keeps the mass of its four-momentum, the W
 * mass follows a relativistic Breit-Wigner truncated to (0, m_t - m_b], and both decays are isotropic
 * in the rest frame of the decaying particle. The defaults are the W mass 80.377 GeV and width 2.085 GeV
 * of the Review of Particle Physics 2022 (R. L. Workman et al., Prog. Theor. Exp. Phys. 2022, 083C01),
 * and the b-quark mass 4.7 GeV of the parameter card (BLOCK MASS) in the header of the MadGraph 3.5.2
 * {@code p p > t t~} example file.
 *
 * <p>Events cannot replace a collection, so the decayed record is written to {@code OutputCollection},
 * which must differ from {@code InputCollection}: the input with the tops set to status 2, followed by
 * the Ws (status 2), the b quarks and the W daughters (status 1). An event without final-state tops gets
 * an unchanged copy. Each event's random numbers come from {@link ProcessorContext#eventRandom}.
 */
@ProcessorInfo(description = "Decays final-state top quarks to the semileptonic final state (one W -> e nu_e, the "
        + "other W -> u d~) with isotropic two-body decays and a Breit-Wigner W mass, and writes the extended "
        + "particle record.")
public final class TopDecay implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(TopDecay.class);

    @ProcessorParameter(name = "InputCollection",
            description = "Collection of generator particles (Particle) whose status-1 tops are decayed.")
    private String inputCollection = "MCParticles";

    @ProcessorParameter(name = "OutputCollection",
            description = "Collection written with the decayed record (Particle): the input with tops at status 2, "
                    + "then W (status 2), b and W daughters (status 1). It must differ from InputCollection.")
    private String outputCollection = "DecayedParticles";

    @ProcessorParameter(name = "LeptonicTop",
            description = "Which top decays through W -> e nu_e: ANTITOP (t~ -> W- b~, W- -> e- nu_e~) or TOP "
                    + "(t -> W+ b, W+ -> e+ nu_e). The other top decays through W -> u d~ or its conjugate.")
    private LeptonicTop leptonicTop = LeptonicTop.ANTITOP;

    @ProcessorParameter(name = "WMass", description = "W pole mass in GeV (default: PDG 2022).")
    private double wMass = 80.377;

    @ProcessorParameter(name = "WWidth", description = "W total width in GeV (default: PDG 2022).")
    private double wWidth = 2.085;

    @ProcessorParameter(name = "BottomMass",
            description = "b-quark mass in GeV given to the b and b~ of the decay (default: the mass in MadGraph's "
                    + "parameter card of the example p p > t t~ file).")
    private double bottomMass = 4.7;

    private ProcessorContext context;
    private TopDecayer decayer;
    private long events;
    private long eventsWithoutTops;
    private long topsDecayed;

    @Override
    public void init(ProcessorContext context) {
        this.context = context;
        decayer = buildDecayer(context);
        LOG.info("Processor '{}' decays the tops of '{}' into '{}': leptonic {}, W mass {} GeV, width {} GeV, "
                + "b mass {} GeV", context.processorName(), inputCollection, outputCollection, leptonicTop, wMass,
                wWidth, bottomMass);
    }

    /** Checks the collection names, the masses and the width without keeping anything. */
    @Override
    public void checkConfiguration(ProcessorContext context) {
        buildDecayer(context);
    }

    private TopDecayer buildDecayer(ProcessorContext context) {
        if (inputCollection.equals(outputCollection)) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "': OutputCollection must "
                    + "differ from InputCollection '" + inputCollection + "', because an event cannot replace a "
                    + "collection; read the decayed record from the new name in later processors");
        }
        try {
            return new TopDecayer(leptonicTop, wMass, wWidth, bottomMass);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "': " + invalid.getMessage(),
                    invalid);
        }
    }

    @Override
    public void processEvent(Event event) {
        List<Particle> particles = event.collection(inputCollection, Particle.class);
        int tops = countFinalStateTops(particles);

        List<Particle> decayed;
        try {
            decayed = decayer.decay(particles, context.eventRandom(event));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "', event "
                    + event.eventNumber() + " of run " + event.runNumber() + ": " + invalid.getMessage(), invalid);
        }

        events++;
        topsDecayed += tops;
        if (tops == 0) {
            eventsWithoutTops++;
        }
        event.addCollection(outputCollection, decayed);
    }

    private static int countFinalStateTops(List<Particle> particles) {
        int tops = 0;
        for (Particle particle : particles) {
            if (particle.isFinalState() && Math.abs(particle.pdgId()) == Pdg.TOP) {
                tops++;
            }
        }
        return tops;
    }

    @Override
    public Set<String> inputCollections() {
        return Set.of(inputCollection);
    }

    @Override
    public Set<String> outputCollections() {
        return Set.of(outputCollection);
    }

    /**
     * Replicated: an event's decays depend only on its particles and its own random generator. Each
     * replica keeps its own counters and logs them at the end.
     */
    @Override
    public Parallelism parallelism() {
        return Parallelism.REPLICATED;
    }

    @Override
    public void end() {
        LOG.info("Processor '{}': {} events, {} tops decayed, {} events without a final-state top",
                context == null ? "?" : context.processorName(), events, topsDecayed, eventsWithoutTops);
    }
}
