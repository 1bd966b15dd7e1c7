package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTest {

    @TempDir
    Path dir;

    private Chain chain(String name, String global) throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 250);
        Path run1 = SteeringFixture.runFile(dir, "run1.txt", 101);
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Smear"/><processor name="Histogram"/></execute>
                  <global>
                    <parameter name="InputFiles">%s %s</parameter>
                    <parameter name="OutputDirectory" value="%s"/>
                    <parameter name="BatchSize" value="16"/>
                    <parameter name="SkipEvents" value="3"/>
                    %s
                  </global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Smear" type="CoreTestSmearer"/>
                  <processor name="Histogram" type="CoreTestHistogram"/>
                </otusj>
                """.formatted(run0, run1, dir.resolve(name), global);
        return SteeringFixture.build(Files.writeString(dir.resolve(name + ".xml"), xml));
    }

    @Test
    void shardsMergeToUnsplitRun() throws IOException {
        new EventLoop(chain("whole", ""), false).run();
        List<String> whole = CoreTestHistogram.merge(List.of(dir.resolve("whole/histogram.txt")));

        List<Path> parts = new ArrayList<>();
        long events = 0;
        for (int k = 0; k < 3; k++) {
            String name = "shard" + k;
            RunSummary summary = new EventLoop(chain(name, "<parameter name=\"Shard\" value=\"" + k + "/3\"/>"), false)
                    .run();
            events += summary.eventsRead();
            parts.add(dir.resolve(name + "/histogram.txt"));
        }

        assertEquals(whole, CoreTestHistogram.merge(parts));
        assertEquals(348, events);
    }

    @Test
    void shardsPartitionMaxEventsWindow() throws IOException {
        RunSummary whole = new EventLoop(chain("window", "<parameter name=\"MaxEvents\" value=\"100\"/>"), false).run();
        List<String> expected = CoreTestHistogram.merge(List.of(dir.resolve("window/histogram.txt")));

        List<Path> parts = new ArrayList<>();
        long[] perShard = new long[4];
        for (int k = 0; k < 4; k++) {
            String name = "window" + k;
            String global = "<parameter name=\"MaxEvents\" value=\"100\"/><parameter name=\"Shard\" value=\"" + k
                    + "/4\"/><parameter name=\"Threads\" value=\"2\"/>";
            perShard[k] = new EventLoop(chain(name, global), false).run().eventsRead();
            parts.add(dir.resolve(name + "/histogram.txt"));
        }

        assertEquals(100, whole.eventsRead());
        assertEquals(expected, CoreTestHistogram.merge(parts));
        assertEquals(25, perShard[0]);
        assertEquals(25, perShard[3]);
    }
}
