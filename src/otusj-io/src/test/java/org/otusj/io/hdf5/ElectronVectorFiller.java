package org.otusj.io.hdf5;

import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;

/**
 * Test processor that fills the attributes {@link Hdf5Writer} reads, as the OTUS layout processor will:
 * z = (e-, e+) four-momenta of the final-state electrons in GeV under {@code OtusZ} for every event with
 * both, a stand-in x = 0.9 z under {@code OtusX} for events with an even event number only, and the z
 * column names and the layout name in the run header.
 */
@ProcessorInfo(description = "Test helper: stores (e-, e+) four-momenta as OtusZ and 0.9 of them as OtusX.")
public final class ElectronVectorFiller implements Processor {

    static final List<String> Z_COLUMNS = List.of("electron_px", "electron_py", "electron_pz", "electron_e",
            "positron_px", "positron_py", "positron_pz", "positron_e");

    static final double X_SCALE = 0.9;

    @Override
    public void init(ProcessorContext context) {
    }

    @Override
    public void processRunHeader(RunHeader header) {
        header.putAttribute("OtusZColumns", Z_COLUMNS);
        header.putAttribute(Hdf5Writer.LAYOUT_ATTRIBUTE, "Zee-test");
    }

    @Override
    public void processEvent(Event event) {
        FourVector electron = null;
        FourVector positron = null;
        for (Particle particle : event.collection("MCParticles", Particle.class)) {
            if (particle.isFinalState() && particle.pdgId() == 11) {
                electron = particle.momentum();
            } else if (particle.isFinalState() && particle.pdgId() == -11) {
                positron = particle.momentum();
            }
        }
        if (electron == null || positron == null) {
            return;
        }

        double[] z = {electron.px(), electron.py(), electron.pz(), electron.e(),
            positron.px(), positron.py(), positron.pz(), positron.e()};
        event.putAttribute("OtusZ", z);
        if (event.eventNumber() % 2 == 0) {
            double[] x = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                x[i] = X_SCALE * z[i];
            }
            event.putAttribute("OtusX", x);
        }
    }
}
