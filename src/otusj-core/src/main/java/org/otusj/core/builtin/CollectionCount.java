package org.otusj.core.builtin;

import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Parallelism;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.core.processor.SkipEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets this processor's condition on each event to whether a collection contains between {@code MinCount}
 * and {@code MaxCount} elements, for {@code <if condition="Name">} blocks of the steering file; with
 * {@code SkipFailing} it skips the other events instead.
 */
@ProcessorInfo(description = "Sets its per-event condition to whether InputCollection contains between MinCount and"
        + " MaxCount elements, for <if> blocks; with SkipFailing it skips the failing events instead.")
public final class CollectionCount implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(CollectionCount.class);

    @ProcessorParameter(description = "Collection whose elements are counted.")
    private String inputCollection = "Electrons";

    @ProcessorParameter(description = "Smallest number of elements for which the condition is true.")
    private int minCount = 1;

    @ProcessorParameter(description = "Largest number of elements for which the condition is true; -1 sets no"
            + " upper limit.")
    private int maxCount = -1;

    @ProcessorParameter(description = "Skip the events for which the condition is false, hiding them from the"
            + " processors after this one.")
    private boolean skipFailing = false;

    private ProcessorContext context;
    private long passed;
    private long failed;

    @Override
    public void init(ProcessorContext context) {
        checkConfiguration(context);
        this.context = context;
    }

    @Override
    public void checkConfiguration(ProcessorContext context) {
        if (minCount < 0 || (maxCount >= 0 && maxCount < minCount)) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "': expected 0 <= MinCount"
                    + " <= MaxCount (or MaxCount -1), found MinCount " + minCount + " and MaxCount " + maxCount);
        }
    }

    @Override
    public void processEvent(Event event) {
        int count = event.collection(inputCollection, Object.class).size();
        boolean inRange = count >= minCount && (maxCount < 0 || count <= maxCount);
        context.setCondition(event, inRange);
        if (inRange) {
            passed++;
        } else {
            failed++;
            if (skipFailing) {
                throw new SkipEventException();
            }
        }
    }

    @Override
    public void end() {
        if (context != null) {
            String range = maxCount < 0 ? "at least " + minCount : minCount + " to " + maxCount;
            LOG.info("Processor '{}': {} events with {} elements in '{}', {} others", context.processorName(), passed,
                    range, inputCollection, failed);
        }
    }

    @Override
    public Set<String> inputCollections() {
        return Set.of(inputCollection);
    }

    /** Declares its own condition value, which it sets on every event it processes. */
    @Override
    public Set<String> outputConditions() {
        return Set.of("");
    }

    /** Replicated: the condition depends only on the event. Each replica logs its own counts. */
    @Override
    public Parallelism parallelism() {
        return Parallelism.REPLICATED;
    }
}
