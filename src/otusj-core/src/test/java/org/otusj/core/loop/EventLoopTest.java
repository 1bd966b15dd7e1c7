package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLoopTest {

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        CoreTestRecorder.LOG.clear();
    }

    private Chain chain(String global, String recorderParameters) throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 3);
        Path run1 = SteeringFixture.runFile(dir, "run1.txt", 2);
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="A"/><processor name="B"/></execute>
                  <global>
                    <parameter name="InputFiles">%s %s</parameter>
                    %s
                  </global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="A" type="CoreTestRecorder">%s</processor>
                  <processor name="B" type="CoreTestRecorder"/>
                </otusj>
                """.formatted(run0, run1, global, recorderParameters);
        return SteeringFixture.build(SteeringFixture.write(dir, xml));
    }

    @Test
    void lifecycleOrderWithRunHeaders() throws IOException {
        RunSummary summary = new EventLoop(chain("", ""), false).run();

        List<String> expected = List.of("A:init", "B:init",
                "A:run:0", "B:run:0",
                "A:event:0:0", "A:event:0:1", "A:event:0:2", "B:event:0:0", "B:event:0:1", "B:event:0:2",
                "A:run:1", "B:run:1",
                "A:event:1:0", "A:event:1:1", "B:event:1:0", "B:event:1:1",
                "A:end", "B:end");
        assertEquals(expected, CoreTestRecorder.LOG);
        assertEquals(5, summary.eventsRead());
        assertEquals(5, summary.eventsPassed());
    }

    @Test
    void skipEventHidesEventFromLaterProcessors() throws IOException {
        RunSummary summary = new EventLoop(chain("", "<parameter name=\"SkipEvery\" value=\"2\"/>"), false).run();

        // Global indices 0, 2 and 4 are skipped by A: (run 0, event 0), (0, 2) and (1, 1).
        List<String> seenByB = CoreTestRecorder.LOG.stream().filter(s -> s.startsWith("B:event")).toList();
        assertEquals(List.of("B:event:0:1", "B:event:1:0"), seenByB);
        assertEquals(2, summary.eventsPassed());
        assertEquals(3, summary.processors().get(1).eventsSkipped());
        assertEquals(5, summary.processors().get(1).eventsIn());
        assertEquals(2, summary.processors().get(2).eventsIn());
    }

    @Test
    void stopProcessingEndsAfterCurrentEvent() throws IOException {
        RunSummary summary = new EventLoop(chain("<parameter name=\"BatchSize\" value=\"2\"/>",
                "<parameter name=\"StopAt\" value=\"1\"/>"), false).run();

        List<String> events = CoreTestRecorder.LOG.stream().filter(s -> s.contains(":event:")).toList();
        assertEquals(List.of("A:event:0:0", "A:event:0:1", "B:event:0:0", "B:event:0:1"), events);
        assertTrue(summary.stopped());
        assertTrue(CoreTestRecorder.LOG.contains("A:end"));
        assertTrue(CoreTestRecorder.LOG.contains("B:end"));
    }

    @Test
    void skipAndMaxEventsSelectWindow() throws IOException {
        RunSummary summary = new EventLoop(chain("<parameter name=\"SkipEvents\" value=\"2\"/>"
                + "<parameter name=\"MaxEvents\" value=\"2\"/>", ""), false).run();

        List<String> seenByA = CoreTestRecorder.LOG.stream().filter(s -> s.startsWith("A:event")).toList();
        assertEquals(List.of("A:event:0:2", "A:event:1:0"), seenByA);
        assertEquals(2, summary.eventsRead());
    }

    @Test
    void batchSizeDoesNotChangeWhatProcessorsSee() throws IOException {
        new EventLoop(chain("<parameter name=\"BatchSize\" value=\"1\"/>",
                "<parameter name=\"SkipEvery\" value=\"3\"/>"), false).run();
        List<String> perEvent = CoreTestRecorder.LOG.stream().filter(s -> s.startsWith("B:")).toList();

        CoreTestRecorder.LOG.clear();
        new EventLoop(chain("<parameter name=\"BatchSize\" value=\"1000\"/>",
                "<parameter name=\"SkipEvery\" value=\"3\"/>"), false).run();
        List<String> oneBatch = CoreTestRecorder.LOG.stream().filter(s -> s.startsWith("B:")).toList();

        assertEquals(perEvent, oneBatch);
    }

    @Test
    void parametersAreConvertedAndSeedsDiffer() throws IOException {
        Chain chain = chain("<parameter name=\"RandomSeed\" value=\"7\"/>",
                "<parameter name=\"Scale\" value=\"2.5e-3\"/><parameter name=\"Values\">1 -2.5\n 3e2</parameter>");
        new EventLoop(chain, false).run();

        CoreTestRecorder a = (CoreTestRecorder) chain.processors().get(1).processor();
        CoreTestRecorder b = (CoreTestRecorder) chain.processors().get(2).processor();
        assertEquals(2.5e-3, a.scale());
        assertEquals(List.of(1.0, -2.5, 300.0), a.values());
        assertEquals(1.0, b.scale());
        assertNotEquals(a.seed(), b.seed());
    }

    @Test
    void timingTableListsEveryProcessor() throws IOException {
        RunSummary summary = new EventLoop(chain("", ""), false).run();

        String table = summary.timingTable();
        assertTrue(table.startsWith("processor"), table);
        assertTrue(table.contains("Src "), table);
        assertTrue(table.contains("CoreTestSource"), table);
        assertEquals(5, table.lines().count(), table);
    }
}
