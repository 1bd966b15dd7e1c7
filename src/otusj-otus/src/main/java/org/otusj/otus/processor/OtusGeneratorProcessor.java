package org.otusj.otus.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.otusj.core.event.Event;
import org.otusj.core.processor.EventBatch;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.core.random.Seeds;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.model.GeneratorSpec;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.OtusModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one generator of a trained OTUS model (decoder or encoder) on every live event of a batch, once
 * per batch, and writes the outputs as a collection. Each event's noise comes from a generator seeded by
 * the processor seed and the event's run and event numbers, so an event gets the same output whatever
 * batch it falls in. {@code ExtraDraws} adds independent samples of the same events as collections
 * {@code <OutputCollection>_1} to {@code _n}. Events whose input does not fit the layout, and outputs
 * outside a restricted generator's valid set, give empty collections.
 */
abstract class OtusGeneratorProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusGeneratorProcessor.class);
    private static final long DRAW_GAMMA = 0x9e3779b97f4a7c15L;

    @ProcessorParameter(description = "Model directory written by OtusTrain; a relative path is resolved against "
            + "the global OutputDirectory, as OtusTrain resolves it when writing.")
    private Path modelDirectory = Path.of("zee-model");

    @ProcessorParameter(description = "Further independent samples per event, written to <OutputCollection>_1 ... _n.")
    private int extraDraws = 0;

    private ProcessorContext context;
    private OtusModel model;
    private String[] outputNames;
    private EventLayout input;
    private long processed;
    private long invalid;

    /** The generator this processor runs: the model's decoder or encoder. */
    abstract GeneratorSpec spec(OtusModel model);

    /** Extracts the generator's input from events. */
    abstract EventLayout inputLayout(OtusModel model);

    /** Names of the output collections of draw 0, one per collection group, separated by white space. */
    abstract String outputCollection();

    /** Returns the whitespace-separated collections the input layout reads. */
    abstract String inputCollection();

    /** Declares the input collections, so the chain check finds a missing one before the first event. */
    @Override
    public Set<String> inputCollections() {
        return StudyLayouts.drawNames(inputCollection(), 1);
    }

    /** Declares the output collections of every draw: {@code OutputCollection}, then its _1 ... _n. */
    @Override
    public Set<String> outputCollections() {
        return StudyLayouts.drawNames(outputCollection(), extraDraws + 1);
    }

    /** Runs the generator on row-major inputs. */
    abstract float[] apply(OtusModel model, float[] inputs, float[] noise, int rows);

    /** Converts one output row to the objects written to the event, one list per collection group. */
    abstract List<? extends List<?>> toObjectGroups(GeneratorSpec spec, double[] row);

    /** Number of output collection groups of the generator. */
    abstract int groups(GeneratorSpec spec);

    @Override
    public void init(ProcessorContext context) throws IOException {
        this.context = context;
        if (extraDraws < 0) {
            throw new IllegalArgumentException("ExtraDraws of " + context.processorName() + " must not be negative, found "
                    + extraDraws);
        }
        // Resolved as OtusTrain resolves it, so that moving OutputDirectory moves both ends together.
        Path directory = context.resolveOutput(modelDirectory);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("model directory not found: " + directory.toAbsolutePath()
                    + " (ModelDirectory '" + modelDirectory + "' of " + context.processorName() + " is resolved against "
                    + "OutputDirectory; set it, or train a model with OtusTrain first)");
        }
        model = ModelStore.load(directory);
        input = inputLayout(model);
        outputNames = outputCollection().strip().split("\\s+");
        if (outputNames.length != groups(spec(model))) {
            String names = outputCollection();
            model.close();
            throw new IllegalArgumentException("OutputCollection of " + context.processorName() + " needs "
                    + groups(spec(model)) + " collection names for the " + model.metadata().study() + " layout, found '"
                    + names + "'");
        }
        LOG.info("{}: loaded {} model from {} (trained on {} z and {} x events), running its {}", context.processorName(),
                model.metadata().study(), directory, model.metadata().summary().zEvents(),
                model.metadata().summary().xEvents(), spec(model).name());
    }

    @Override
    public void processEvent(Event event) throws IOException {
        processEvents(new EventBatch(List.of(event)));
    }

    @Override
    public void processEvents(EventBatch batch) {
        List<Event> events = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Event event : batch.liveEvents()) {
            Optional<double[]> row = input.extract(event);
            if (row.isPresent()) {
                events.add(event);
                rows.add(row.get());
            } else {
                for (int draw = 0; draw <= extraDraws; draw++) {
                    writeEmpty(event, draw);
                }
            }
        }
        if (events.isEmpty()) {
            return;
        }
        for (int draw = 0; draw <= extraDraws; draw++) {
            runDraw(draw, events, rows);
        }
        processed += events.size();
    }

    private void runDraw(int draw, List<Event> events, List<double[]> rows) {
        GeneratorSpec spec = spec(model);
        int count = events.size();
        int inDimension = spec.inputLayout().dimension();
        int noiseDimension = spec.noiseDimension();
        float[] inputs = new float[count * inDimension];
        float[] noise = new float[count * noiseDimension];
        for (int r = 0; r < count; r++) {
            double[] row = rows.get(r);
            for (int j = 0; j < inDimension; j++) {
                inputs[r * inDimension + j] = (float) row[j];
            }
            SplittableRandom random = noiseRandom(events.get(r), draw);
            for (int j = 0; j < noiseDimension; j++) {
                noise[r * noiseDimension + j] = (float) random.nextGaussian();
            }
        }

        float[] outputs = apply(model, inputs, noise, count);
        int outDimension = spec.outputLayout().dimension();
        double[] thresholds = spec.minimumPt();
        for (int r = 0; r < count; r++) {
            double[] row = new double[outDimension];
            for (int j = 0; j < outDimension; j++) {
                row[j] = outputs[r * outDimension + j];
            }
            boolean valid = isValid(row, thresholds);
            if (!valid) {
                invalid++;
            }
            if (valid) {
                List<? extends List<?>> groups = toObjectGroups(spec, row);
                for (int g = 0; g < outputNames.length; g++) {
                    events.get(r).addCollection(collectionName(g, draw), groups.get(g));
                }
            } else {
                writeEmpty(events.get(r), draw);
            }
        }
    }

    /** Draw 0 uses the processor's event generator; extra draws use independent streams. */
    private SplittableRandom noiseRandom(Event event, int draw) {
        if (draw == 0) {
            return context.eventRandom(event);
        }
        long seed = Seeds.forEvent(context.seed() + DRAW_GAMMA * draw, event.runNumber(), event.eventNumber());
        return new SplittableRandom(seed);
    }

    private static boolean isValid(double[] row, double[] thresholds) {
        for (int slot = 0; slot < thresholds.length; slot++) {
            if (thresholds[slot] > 0 && Math.hypot(row[4 * slot], row[4 * slot + 1]) < thresholds[slot]) {
                return false;
            }
        }
        return true;
    }

    private void writeEmpty(Event event, int draw) {
        for (int g = 0; g < outputNames.length; g++) {
            event.addCollection(collectionName(g, draw), List.of());
        }
    }

    private String collectionName(int group, int draw) {
        return StudyLayouts.withDraw(outputNames[group], draw);
    }

    @Override
    public void end() {
        LOG.info("{}: ran the {} on {} events ({} draws each); {} outputs outside the valid set", context.processorName(),
                model == null ? "?" : spec(model).name(), processed, extraDraws + 1, invalid);
        if (model != null) {
            model.close();
        }
    }
}
