package org.otusj.core.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.loop.Chain;
import org.otusj.core.processor.ProcessorRegistry;

class SteeringFeaturesTest {

    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("run0.txt"), "3");
    }

    private Path write(String name, String xml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, xml);
    }

    private static SteeringException parseFails(Path steering) {
        return assertThrows(SteeringException.class, () -> new SteeringParser().parse(steering));
    }

    private static Chain build(SteeringFile steering) {
        return new ChainBuilder(ProcessorRegistry.load()).build(steering);
    }

    private static String parameter(SteeringFile steering, String processor, String name) {
        for (SteeringParameter parameter : steering.processors().get(processor).parameters()) {
            if (parameter.name().equals(name)) {
                return parameter.value();
            }
        }
        return null;
    }

    @Test
    void constantsSubstituteInAttributesAndText() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <constants>
                    <constant name="dir" value="%s"/>
                    <constant name="file">${dir}/run0.txt</constant>
                    <constant name="scale" value="2.5"/>
                  </constants>
                  <execute><processor name="Src"/><processor name="Rec${scale}"/></execute>
                  <global><parameter name="InputFiles">${file}</parameter></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec2.5" type="CoreTestRecorder">
                    <parameter name="Scale" value="${scale}"/>
                    <parameter name="Values">${scale} 1 $${literal}</parameter>
                  </processor>
                </otusj>
                """.formatted(dir));
        input();
        SteeringFile parsed = new SteeringParser().parse(steering);

        assertEquals(dir + "/run0.txt", parsed.globals().get(0).value());
        assertEquals("2.5", parameter(parsed, "Rec2.5", "Scale"));
        assertEquals("2.5 1 ${literal}", parameter(parsed, "Rec2.5", "Values"));
        assertEquals("Rec2.5", parsed.execute().get(1).processorName());
        assertEquals("2.5", parsed.constants().get("scale"));
    }

    @Test
    void commandLineConstantWinsAndEnvironmentIsRead() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <constants><constant name="scale" value="2.5"/></constants>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="${env:OTUSJ_TEST_INPUT}"/></global>
                  <processor name="Src" type="CoreTestSource"><parameter name="Label" value="${scale}"/></processor>
                </otusj>
                """);
        SteeringFile parsed = new SteeringParser().withConstants(Map.of("scale", "7"))
                .withEnvironment(Map.of("OTUSJ_TEST_INPUT", "from-environment.txt")::get).parse(steering);

        assertEquals("7", parameter(parsed, "Src", "Label"));
        assertEquals("from-environment.txt", parsed.globals().get(0).value());
    }

    @Test
    void unknownConstantSuggestsName() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <constants><constant name="cardFile" value="a.tcl"/></constants>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="${cardFiel}"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                </otusj>
                """);
        SteeringException error = parseFails(steering);

        assertEquals(1, error.problems().size(), error.getMessage());
        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(steering + ":4: unknown constant 'cardFiel'"), problem);
        assertTrue(problem.contains("Did you mean 'cardFile'?"), problem);
        assertTrue(problem.contains("--constant.cardFiel=VALUE"), problem);
    }

    @Test
    void unsetEnvironmentVariableIsReported() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="${env:OTUSJ_UNSET}"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                </otusj>
                """);
        SteeringException error = assertThrows(SteeringException.class,
                () -> new SteeringParser().withEnvironment(name -> null).parse(steering));

        assertTrue(error.getMessage().startsWith(steering + ":3: environment variable 'OTUSJ_UNSET'"),
                error.getMessage());
    }

    @Test
    void duplicateConstantNamesBothLines() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <constants>
                    <constant name="a" value="1"/>
                    <constant name="a" value="2"/>
                  </constants>
                </otusj>
                """);
        SteeringException error = parseFails(steering);

        assertTrue(error.getMessage().contains(":4: constant 'a' is already defined at " + steering + ":3"),
                error.getMessage());
    }

    @Test
    void includeInlinesSectionsRelativeToIncludingFile() throws IOException {
        input();
        write("common/processors.xml", """
                <otusj>
                  <constants><constant name="label" value="shared"/></constants>
                  <processor name="Src" type="CoreTestSource"><parameter name="Label" value="${label}"/></processor>
                </otusj>
                """);
        Path steering = write("main.xml", """
                <otusj>
                  <constants><constant name="common" value="common"/></constants>
                  <include ref="${common}/processors.xml"/>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        SteeringFile parsed = new SteeringParser().parse(steering);

        assertEquals("shared", parameter(parsed, "Src", "Label"));
        assertEquals(dir.resolve("common/processors.xml"), parsed.processors().get("Src").location().file());
        assertEquals(3, parsed.processors().get("Src").location().line());
        assertEquals(1, build(parsed).processors().size());
    }

    @Test
    void errorInIncludedFileNamesThatFile() throws IOException {
        input();
        Path included = write("included.xml", """
                <otusj>

                  <processor name="Src" type="CoreTestSource">
                    <parameter name="Lable" value="x"/>
                  </processor>
                </otusj>
                """);
        Path steering = write("main.xml", """
                <otusj>
                  <include ref="included.xml"/>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        SteeringException error = assertThrows(SteeringException.class,
                () -> build(new SteeringParser().parse(steering)));

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(included + ":4: unknown parameter 'Lable'"), problem);
        assertTrue(problem.contains("Did you mean 'Label'?"), problem);
    }

    @Test
    void includeCycleIsReported() throws IOException {
        write("a.xml", "<otusj>\n  <include ref=\"b.xml\"/>\n</otusj>\n");
        Path b = write("b.xml", "<otusj>\n\n  <include ref=\"a.xml\"/>\n</otusj>\n");
        SteeringException error = parseFails(dir.resolve("a.xml"));

        assertEquals(1, error.problems().size(), error.getMessage());
        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(b + ":3: include cycle: "), problem);
        assertTrue(problem.contains("a.xml includes " + dir.toRealPath() + "/b.xml includes"), problem);
    }

    @Test
    void missingIncludeSuggestsSibling() throws IOException {
        write("detector.xml", "<otusj/>\n");
        Path steering = write("main.xml", "<otusj>\n  <include ref=\"detecter.xml\"/>\n</otusj>\n");
        SteeringException error = parseFails(steering);

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(steering + ":2: included file not found"), problem);
        assertTrue(problem.contains("Did you mean 'detector.xml'?"), problem);
    }

    @Test
    void groupParametersApplyUnlessProcessorSetsThem() throws IOException {
        input();
        Path steering = write("main.xml", """
                <otusj>
                  <execute><processor name="Src"/><group name="Recorders"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <group name="Recorders">
                    <parameter name="Scale" value="3"/>
                    <processor name="A" type="CoreTestRecorder"/>
                    <processor name="B" type="CoreTestRecorder"><parameter name="Scale" value="4"/></processor>
                  </group>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        SteeringFile parsed = new SteeringParser().parse(steering);
        Chain chain = build(parsed);

        assertEquals(List.of("Src", "A", "B"), chain.processors().stream().map(p -> p.name()).toList());
        assertEquals("Recorders", parsed.processors().get("A").group());
        assertEquals(List.of("A", "B"), parsed.groups().get("Recorders").processors());
        assertEquals(3.0, scale(chain, 1));
        assertEquals(4.0, scale(chain, 2));
    }

    private static double scale(Chain chain, int index) {
        Object processor = chain.processors().get(index).processor();
        try {
            var method = processor.getClass().getDeclaredMethod("scale");
            method.setAccessible(true);
            return (double) method.invoke(processor);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void groupParameterNoMemberDeclaresIsError() throws IOException {
        input();
        Path steering = write("main.xml", """
                <otusj>
                  <execute><processor name="Src"/><group name="Recorders"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                  <group name="Recorders">
                    <parameter name="Scal" value="3"/>
                    <processor name="A" type="CoreTestRecorder"/>
                  </group>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        SteeringException error = assertThrows(SteeringException.class,
                () -> build(new SteeringParser().parse(steering)));

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(steering + ":6: parameter 'Scal' of group 'Recorders'"), problem);
        assertTrue(problem.contains("Did you mean 'Scale'?"), problem);
    }

    @Test
    void undefinedGroupInExecuteSuggestsName() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <execute><group name="Recorder"/></execute>
                  <group name="Recorders"/>
                </otusj>
                """);
        SteeringException error = parseFails(steering);

        assertTrue(error.getMessage().contains(":2: <execute> names group 'Recorder'"), error.getMessage());
        assertTrue(error.getMessage().contains("Did you mean 'Recorders'?"), error.getMessage());
    }

    @Test
    void schemaViolationHasLineColumnAndSuggestion() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <execute><processor name="Src"/></execute>
                  <processor name="Src" typ="CoreTestSource" type="CoreTestSource"/>
                </otusj>
                """);
        SteeringException error = parseFails(steering);

        assertEquals(1, error.problems().size(), error.getMessage());
        String problem = error.problems().get(0);
        assertTrue(problem.matches(java.util.regex.Pattern.quote(steering.toString()) + ":3:\\d+: does not match.*"),
                problem);
        assertTrue(problem.contains("'typ'"), problem);
        assertTrue(problem.contains("Did you mean 'type'?"), problem);
    }

    @Test
    void invalidConditionNamesColumn() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <execute>
                    <processor name="Src"/>
                    <if condition="A and or B"><processor name="B"/></if>
                  </execute>
                </otusj>
                """);
        SteeringException error = parseFails(steering);

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(steering + ":4: invalid condition 'A and or B' at column 7"), problem);
    }

    @Test
    void overridesReplaceAndAddParameters() throws IOException {
        input();
        Path steering = write("main.xml", """
                <otusj>
                  <execute><processor name="Src"/><processor name="Rec"/></execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="MaxEvents" value="1"/>
                  </global>
                  <processor name="Src" type="CoreTestSource"/>
                  <processor name="Rec" type="CoreTestRecorder"><parameter name="Scale" value="3"/></processor>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        List<ParameterOverride> overrides = List.of(ParameterOverride.parse("--Rec.Scale=5"),
                ParameterOverride.parse("--global.MaxEvents=2"), ParameterOverride.parse("--global.Threads=2"));
        SteeringFile parsed = SteeringOverrides.apply(new SteeringParser().parse(steering), overrides);
        Chain chain = build(parsed);

        assertEquals(5.0, scale(chain, 1));
        assertEquals(2, chain.global().maxEvents());
        assertEquals(2, chain.global().threads());
        assertEquals("command-line option --Rec.Scale=5", parsed.processors().get("Rec").parameters().get(0)
                .location().toString());
    }

    @Test
    void overrideOfUnknownProcessorSuggestsName() throws IOException {
        Path steering = write("main.xml", """
                <otusj>
                  <processor name="Detector" type="CoreTestRecorder"/>
                </otusj>
                """);
        List<String> problems = SteeringOverrides.unknownTargets(List.of(new SteeringParser().parse(steering)),
                List.of(ParameterOverride.parse("--Detectr.Scale=2")));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("command-line option --Detectr.Scale=2: no processor or group named"),
                problems.get(0));
        assertTrue(problems.get(0).contains("Did you mean 'Detector'?"), problems.get(0));
    }

    @Test
    void overrideWithUnknownParameterIsReported() throws IOException {
        input();
        Path steering = write("main.xml", """
                <otusj>
                  <execute><processor name="Src"/></execute>
                  <global><parameter name="InputFiles" value="%s"/></global>
                  <processor name="Src" type="CoreTestSource"/>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        SteeringFile parsed = SteeringOverrides.apply(new SteeringParser().parse(steering),
                List.of(ParameterOverride.parse("--global.MaxEvent=2")));
        SteeringException error = assertThrows(SteeringException.class, () -> build(parsed));

        String problem = error.problems().get(0);
        assertTrue(problem.startsWith("command-line option --global.MaxEvent=2: unknown parameter 'MaxEvent'"),
                problem);
        assertTrue(problem.contains("Did you mean 'MaxEvents'?"), problem);
    }

    @Test
    void dumpParsesToSameModel() throws IOException {
        input();
        write("inc.xml", """
                <otusj>
                  <group name="Recorders">
                    <parameter name="Scale" value="3"/>
                    <processor name="A" type="CoreTestRecorder"><parameter name="TrueEvery" value="2"/></processor>
                    <processor name="B" type="CoreTestRecorder"/>
                  </group>
                </otusj>
                """);
        Path steering = write("main.xml", """
                <otusj>
                  <constants><constant name="run" value="%s"/></constants>
                  <include ref="inc.xml"/>
                  <execute>
                    <processor name="Src"/>
                    <group name="Recorders"/>
                    <if condition="A &amp;&amp; !Src2">
                      <if condition="A"><processor name="C"/></if>
                      <processor name="D"/>
                    </if>
                  </execute>
                  <global><parameter name="InputFiles" value="${run}"/></global>
                  <processor name="Src" type="CoreTestSource"><parameter name="Label">a "quoted" &lt;label&gt; $${x}</parameter></processor>
                  <processor name="Src2" type="CoreTestRecorder"/>
                  <processor name="C" type="CoreTestRecorder"/>
                  <processor name="D" type="CoreTestRecorder"/>
                </otusj>
                """.formatted(dir.resolve("run0.txt")));
        SteeringFile parsed = SteeringOverrides.apply(new SteeringParser().parse(steering),
                List.of(ParameterOverride.parse("--B.Scale=9")));

        StringWriter dump = new StringWriter();
        SteeringWriter.write(parsed, dump);
        Path dumped = write("dumped.xml", dump.toString());
        SteeringFile reparsed = new SteeringParser().parse(dumped);

        assertEquals(names(parsed), names(reparsed), dump.toString());
        assertEquals(conditions(parsed), conditions(reparsed), dump.toString());
        assertEquals(parsed.globals().get(0).value(), reparsed.globals().get(0).value());
        assertEquals("a \"quoted\" <label> ${x}", parameter(reparsed, "Src", "Label"));
        assertEquals("9", parameter(reparsed, "B", "Scale"));
        assertEquals(parsed.groups().get("Recorders").parameters().get(0).value(),
                reparsed.groups().get("Recorders").parameters().get(0).value());
        assertNull(parameter(reparsed, "A", "Scale"));
    }

    private static List<String> names(SteeringFile steering) {
        return steering.execute().stream().map(ExecuteEntry::processorName).toList();
    }

    private static List<String> conditions(SteeringFile steering) {
        return steering.execute().stream().map(entry -> entry.condition().toString()).toList();
    }
}
