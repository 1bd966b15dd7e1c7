package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionCountTest {

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        CoreTestRecorder.LOG.clear();
    }

    /** Three events, each with an empty "Tracks" and a one-element "Smeared" collection. */
    private Chain chain(String countParameters) throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 3);
        return SteeringFixture.build(SteeringFixture.write(dir, """
                <otusj>
                  <execute>
                    <processor name="Src"/><processor name="Smear"/><processor name="Count"/>
                    <if condition="Count"><processor name="Passed"/></if>
                    <if condition="!Count"><processor name="Failed"/></if>
                  </execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"><parameter name="Writes" value="Tracks"/></processor>
                  <processor name="Smear" type="CoreTestSmearer"/>
                  <processor name="Count" type="CollectionCount">%s</processor>
                  <processor name="Passed" type="CoreTestRecorder"/>
                  <processor name="Failed" type="CoreTestRecorder"/>
                </otusj>
                """.formatted(run0, countParameters)));
    }

    private static long seenBy(String processor) {
        return CoreTestRecorder.LOG.stream().filter(s -> s.startsWith(processor + ":event")).count();
    }

    @Test
    void conditionFollowsCollectionSize() throws IOException {
        new EventLoop(chain("<parameter name=\"InputCollection\" value=\"Smeared\"/>"
                + "<parameter name=\"MaxCount\" value=\"1\"/>"), false).run();
        assertEquals(3, seenBy("Passed"));
        assertEquals(0, seenBy("Failed"));

        CoreTestRecorder.LOG.clear();
        new EventLoop(chain("<parameter name=\"InputCollection\" value=\"Tracks\"/>"), false).run();
        assertEquals(0, seenBy("Passed"));
        assertEquals(3, seenBy("Failed"));
    }

    @Test
    void skipFailingHidesEvents() throws IOException {
        RunSummary summary = new EventLoop(chain("<parameter name=\"InputCollection\" value=\"Tracks\"/>"
                + "<parameter name=\"SkipFailing\" value=\"true\"/>"), false).run();

        assertEquals(0, summary.eventsPassed());
        assertEquals(3, summary.processors().get(2).eventsSkipped());
        assertEquals(List.of(), CoreTestRecorder.LOG.stream().filter(s -> s.contains(":event")).toList());
    }

    @Test
    void invalidRangeFailsInit() throws IOException {
        Chain chain = chain("<parameter name=\"InputCollection\" value=\"Smeared\"/>"
                + "<parameter name=\"MinCount\" value=\"3\"/><parameter name=\"MaxCount\" value=\"2\"/>");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new EventLoop(chain, false).run());

        assertTrue(failure.getMessage().contains("expected 0 <= MinCount <= MaxCount"), failure.getMessage());
    }
}
