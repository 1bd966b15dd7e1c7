package org.otusj.core.loop;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Parallelism;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.core.processor.SkipEventException;

/**
 * Replicated test processor: writes one Gaussian number from the per-event generator as the collection
 * {@code OutputCollection}, after {@code Work} rounds of arithmetic that stand for a detector response,
 * and skips events whose number is below {@code SkipBelow}.
 */
@ProcessorInfo(description = "Test processor drawing one Gaussian number per event from the per-event generator.")
public final class CoreTestSmearer implements Processor {

    @ProcessorParameter(description = "Collection written with the drawn number.")
    private String outputCollection = "Smeared";

    @ProcessorParameter(description = "Rounds of arithmetic per event, to make the processor cost CPU time.")
    private int work = 0;

    @ProcessorParameter(description = "Skip events whose number is below this value.")
    private double skipBelow = Double.NEGATIVE_INFINITY;

    private ProcessorContext context;

    @Override
    public void init(ProcessorContext context) {
        this.context = context;
    }

    /** Rejects a negative Work with a message that names the processor, as messages meant for a real run do. */
    @Override
    public void checkConfiguration(ProcessorContext context) {
        if (work < 0) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "': Work must not be "
                    + "negative, found " + work);
        }
    }

    @Override
    public void processEvent(Event event) {
        SplittableRandom random = context.eventRandom(event);
        double value = random.nextGaussian();
        double sink = 0;
        for (int i = 0; i < work; i++) {
            sink += Math.sqrt(i + value * value);
        }
        event.putAttribute("work", sink);
        event.addCollection(outputCollection, List.of(value));
        if (value < skipBelow) {
            throw new SkipEventException();
        }
    }

    @Override
    public Set<String> outputCollections() {
        return Set.of(outputCollection);
    }

    @Override
    public Parallelism parallelism() {
        return Parallelism.REPLICATED;
    }
}
