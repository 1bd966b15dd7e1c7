package org.otusj.detector;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.otusj.core.event.Event;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.random.Seeds;

/**
 * The random generators of one event's detector draws in {@link CardDetector}.
 *
 * <p>The electrons of draw 0 use {@link ProcessorContext#eventRandom}, so they are the same whether or
 * not jets, missing momentum or extra draws are requested. Every other stream (the jets of each draw,
 * the electrons of draws 1 to n) gets its own seed: the event's seed ({@link Seeds#forEvent} of the
 * processor seed and the run and event numbers) XOR the FNV-1a hash of the stream's name and draw index,
 * passed through the SplitMix64 finaliser, so the streams are reproducible and independent of each
 * other and of the order of events.
 */
final class DrawStreams {

    private final ProcessorContext context;
    private final Event event;
    private final long eventSeed;

    DrawStreams(ProcessorContext context, Event event) {
        this.context = context;
        this.event = event;
        this.eventSeed = Seeds.forEvent(context.seed(), event.runNumber(), event.eventNumber());
    }

    /** Returns a new generator for the electron response of draw {@code draw} (0 for the first draw). */
    RandomGenerator electrons(int draw) {
        if (draw == 0) {
            return context.eventRandom(event);
        }
        return derived("electrons", draw);
    }

    /** Returns a new generator for the jet response of draw {@code draw}. */
    RandomGenerator jets(int draw) {
        return derived("jets", draw);
    }

    private RandomGenerator derived(String stream, int draw) {
        return new SplittableRandom(Seeds.mix(eventSeed ^ Seeds.hash(stream + "/" + draw)));
    }
}
