package org.otusj.otus.processor;

import java.util.List;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.model.GeneratorSpec;
import org.otusj.otus.model.OtusModel;

/**
 * OTUS unfolding: maps each event's detector-level vector x to a parton-level sample z~ = E(x) with a
 * trained encoder and writes it as final-state generator particles (status 1, PDG ids of the Z layout's
 * objects, no mothers or colours), so that later processors read it like an LHE record.
 */
@ProcessorInfo(description = "Unfolding: encodes each event's reconstructed objects into parton-level particles with a "
        + "trained OTUS model, on batches of events.")
public final class OtusUnfold extends OtusGeneratorProcessor {

    @ProcessorParameter(description = "Collections of reconstructed objects giving x: 'Electrons' for zee, "
            + "'Electrons MissingET Jets' for ttbar.")
    private String recoCollection = "Electrons";

    @ProcessorParameter(description = "Collection the unfolded parton-level particles are written to.")
    private String outputCollection = "UnfoldedParticles";

    @Override
    GeneratorSpec spec(OtusModel model) {
        return model.metadata().encoder();
    }

    @Override
    EventLayout inputLayout(OtusModel model) {
        return StudyLayouts.reco(model.metadata().study(), recoCollection);
    }

    @Override
    String outputCollection() {
        return outputCollection;
    }

    @Override
    String inputCollection() {
        return recoCollection;
    }

    @Override
    float[] apply(OtusModel model, float[] inputs, float[] noise, int rows) {
        return model.encode(inputs, noise, rows);
    }

    @Override
    List<? extends List<?>> toObjectGroups(GeneratorSpec spec, double[] row) {
        return List.of(spec.outputLayout().toGeneratorParticles(row));
    }

    @Override
    int groups(GeneratorSpec spec) {
        return 1;
    }
}
