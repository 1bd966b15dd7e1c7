package org.otusj.otus.processor;

import java.util.List;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.FinalStateLayout;
import org.otusj.otus.model.GeneratorSpec;
import org.otusj.otus.model.OtusModel;

/**
 * The OTUS fast simulation: maps each event's parton-level vector z to a detector-level sample
 * x~' = D(z) with a trained decoder and writes it as reconstructed objects. An output outside a
 * restricted decoder's valid set (a jet below threshold, say) gives an empty collection, so the event
 * fails the selection as a real event would.
 */
@ProcessorInfo(description = "Fast simulation: decodes each event's z into reconstructed objects with a trained OTUS "
        + "model, on batches of events.")
public final class OtusFastSim extends OtusGeneratorProcessor {

    @ProcessorParameter(description = "Collection of generator particles giving z (or the output of OtusUnfold, for the "
            + "chain x -> z~ -> x~).")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collections the simulated reconstructed objects are written to, one per object "
            + "kind: 'FastSimElectrons' for zee, e.g. 'FastSimElectrons FastSimMissingET FastSimJets' for ttbar.")
    private String outputCollection = "FastSimElectrons";

    @Override
    GeneratorSpec spec(OtusModel model) {
        return model.metadata().decoder();
    }

    @Override
    EventLayout inputLayout(OtusModel model) {
        return new FinalStateLayout(model.metadata().decoder().inputLayout(), truthCollection);
    }

    @Override
    String outputCollection() {
        return outputCollection;
    }

    @Override
    String inputCollection() {
        return truthCollection;
    }

    @Override
    float[] apply(OtusModel model, float[] inputs, float[] noise, int rows) {
        return model.decode(inputs, noise, rows);
    }

    @Override
    List<? extends List<?>> toObjectGroups(GeneratorSpec spec, double[] row) {
        return spec.outputLayout().toParticleGroups(row);
    }

    @Override
    int groups(GeneratorSpec spec) {
        return spec.outputLayout().groups();
    }
}
