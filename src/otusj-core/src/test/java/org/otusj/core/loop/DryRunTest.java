package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryRunTest {

    @TempDir
    Path dir;

    @BeforeEach
    void clearLog() {
        CoreTestRecorder.LOG.clear();
    }

    @Test
    void describesChainWithoutRunningIt() throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 4);
        Path steering = SteeringFixture.write(dir, """
                <otusj>
                  <execute>
                    <processor name="Src"/><processor name="Smear"/>
                    <if condition="Src2"><processor name="Rec"/></if>
                  </execute>
                  <global><parameter name="InputFiles" value="%s"/><parameter name="Threads" value="2"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Smear" type="CoreTestSmearer"/>
                  <processor name="Rec" type="CoreTestRecorder"><parameter name="Reads" value="Smeared"/></processor>
                </otusj>
                """.formatted(run0).replace("Src2", "Smear"));
        DryRun.Report report = DryRun.check(SteeringFixture.build(steering));

        assertTrue(report.ok(), report.problems().toString());
        assertEquals(5, report.description().size(), report.description().toString());
        assertTrue(report.description().get(0).endsWith(": 3 processors, 2 thread(s), shard 0/1, batch size 1024"),
                report.description().get(0));
        assertEquals("  Smear (CoreTestSmearer), replicated, writes Smeared", report.description().get(2));
        assertEquals("  Rec (CoreTestRecorder) if Smear, serial, reads Smeared", report.description().get(3));
        assertEquals("  1 input file(s); the source reads no header in a dry run", report.description().get(4));
        assertTrue(CoreTestRecorder.LOG.isEmpty(), "init must not run: " + CoreTestRecorder.LOG);
    }

    @Test
    void namesProcessorOnce() throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 4);
        Path steering = SteeringFixture.write(dir, """
                <otusj>
                  <execute><processor name="Src"/><processor name="Smear"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Smear" type="CoreTestSmearer"><parameter name="Work" value="-1"/></processor>
                </otusj>
                """.formatted(run0));
        DryRun.Report report = DryRun.check(SteeringFixture.build(steering));

        assertEquals(1, report.problems().size(), report.problems().toString());
        assertEquals("processor 'Smear': Work must not be negative, found -1", report.problems().get(0));
    }

    @Test
    void collectionNamesSortNumbersByValue() {
        List<String> names = new ArrayList<>(List.of("Electrons_10", "Jets", "Electrons_2", "Electrons", "Electrons_1",
                "Electrons_01", "Electrons_x"));

        names.sort(DryRun::compareNames);

        assertEquals(List.of("Electrons", "Electrons_01", "Electrons_1", "Electrons_2", "Electrons_10", "Electrons_x",
                "Jets"), names);
    }
}
