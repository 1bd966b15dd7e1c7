package org.otusj.otus.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.train.OtusTrainer;
import org.otusj.otus.train.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects unpaired training samples and trains an OTUS model at the end of the run. Events with an even
 * event number give z (parton level) and events with an odd number give x (detector level), so no (z, x)
 * pair from one event is ever seen. An event enters only if it fits both layouts: the z of an even event
 * is taken only if its reconstruction passes the selection, whose values are then never used.
 *
 * <p>Defaults follow the Z to e+e- study of Howard et al., Sci. Rep. 12, 7567 (2022): one hidden layer
 * of 128 units, lambda = 1, anchor weights 50 for the first 80 epochs and 0 for the next 800, Adam with
 * learning rate 1e-3. The batch size M and slice count L default to 256 and 128 instead of the paper's
 * 20,000 and 1,000, sized for samples of about a thousand events on a CPU.
 */
@ProcessorInfo(description = "Trains an OTUS model on z from even and x from odd events and saves it at the "
        + "end of the run.")
public final class OtusTrain implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusTrain.class);

    @ProcessorParameter(description = "Study layout: zee.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z.")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collection of reconstructed objects giving x.")
    private String recoCollection = "Electrons";

    @ProcessorParameter(description = "Directory the model is saved to, relative to OutputDirectory.")
    private Path modelDirectory = Path.of("zee-model");

    @ProcessorParameter(description = "Epochs of the first phase, with the anchor losses on.")
    private int epochsWithAnchor = 80;

    @ProcessorParameter(description = "Epochs of the second phase, with the anchor losses off.")
    private int epochsWithoutAnchor = 800;

    @ProcessorParameter(description = "Events per batch M; capped at the smaller sample.")
    private int batchSize = 256;

    @ProcessorParameter(description = "Random directions L of the sliced-Wasserstein latent loss.")
    private int slices = 128;

    @ProcessorParameter(description = "Weight lambda of the latent sliced-Wasserstein loss.")
    private double lambda = 1.0;

    @ProcessorParameter(description = "Weight beta_E of the encoder-side anchor loss in the first phase.")
    private double betaEncoder = 50.0;

    @ProcessorParameter(description = "Weight beta_D of the decoder-side anchor loss in the first phase.")
    private double betaDecoder = 50.0;

    @ProcessorParameter(description = "Adam learning rate.")
    private double learningRate = 1e-3;

    @ProcessorParameter(description = "Hidden units of each network's one hidden layer.")
    private int hiddenUnits = 128;

    @ProcessorParameter(description = "Slot whose direction the anchor losses compare (0: the electron).")
    private int anchorSlot = 0;

    @ProcessorParameter(description = "Add each generator's input three-momenta to its output, so both start as "
            + "the identity map; needs Z and X layouts with the same objects.")
    private boolean residual = true;

    private EventLayout truth;
    private EventLayout reco;
    private TrainingSettings settings;
    private Path output;
    private final List<double[]> zRows = new ArrayList<>();
    private final List<double[]> xRows = new ArrayList<>();
    private long rejected;

    @Override
    public void init(ProcessorContext context) throws IOException {
        truth = StudyLayouts.truth(study, truthCollection);
        reco = StudyLayouts.reco(study, recoCollection);
        settings = new TrainingSettings(epochsWithAnchor, epochsWithoutAnchor, batchSize, slices, lambda, betaEncoder,
                betaDecoder, learningRate, hiddenUnits, anchorSlot, residual, context.seed());
        output = context.outputPath(modelDirectory.toString());
    }

    @Override
    public void processEvent(Event event) {
        Optional<double[]> z = truth.extract(event);
        Optional<double[]> x = reco.extract(event);
        if (z.isEmpty() || x.isEmpty()) {
            rejected++;
            return;
        }
        if (event.eventNumber() % 2 == 0) {
            zRows.add(z.get());
        } else {
            xRows.add(x.get());
        }
    }

    @Override
    public void end() throws IOException {
        LOG.info("Collected {} z events (even numbers) and {} x events (odd numbers); {} events did not fit the layouts",
                zRows.size(), xRows.size(), rejected);
        if (zRows.size() < 2 || xRows.size() < 2) {
            throw new IllegalStateException("too few events to train: " + zRows.size() + " z and " + xRows.size()
                    + " x events passed the selection; check InputFiles and the collections "
                    + truthCollection + " and " + recoCollection);
        }

        double[][] z = zRows.toArray(new double[0][]);
        double[][] x = xRows.toArray(new double[0][]);
        try (OtusModel model = new OtusTrainer(settings).train(study, truth.vectorLayout(), reco.vectorLayout(), z, x)) {
            ModelStore.save(model, output);
        }
    }
}
