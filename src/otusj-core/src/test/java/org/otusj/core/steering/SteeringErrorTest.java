package org.otusj.core.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.processor.ProcessorRegistry;

class SteeringErrorTest {

    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("run0.txt"), "3");
    }

    private SteeringException buildFails(String xml) throws IOException {
        Path steering = Files.writeString(dir.resolve("bad.xml"), xml);
        return assertThrows(SteeringException.class,
                () -> new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steering)));
    }

    @Test
    void unknownParameterNamesFileAndLine() throws IOException {
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Rec"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec" type="CoreTestRecorder">
                    <parameter name="SkipEvry" value="2"/>
                  </processor>
                </otusj>
                """.formatted(input());
        SteeringException error = buildFails(xml);

        assertEquals(1, error.problems().size(), error.getMessage());
        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(dir.resolve("bad.xml") + ":6: "), problem);
        assertTrue(problem.contains("unknown parameter 'SkipEvry'"), problem);
        assertTrue(problem.contains("Did you mean 'SkipEvery'?"), problem);
    }

    @Test
    void misspeltProcessorTypeNamesFileAndLine() throws IOException {
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Rec"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec" type="CoreTestRecordr"/>
                </otusj>
                """.formatted(input());
        SteeringException error = buildFails(xml);

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(dir.resolve("bad.xml") + ":5: "), problem);
        assertTrue(problem.contains("unknown processor type 'CoreTestRecordr'"), problem);
        assertTrue(problem.contains("Did you mean 'CoreTestRecorder'?"), problem);
    }

    @Test
    void missingInputFileNamesFileAndLine() throws IOException {
        Path missing = dir.resolve("no-such-file.lhe");
        String xml = """
                <otusj>
                  <execute><processor name="Src"/></execute>
                  <global>
                    <parameter name="MaxEvents" value="10"/>
                    <parameter name="InputFiles">%s</parameter>
                  </global>
                  <processor name="Src" type="CoreTestSource"/>
                </otusj>
                """.formatted(missing);
        SteeringException error = buildFails(xml);

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(dir.resolve("bad.xml") + ":5: "), problem);
        assertTrue(problem.contains("file not found"), problem);
        assertTrue(problem.contains(missing.toString()), problem);
    }

    @Test
    void illTypedParameterSaysExpectedType() throws IOException {
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Rec"/></execute>
                  <global><parameter name="InputFiles" value="%s"/>
                    <parameter name="MaxEvents" value="ten"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec" type="CoreTestRecorder">
                    <parameter name="Values" value="1.5 abc"/>
                  </processor>
                </otusj>
                """.formatted(input());
        SteeringException error = buildFails(xml);

        assertEquals(2, error.problems().size(), error.getMessage());
        assertTrue(error.problems().get(0).contains(":4: "), error.getMessage());
        assertTrue(error.problems().get(0).contains("expected 64-bit integer, found 'ten'"), error.getMessage());
        assertTrue(error.problems().get(1).contains(":7: "), error.getMessage());
        assertTrue(error.problems().get(1).contains("expected floating-point number, found 'abc'"), error.getMessage());
    }

    @Test
    void undefinedExecuteEntryIsReported() throws IOException {
        String xml = """
                <otusj>
                  <execute><processor name="Src"/><processor name="Recorder"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec" type="CoreTestRecorder"/>
                </otusj>
                """.formatted(input());
        SteeringException error = buildFails(xml);

        String problem = error.problems().get(0);
        assertTrue(problem.contains(":2: "), problem);
        assertTrue(problem.contains("no <processor name=\"Recorder\"> is defined"), problem);
    }

    @Test
    void sourceMustComeFirst() throws IOException {
        String xml = """
                <otusj>
                  <execute><processor name="Rec"/><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec" type="CoreTestRecorder"/>
                </otusj>
                """.formatted(input());
        SteeringException error = buildFails(xml);

        assertEquals(2, error.problems().size(), error.getMessage());
        assertTrue(error.getMessage().contains("must be an event source"), error.getMessage());
        assertTrue(error.getMessage().contains("must be the first processor"), error.getMessage());
    }

    @Test
    void doctypeIsRejected() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE otusj [ <!ENTITY leak SYSTEM "file://%s"> ]>
                <otusj>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="&leak;"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                </otusj>
                """.formatted(secret);
        SteeringException error = buildFails(xml);

        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertTrue(error.getMessage().startsWith(dir.resolve("bad.xml") + ":2: "), error.getMessage());
    }

    @Test
    void malformedXmlNamesLine() throws IOException {
        String xml = "<otusj>\n  <execute>\n    <processor name=\"Src\">\n  </execute>\n</otusj>\n";
        SteeringException error = buildFails(xml);

        assertTrue(error.getMessage().startsWith(dir.resolve("bad.xml") + ":4: invalid XML"), error.getMessage());
    }

    @Test
    void unexpectedElementIsReported() throws IOException {
        String xml = """
                <otusj>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"><param name="Label" value="x"/></processor>
                </otusj>
                """.formatted(input());
        SteeringException error = buildFails(xml);

        assertTrue(error.getMessage().contains(":4: unexpected element <param> inside <processor>"), error.getMessage());
    }
}
