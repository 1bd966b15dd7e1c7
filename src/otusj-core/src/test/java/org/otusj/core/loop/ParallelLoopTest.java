package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.MissingCollectionException;

class ParallelLoopTest {

    @TempDir
    Path dir;

    /** Three runs of 700, 1 and 1300 events; small batches so that many are in flight at once. */
    private Chain chain(String name, String global, String smearerParameters) throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 700);
        Path run1 = SteeringFixture.runFile(dir, "run1.txt", 1);
        Path run2 = SteeringFixture.runFile(dir, "run2.txt", 1300);
        String xml = """
                <otusj>
                  <execute>
                    <processor name="Src"/><processor name="Smear"/><processor name="Histogram"/>
                    <processor name="SmearAgain"/><processor name="HistogramAgain"/>
                  </execute>
                  <global>
                    <parameter name="InputFiles">%s %s %s</parameter>
                    <parameter name="OutputDirectory" value="%s"/>
                    <parameter name="BatchSize" value="37"/>
                    %s
                  </global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Smear" type="CoreTestSmearer">
                    <parameter name="Work" value="200"/>
                    %s
                  </processor>
                  <processor name="Histogram" type="CoreTestHistogram"/>
                  <processor name="SmearAgain" type="CoreTestSmearer">
                    <parameter name="OutputCollection" value="SmearedAgain"/>
                  </processor>
                  <processor name="HistogramAgain" type="CoreTestHistogram">
                    <parameter name="InputCollection" value="SmearedAgain"/>
                    <parameter name="OutputFile" value="again.txt"/>
                  </processor>
                </otusj>
                """.formatted(run0, run1, run2, dir.resolve(name), global, smearerParameters);
        Path steering = Files.writeString(dir.resolve(name + ".xml"), xml);
        return SteeringFixture.build(steering);
    }

    @Test
    void threadCountDoesNotChangeOutputs() throws IOException {
        RunSummary single = new EventLoop(chain("t1", "", "<parameter name=\"SkipBelow\" value=\"-1\"/>"), false)
                .run();
        List<String> histogram = Files.readAllLines(dir.resolve("t1/histogram.txt"));
        List<String> again = Files.readAllLines(dir.resolve("t1/again.txt"));
        // About 16 % of a standard normal lies below -1, so about 1,680 of the 2,001 events pass the skip.
        int passed = histogram.size() - CoreTestHistogram.BINS;
        assertTrue(passed > 1550, "events after the skip: " + passed);
        assertTrue(passed < 1810, "events after the skip: " + passed);
        assertEquals(passed, again.size() - CoreTestHistogram.BINS);
        assertEquals(2001 - passed, single.processors().get(1).eventsSkipped());

        for (int threads : new int[] {2, 3, 4}) {
            String name = "t" + threads;
            Chain chain = chain(name, "<parameter name=\"Threads\" value=\"" + threads + "\"/>",
                    "<parameter name=\"SkipBelow\" value=\"-1\"/>");
            RunSummary summary = new EventLoop(chain, false).run();

            assertEquals(histogram, Files.readAllLines(dir.resolve(name + "/histogram.txt")), name);
            assertEquals(again, Files.readAllLines(dir.resolve(name + "/again.txt")), name);
            assertEquals(single.eventsRead(), summary.eventsRead(), name);
            assertEquals(single.eventsPassed(), summary.eventsPassed(), name);
            assertEquals(single.processors().get(1).eventsSkipped(), summary.processors().get(1).eventsSkipped());
            assertEquals(threads, summary.processors().get(1).instances(), name);
            assertEquals(1, summary.processors().get(2).instances(), name);
            assertFalse(((CoreTestHistogram) chain.processors().get(2).processor()).sawConcurrentCall(), name);
        }
    }

    @Test
    void workersRunSerialProcessorsOffMainThread() throws IOException {
        Chain chain = chain("worker", "<parameter name=\"Threads\" value=\"2\"/>", "");
        new EventLoop(chain, false).run();

        Thread histogramThread = ((CoreTestHistogram) chain.processors().get(2).processor()).lastThread();
        assertTrue(histogramThread.getName().startsWith("otusj-worker-"), histogramThread.getName());
    }

    @Test
    void workerFailureReachesCaller() throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "fail.txt", 500);
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Smear"/><processor name="Histogram"/></execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="OutputDirectory" value="%s"/>
                    <parameter name="Threads" value="2"/>
                    <parameter name="BatchSize" value="10"/>
                  </global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Smear" type="CoreTestSmearer"/>
                  <processor name="Histogram" type="CoreTestHistogram">
                    <parameter name="InputCollection" value="NotWritten"/>
                  </processor>
                </otusj>
                """.formatted(run0, dir.resolve("fail"));
        Chain chain = SteeringFixture.build(Files.writeString(dir.resolve("fail.xml"), xml));

        MissingCollectionException failure = assertThrows(MissingCollectionException.class,
                () -> new EventLoop(chain, false).run());
        assertTrue(failure.getMessage().contains("'NotWritten'"), failure.getMessage());
        assertFalse(Files.exists(dir.resolve("fail/histogram.txt")), "end() must not run after a failure");
    }
}
