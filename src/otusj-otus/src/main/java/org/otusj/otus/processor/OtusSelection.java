package org.otusj.otus.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @ProcessorParameter(description = "Study layout: zee or ttbar.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z; empty to select on the "
            + "reconstruction alone (detector data without a generator record).")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collections of reconstructed objects giving x: 'Electrons' for zee, "
            + "'Electrons MissingET Jets' for ttbar.")
    private String recoCollection = "Electrons";

    @ProcessorParameter(description = "Collections that must be empty for an event to pass, e.g. 'Muons Photons Jets' "
            + "for the Z to ee selection on Delphes output (exactly two electrons and nothing else).")
    private List<String> vetoCollections = new ArrayList<>();

    private EventLayout truth;
    private EventLayout reco;
    private String name;
    private long seen;
    private long selected;

    /** Declares every collection the selection reads, so a misspelt name is reported before the first event. */
    @Override
    public Set<String> inputCollections() {
        Set<String> names = new LinkedHashSet<>();
        if (!truthCollection.isBlank()) {
            names.add(truthCollection.strip());
        }
        names.addAll(List.of(recoCollection.strip().split("\\s+")));
        names.addAll(vetoCollections);
        return names;
    }

    @Override
    public void init(ProcessorContext context) {
        name = context.processorName();
        truth = truthCollection.isBlank() ? null : StudyLayouts.truth(study, truthCollection);
        reco = StudyLayouts.reco(study, recoCollection);
    }

    @Override
    public void processEvent(Event event) {
        seen++;
        boolean fits = (truth == null || truth.extract(event).isPresent()) && reco.extract(event).isPresent();
        if (!fits || vetoed(event)) {
            throw new SkipEventException();
        }
        selected++;
    }

    private boolean vetoed(Event event) {
        for (String collection : vetoCollections) {
            if (!event.collection(collection, Object.class).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() {
        LOG.info("{}: selected {} of {} events ({})", name, selected, seen,
                seen == 0 ? "-" : String.format("%.1f %%", 100.0 * selected / seen));
    }
}
