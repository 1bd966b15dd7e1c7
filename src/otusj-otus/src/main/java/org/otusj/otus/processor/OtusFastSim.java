package org.otusj.otus.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.otusj.core.event.Event;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.processor.EventBatch;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.FinalStateLayout;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.OtusModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OTUS fast simulation: maps each event's parton-level vector z to a detector-level sample
 * x~' = D(z) with a trained decoder, running the network once per batch of events. The noise of each
 * event comes from a generator seeded by the event's run and event number, so an event gets the same
 * output whatever batch it falls in. Events whose generator record does not fit the Z layout get an
 * empty output collection.
 */
@ProcessorInfo(description = "Fast simulation: decodes each event's z into reconstructed objects with a trained "
        + "OTUS model, on batches of events.")
public final class OtusFastSim implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusFastSim.class);

    @ProcessorParameter(description = "Model directory written by OtusTrain, relative to the working directory.")
    private Path modelDirectory = Path.of("out/zee-model");

    @ProcessorParameter(description = "Collection of generator particles giving z.")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collection the simulated reconstructed objects are written to.")
    private String outputCollection = "FastSimElectrons";

    private ProcessorContext context;
    private OtusModel model;
    private EventLayout truth;
    private VectorLayout xLayout;
    private long decoded;

    @Override
    public void init(ProcessorContext context) throws IOException {
        this.context = context;
        if (!Files.isDirectory(modelDirectory)) {
            throw new IllegalArgumentException("model directory not found: " + modelDirectory.toAbsolutePath()
                    + " (set ModelDirectory of " + context.processorName() + ", or train a model with OtusTrain first)");
        }
        model = ModelStore.load(modelDirectory);
        truth = new FinalStateLayout(model.metadata().decoder().inputLayout(), truthCollection);
        xLayout = model.metadata().decoder().outputLayout();
        LOG.info("{}: loaded {} model from {} (trained on {} z and {} x events)", context.processorName(),
                model.metadata().study(), modelDirectory, model.metadata().summary().zEvents(),
                model.metadata().summary().xEvents());
    }

    @Override
    public void processEvent(Event event) throws IOException {
        processEvents(new EventBatch(List.of(event)));
    }

    @Override
    public void processEvents(EventBatch batch) {
        List<Event> events = new ArrayList<>();
        List<double[]> inputs = new ArrayList<>();
        for (Event event : batch.liveEvents()) {
            Optional<double[]> z = truth.extract(event);
            if (z.isPresent()) {
                events.add(event);
                inputs.add(z.get());
            } else {
                event.addCollection(outputCollection, List.of());
            }
        }
        if (events.isEmpty()) {
            return;
        }

        int rows = events.size();
        int zDimension = truth.vectorLayout().dimension();
        int noiseDimension = model.metadata().decoder().noiseDimension();
        float[] z = new float[rows * zDimension];
        float[] noise = new float[rows * noiseDimension];
        for (int r = 0; r < rows; r++) {
            double[] row = inputs.get(r);
            for (int j = 0; j < zDimension; j++) {
                z[r * zDimension + j] = (float) row[j];
            }
            SplittableRandom random = context.eventRandom(events.get(r));
            for (int j = 0; j < noiseDimension; j++) {
                noise[r * noiseDimension + j] = (float) random.nextGaussian();
            }
        }

        float[] x = model.decode(z, noise, rows);
        int xDimension = xLayout.dimension();
        for (int r = 0; r < rows; r++) {
            double[] row = new double[xDimension];
            for (int j = 0; j < xDimension; j++) {
                row[j] = x[r * xDimension + j];
            }
            List<RecoParticle> particles = xLayout.toParticles(row);
            events.get(r).addCollection(outputCollection, particles);
        }
        decoded += rows;
    }

    @Override
    public void end() {
        LOG.info("{}: decoded {} events", context.processorName(), decoded);
        if (model != null) {
            model.close();
        }
    }
}
