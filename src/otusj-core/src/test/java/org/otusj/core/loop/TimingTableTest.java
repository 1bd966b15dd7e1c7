package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTableTest {

    @Test
    void columnsShowSignalsAndShare() {
        ProcessorStatistics source = new ProcessorStatistics("Reader", "LheReader");
        source.addEvents(1000, 0, 3_000_000_000L);
        ProcessorStatistics selection = new ProcessorStatistics("Selection", "OtusSelection");
        selection.addEvents(1000, 250, 500_000_000L);
        selection.addStopRequest();
        ProcessorStatistics plots = new ProcessorStatistics("Plots", "ParticleHistograms");
        plots.addEvents(300, 0, 450_000L);
        plots.addNotRun(450);
        plots.addEnd(1_499_550_000L);
        plots.setInstances(4);

        String table = TimingTable.format(List.of(source, selection, plots));
        List<String> lines = table.lines().toList();

        assertEquals(6, lines.size(), table);
        assertEquals(List.of("processor", "type", "events", "skipped", "stops", "not", "run", "init", "[s]", "events",
                "[s]", "end", "[s]", "per", "event", "share"), List.of(lines.get(0).trim().split("\\s+")));
        assertEquals(List.of("Reader", "LheReader", "1000", "0", "0", "0", "0.000", "3.000", "0.000", "3.00", "ms",
                "60.0", "%"), List.of(lines.get(1).trim().split("\\s+")));
        assertEquals(List.of("Selection", "OtusSelection", "1000", "250", "1", "0", "0.000", "0.500", "0.000", "500.00",
                "us", "10.0", "%"), List.of(lines.get(2).trim().split("\\s+")));
        assertEquals(List.of("Plots", "ParticleHistograms", "300", "0", "0", "450", "0.000", "0.000", "1.500", "1.50",
                "us", "30.0", "%"), List.of(lines.get(3).trim().split("\\s+")));
        assertEquals("total 5.000 s", lines.get(4));
        assertTrue(lines.get(5).startsWith("Plots ran as 4 instances"), table);
    }
}
