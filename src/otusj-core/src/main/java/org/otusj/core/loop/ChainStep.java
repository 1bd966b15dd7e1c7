package org.otusj.core.loop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otusj.core.condition.Condition;
import org.otusj.core.condition.ConditionNames;
import org.otusj.core.event.Event;
import org.otusj.core.processor.EventBatch;
import org.otusj.core.processor.Processor;

/**
 * One processor of the chain applied to a batch: evaluates its condition per live event, passes the
 * events it holds for to the processor, translates skips and stops back to the batch and records the
 * statistics. The processor instance is an argument, so replicas of one processor share a step.
 */
final class ChainStep {

    private final int index;
    private final ConfiguredProcessor configured;
    private final ProcessorStatistics statistics;
    private final List<String> processorNames;
    private final Map<String, Integer> setterIndex = new HashMap<>();

    ChainStep(int index, ConfiguredProcessor configured, ProcessorStatistics statistics, List<String> processorNames) {
        this.index = index;
        this.configured = configured;
        this.statistics = statistics;
        this.processorNames = List.copyOf(processorNames);
        for (Condition.Reference reference : configured.condition().references()) {
            Optional<ConditionNames.Split> split = ConditionNames.split(reference.name(), processorNames);
            split.ifPresent(found -> setterIndex.put(reference.name(), processorNames.indexOf(found.processor())));
        }
    }

    ProcessorStatistics statistics() {
        return statistics;
    }

    /** Runs {@code processor}, an instance of this step's processor, on the live events of {@code state}. */
    void process(BatchState state, Processor processor) throws IOException {
        EventBatch batch = state.batch();
        int liveBefore = batch.liveCount();
        if (liveBefore == 0) {
            return;
        }
        boolean stoppedBefore = batch.stopRequested();
        int skippedBefore = batch.skippedCount();

        long t0 = System.nanoTime();
        int eventsRun = configured.isConditional() ? processSelected(state, processor) : processAll(batch, processor);
        long nanos = System.nanoTime() - t0;

        statistics.addEvents(eventsRun, batch.skippedCount() - skippedBefore, nanos);
        statistics.addNotRun(liveBefore - eventsRun);
        if (batch.stopRequested() && !stoppedBefore) {
            statistics.addStopRequest();
        }
    }

    private static int processAll(EventBatch batch, Processor processor) throws IOException {
        int live = batch.liveCount();
        processor.processEvents(batch);
        return live;
    }

    /** Passes the live events whose condition is true as a batch of their own, then maps its signals back. */
    private int processSelected(BatchState state, Processor processor) throws IOException {
        EventBatch batch = state.batch();
        List<Integer> selected = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!batch.isLive(i)) {
                continue;
            }
            if (holds(state, i)) {
                selected.add(i);
                events.add(batch.event(i));
            } else {
                state.markNotRun(index, i);
            }
        }
        if (selected.isEmpty()) {
            return 0;
        }

        EventBatch view = new EventBatch(events);
        processor.processEvents(view);
        for (int k = 0; k < view.size(); k++) {
            if (view.isSkipped(k)) {
                batch.skip(selected.get(k));
            }
        }
        if (view.stopRequested()) {
            batch.stopAfter(selected.get(view.stopIndex()));
        }
        return selected.size();
    }

    private boolean holds(BatchState state, int eventIndex) {
        Event event = state.batch().event(eventIndex);
        return configured.condition().evaluate(reference -> value(reference, state, eventIndex, event));
    }

    private boolean value(Condition.Reference reference, BatchState state, int eventIndex, Event event) {
        Integer setter = setterIndex.get(reference.name());
        if (setter != null && state.didNotRun(setter, eventIndex)) {
            return false;
        }
        Optional<Boolean> value = event.condition(reference.name());
        if (value.isPresent()) {
            return value.get();
        }
        String processor = setter != null
                ? processorNames.get(setter)
                : ConditionNames.processorGuess(reference.name());
        throw new IllegalStateException("condition '" + reference.name() + "' of the <if> around processor '"
                + configured.name() + "' is not set in event " + event.eventNumber() + " of run " + event.runNumber()
                + "; processor '" + processor + "' ran on this event but did not set it. Set it on every event with"
                + " context.setCondition(event, ...); values set in this event: " + event.conditionNames());
    }
}
