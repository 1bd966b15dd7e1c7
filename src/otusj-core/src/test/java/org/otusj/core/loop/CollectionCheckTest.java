package org.otusj.core.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.steering.SteeringException;

class CollectionCheckTest {

    @TempDir
    Path dir;

    private Path steering(String processors, String definitions) throws IOException {
        Path run0 = SteeringFixture.runFile(dir, "run0.txt", 2);
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Smear"/>%s</execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Smear" type="CoreTestSmearer"><parameter name="OutputCollection" value="Electrons"/></processor>
                  %s
                </otusj>
                """.formatted(processors, run0, definitions);
        return SteeringFixture.write(dir, xml);
    }

    @Test
    void missingProducerIsNamedWithSuggestion() throws IOException {
        Path steering = steering("<processor name=\"Rec\"/>", """
                <processor name="Rec" type="CoreTestRecorder"><parameter name="Reads" value="Electron"/></processor>
                """);
        java.nio.file.Files.writeString(steering, java.nio.file.Files.readString(steering).replace(
                "<processor name=\"Src\" type=\"CoreTestSource\"/>",
                "<processor name=\"Src\" type=\"CoreTestSource\"><parameter name=\"Writes\" value=\"Tracks\"/></processor>"));
        SteeringException error = assertThrows(SteeringException.class, () -> SteeringFixture.build(steering));

        assertTrue(error.getMessage().contains("processor 'Rec' (CoreTestRecorder) reads collection 'Electron', but"
                + " no processor before it in <execute> writes it. Did you mean 'Electrons'? Collections written before"
                + " it: Tracks, Electrons"), error.getMessage());
    }

    @Test
    void undeclaredProcessorBeforeOnlyLogs() throws IOException {
        Path steering = steering("<processor name=\"Rec\"/>", """
                <processor name="Rec" type="CoreTestRecorder"><parameter name="Reads" value="Electron"/></processor>
                """);

        assertEquals(3, SteeringFixture.build(steering).processors().size());
    }

    @Test
    void secondWriterOfCollectionIsRejected() throws IOException {
        Path steering = steering("<processor name=\"Again\"/>", """
                <processor name="Again" type="CoreTestSmearer"><parameter name="OutputCollection" value="Electrons"/></processor>
                """);
        SteeringException error = assertThrows(SteeringException.class, () -> SteeringFixture.build(steering));

        assertEquals(1, error.problems().size(), error.getMessage());
        assertTrue(error.problems().get(0).contains("processor 'Again' (CoreTestSmearer) writes collection 'Electrons',"
                + " which processor 'Smear' already writes"), error.getMessage());
    }

    @Test
    void declaredChainPasses() throws IOException {
        Path steering = steering("<processor name=\"Rec\"/>", """
                <processor name="Rec" type="CoreTestRecorder"><parameter name="Reads" value="Electrons"/></processor>
                """);

        new EventLoop(SteeringFixture.build(steering), false).run();
    }
}
