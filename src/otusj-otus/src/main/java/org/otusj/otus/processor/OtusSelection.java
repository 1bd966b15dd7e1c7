package org.otusj.otus.processor;

import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.core.processor.SkipEventException;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OTUS event selection: keeps an event only if it fits both the parton-level and the detector-level
 * layout of the study (for Z to e+e-: one final-state e- and e+ in the generator record and exactly two
 * reconstructed electrons of opposite charge). Other events are skipped, so they drop out of both spaces.
 */
@ProcessorInfo(description = "Skips events that do not fit the study's Z and X layouts (for zee: exactly one "
        + "generator e- and e+, and two reconstructed electrons of opposite charge).")
public final class OtusSelection implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusSelection.class);

    @ProcessorParameter(description = "Study layout: zee.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z.")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collection of reconstructed objects giving x.")
    private String recoCollection = "Electrons";

    private EventLayout truth;
    private EventLayout reco;
    private String name;
    private long seen;
    private long selected;

    @Override
    public void init(ProcessorContext context) {
        name = context.processorName();
        truth = StudyLayouts.truth(study, truthCollection);
        reco = StudyLayouts.reco(study, recoCollection);
    }

    @Override
    public void processEvent(Event event) {
        seen++;
        if (truth.extract(event).isEmpty() || reco.extract(event).isEmpty()) {
            throw new SkipEventException();
        }
        selected++;
    }

    @Override
    public void end() {
        LOG.info("{}: selected {} of {} events ({})", name, selected, seen,
                seen == 0 ? "-" : String.format("%.1f %%", 100.0 * selected / seen));
    }
}
