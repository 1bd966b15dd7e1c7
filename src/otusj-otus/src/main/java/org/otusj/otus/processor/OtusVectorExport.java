package org.otusj.otus.processor;

import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.io.hdf5.EventAttributeVectorSource;
import org.otusj.io.hdf5.Hdf5Writer;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;

/**
 * Puts each event's OTUS vectors into event attributes for {@link Hdf5Writer}: z (parton level) under
 * {@code OtusZ} and x (reconstructed) under {@code OtusX}, each when the event fits the study's layout,
 * and the column names and layout name into every run header. Together with an event source (LHE, Delphes
 * ROOT) and, for LHE input, a detector, this converts events into the OTUS HDF5 training format.
 */
@ProcessorInfo(description = "Stores each event's OTUS z and x vectors as event attributes OtusZ and OtusX, for "
        + "Hdf5Writer.")
public final class OtusVectorExport implements Processor {

    @ProcessorParameter(description = "Study layout: zee or ttbar.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z; empty to export x only (e.g. "
            + "for Delphes files without generator record).")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collections of reconstructed objects giving x: 'Electrons' for zee, "
            + "'Electrons MissingET Jets' for ttbar; empty to export z only.")
    private String recoCollection = "Electrons";

    @ProcessorParameter(description = "Event attribute of z.")
    private String zAttribute = "OtusZ";

    @ProcessorParameter(description = "Event attribute of x.")
    private String xAttribute = "OtusX";

    private EventLayout truth;
    private EventLayout reco;

    @Override
    public void init(ProcessorContext context) {
        truth = truthCollection.isBlank() ? null : StudyLayouts.truth(study, truthCollection);
        reco = recoCollection.isBlank() ? null : StudyLayouts.reco(study, recoCollection);
        if (truth == null && reco == null) {
            throw new IllegalArgumentException(context.processorName() + " needs TruthCollection, RecoCollection or both");
        }
    }

    @Override
    public void processRunHeader(RunHeader header) {
        header.putAttribute(Hdf5Writer.LAYOUT_ATTRIBUTE, study);
        header.putAttribute(zAttribute + EventAttributeVectorSource.COLUMNS_SUFFIX,
                StudyLayouts.truthLayout(study).columnNames());
        header.putAttribute(xAttribute + EventAttributeVectorSource.COLUMNS_SUFFIX,
                StudyLayouts.recoLayout(study).columnNames());
    }

    @Override
    public void processEvent(Event event) {
        if (truth != null) {
            Optional<double[]> z = truth.extract(event);
            z.ifPresent(vector -> event.putAttribute(zAttribute, vector));
        }
        if (reco != null) {
            Optional<double[]> x = reco.extract(event);
            x.ifPresent(vector -> event.putAttribute(xAttribute, vector));
        }
    }
}
