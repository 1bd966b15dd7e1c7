package org.otusj.core.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.otusj.core.event.Event;
import org.otusj.core.random.Seeds;

class ProcessorContextTest {

    private static long[] draws(SplittableRandom random) {
        return random.longs(5).toArray();
    }

    @Test
    void eventRandomIgnoresOrderAndReplicas() {
        GlobalSettings global = new GlobalSettings();
        ProcessorContext first = new ProcessorContext("Detector", global);
        ProcessorContext replica = new ProcessorContext("Detector", global);
        Event event = new Event(2, 17);

        // A replica, or the same processor after other events, draws the same numbers for this event.
        long[] expected = draws(first.eventRandom(event));
        draws(first.eventRandom(new Event(2, 16)));
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(draws(replica.eventRandom(event))));
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(draws(first.eventRandom(
                new Event(2, 17)))));

        long seed = Seeds.forEvent(Seeds.forProcessor(global.randomSeed(), "Detector"), 2, 17);
        assertEquals(new SplittableRandom(seed).nextLong(), expected[0]);
        assertNotEquals(expected[0], draws(new ProcessorContext("Other", global).eventRandom(event))[0]);
        assertNotEquals(expected[0], draws(first.eventRandom(new Event(3, 17)))[0]);
    }

    @Test
    void conditionsArePrefixedWithProcessorName() {
        ProcessorContext context = new ProcessorContext("Selection", new GlobalSettings());
        Event event = new Event(0, 0);

        context.setCondition(event, true);
        context.setCondition(event, "highPt", false);
        context.setCondition(event, "", false);

        assertEquals(false, event.condition("Selection").orElseThrow());
        assertEquals(false, event.condition("Selection.highPt").orElseThrow());
        assertTrue(event.condition("highPt").isEmpty());
        assertEquals(2, event.conditionNames().size());
    }
}
