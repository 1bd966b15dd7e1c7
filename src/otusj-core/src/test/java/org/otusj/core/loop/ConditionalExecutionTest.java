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
import org.otusj.core.steering.SteeringException;

class ConditionalExecutionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        CoreTestRecorder.LOG.clear();
    }

    /**
     * Six events with indices 0-5; "Sel" sets its value true on indices 0 and 3 and "Sel.odd" on 1, 3, 5;
     * "C" sets its value true wherever it runs.
     */
    private Path steering(String selectionParameters, String execute, String global) throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 6);
        String xml = """
                <otusj>
                  <execute>
                    <processor name="Src"/>
                    <processor name="Sel"/>
                    %s
                  </execute>
                  <global><parameter name="InputFiles" value="%s"/>%s</global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Sel" type="CoreTestRecorder">
                    <parameter name="TrueEvery" value="3"/>
                    <parameter name="SetOddFlag" value="true"/>
                    %s
                  </processor>
                  <processor name="C" type="CoreTestRecorder"><parameter name="TrueEvery" value="1"/></processor>
                  <processor name="D" type="CoreTestRecorder"/>
                  <processor name="E" type="CoreTestRecorder"/>
                </otusj>
                """.formatted(execute, run0, global, selectionParameters);
        return SteeringFixture.write(dir, xml);
    }

    private static List<String> eventsSeenBy(String processor) {
        return CoreTestRecorder.LOG.stream().filter(s -> s.startsWith(processor + ":event")).toList();
    }

    @Test
    void processorsRunWhereConditionHolds() throws IOException {
        Path steering = steering("", """
                <if condition="Sel and not Sel.odd"><processor name="C"/></if>
                <if condition="Sel.odd || C">
                  <processor name="D"/>
                  <if condition="!Sel"><processor name="E"/></if>
                </if>
                """, "");
        RunSummary summary = new EventLoop(SteeringFixture.build(steering), false).run();

        assertEquals(List.of("C:event:0:0"), eventsSeenBy("C"));
        // C did not run on events 1-5, so its value counts as false there.
        assertEquals(List.of("D:event:0:0", "D:event:0:1", "D:event:0:3", "D:event:0:5"), eventsSeenBy("D"));
        assertEquals(List.of("E:event:0:1", "E:event:0:5"), eventsSeenBy("E"));
        assertEquals(1, summary.processors().get(2).eventsIn());
        assertEquals(5, summary.processors().get(2).eventsNotRun());
        assertEquals(6, summary.eventsPassed());
    }

    @Test
    void sameResultWithThreadsAndSmallBatches() throws IOException {
        Path steering = steering("", """
                <if condition="Sel.odd"><processor name="D"/></if>
                """, "<parameter name=\"Threads\" value=\"3\"/><parameter name=\"BatchSize\" value=\"2\"/>");
        new EventLoop(SteeringFixture.build(steering), false).run();

        assertEquals(List.of("D:event:0:1", "D:event:0:3", "D:event:0:5"), eventsSeenBy("D"));
    }

    @Test
    void skipInsideConditionHidesEventFromLaterProcessors() throws IOException {
        Path steering = steering("", """
                <if condition="Sel.odd"><processor name="D"/></if>
                <processor name="E"/>
                """, "");
        String xml = java.nio.file.Files.readString(steering).replace("<processor name=\"D\" type=\"CoreTestRecorder\"/>",
                "<processor name=\"D\" type=\"CoreTestRecorder\"><parameter name=\"SkipEvery\" value=\"3\"/></processor>");
        java.nio.file.Files.writeString(steering, xml);
        RunSummary summary = new EventLoop(SteeringFixture.build(steering), false).run();

        // D runs on 1, 3 and 5 and skips 3; E processes the other five events.
        assertEquals(List.of("E:event:0:0", "E:event:0:1", "E:event:0:2", "E:event:0:4", "E:event:0:5"),
                eventsSeenBy("E"));
        assertEquals(1, summary.processors().get(2).eventsSkipped());
    }

    @Test
    void undeclaredMissingValueFailsAtEvent() throws IOException {
        Path steering = steering("", "<if condition=\"Sel.even\"><processor name=\"D\"/></if>", "");
        Chain chain = SteeringFixture.build(steering);
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new EventLoop(chain, false).run());

        String message = failure.getMessage();
        assertTrue(message.startsWith("condition 'Sel.even' of the <if> around processor 'D' is not set in event 0"
                + " of run 0; processor 'Sel' ran on this event but did not set it"), message);
        assertTrue(message.contains("[Sel, Sel.odd]"), message);
    }

    @Test
    void declaredConditionsAreCheckedBeforeFirstEvent() throws IOException {
        Path steering = steering("<parameter name=\"DeclareConditions\" value=\"true\"/>",
                "<if condition=\"Sel.od\"><processor name=\"D\"/></if>", "");
        SteeringException error = assertThrows(SteeringException.class, () -> SteeringFixture.build(steering));

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(steering + ":5: condition 'Sel.od' (column 1) refers to 'Sel.od', which"
                + " processor 'Sel' (CoreTestRecorder) never sets."), problem);
        assertTrue(problem.contains("Did you mean 'Sel.odd'?"), problem);
    }

    @Test
    void conditionOnLaterProcessorIsRejected() throws IOException {
        Path steering = steering("", """
                <if condition="Sel and D"><processor name="C"/></if>
                <processor name="D"/>
                """, "");
        SteeringException error = assertThrows(SteeringException.class, () -> SteeringFixture.build(steering));

        assertEquals(1, error.problems().size(), error.getMessage());
        assertTrue(error.problems().get(0).contains("(column 9) refers to 'D', but no processor named 'D' runs"
                + " before 'C'"), error.getMessage());
    }

    @Test
    void misspeltProcessorInConditionSuggestsName() throws IOException {
        Path steering = steering("", "<if condition=\"Sell.odd\"><processor name=\"D\"/></if>", "");
        SteeringException error = assertThrows(SteeringException.class, () -> SteeringFixture.build(steering));

        assertTrue(error.getMessage().contains("Did you mean 'Sel'?"), error.getMessage());
    }
}
