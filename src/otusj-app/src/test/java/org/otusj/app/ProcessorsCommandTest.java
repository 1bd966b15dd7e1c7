package org.otusj.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ExecuteEntry;
import org.otusj.core.steering.SteeringFile;
import org.otusj.core.steering.SteeringParser;

class ProcessorsCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    @Test
    void templateParsesAndListsEveryProcessor() throws IOException {
        Path template = dir.resolve("template.xml");
        assertEquals(0, Main.execute("processors", "--template", template.toString()), output.err());

        SteeringFile parsed = new SteeringParser().parse(template);
        for (String type : ProcessorRegistry.load().types().keySet()) {
            assertEquals(type, parsed.processors().get(type).type(), type);
        }
        List<String> executed = parsed.execute().stream().map(ExecuteEntry::processorName).toList();
        assertEquals("LheReader", executed.get(0));
        assertTrue(executed.contains("CardDetector"), executed.toString());
        assertTrue(parsed.globals().stream().anyMatch(p -> p.name().equals("Threads")), parsed.globals().toString());
    }

    @Test
    void templateToStandardOutput() {
        assertEquals(0, Main.execute("processors", "--template"), output.err());
        assertTrue(output.out().startsWith("<?xml"), output.out());
        assertTrue(output.out().contains("<processor name=\"CardDetector\" type=\"CardDetector\">"), output.out());
    }

    @Test
    void listingOfOneTypeShowsParameters() {
        assertEquals(0, Main.execute("processors", "LheReader"), output.err());

        String listing = output.out();
        assertTrue(listing.startsWith("LheReader" + System.lineSeparator() + "    event source, serial, class"
                + " org.otusj.io.lhe.LheReader"), listing);
        assertTrue(listing.contains("CollectionName             string, default: MCParticles"), listing);
        assertTrue(!listing.contains("CardDetector"), listing);
    }

    @Test
    void unknownTypeSuggestsName() {
        assertEquals(2, Main.execute("processors", "CardDetectr"));
        assertTrue(output.err().contains("Did you mean 'CardDetector'?"), output.err());
    }
}
