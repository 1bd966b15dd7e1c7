package org.otusj.core.steering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads steering XML in the style of Marlin:
 *
 * <pre>{@code
 * <otusj>
 *   <constants> <constant name="Card" value="delphes-examples/cards/delphes_card_CMS.tcl"/> </constants>
 *   <include ref="common.xml"/>
 *   <execute> <processor name="Reader"/> <if condition="Selection"> <group name="Plots"/> </if> </execute>
 *   <global> <parameter name="InputFiles" value="a.lhe"/> ... </global>
 *   <processor name="Reader" type="LheReader"> <parameter name="..." value="${Card}"/> </processor>
 *   <group name="Plots"> <parameter .../> <processor .../> </group>
 * </otusj>
 * }</pre>
 *
 * Each file is validated against {@link SteeringSchema}; includes are inlined where they stand, and
 * constants are substituted in every attribute and text. A parameter value comes from the {@code value}
 * attribute or from the element text. The parser rejects document type declarations, so no external
 * entity or DTD is ever fetched or expanded. Every problem is reported, each with {@code file:line}
 * (schema violations with {@code file:line:column}), in one {@link SteeringException}.
 */
public final class SteeringParser {

    private final Map<String, String> constantOverrides;
    private final Function<String, String> environment;

    public SteeringParser() {
        this(Map.of(), System::getenv);
    }

    private SteeringParser(Map<String, String> constantOverrides, Function<String, String> environment) {
        this.constantOverrides = Map.copyOf(constantOverrides);
        this.environment = environment;
    }

    /** Returns a parser whose constants {@code values} replace the file's definitions of the same names. */
    public SteeringParser withConstants(Map<String, String> values) {
        return new SteeringParser(values, environment);
    }

    /** Returns a parser that looks up {@code ${env:NAME}} with {@code lookUp}, not in the process environment. */
    public SteeringParser withEnvironment(Function<String, String> lookUp) {
        return new SteeringParser(constantOverrides, lookUp);
    }

    /**
     * Parses {@code path} with its includes.
     *
     * @throws SteeringException naming file and line for every problem found
     * @throws IOException if a file cannot be read
     */
    public SteeringFile parse(Path path) throws IOException {
        SteeringXmlReader.Result main = SteeringXmlReader.read(path);
        List<String> problems = new ArrayList<>();
        List<SteeringXmlReader.SchemaProblem> schemaProblems = new ArrayList<>(main.schemaProblems());
        ConstantTable constants = new ConstantTable(constantOverrides, environment);

        IncludeExpander expander = new IncludeExpander(constants, problems, schemaProblems);
        List<SteeringElement> sections = expander.expand(path, main.root());
        SteeringFile steering = new SteeringModelBuilder(constants, problems).build(path, sections);

        addSchemaProblems(problems, schemaProblems);
        if (!problems.isEmpty()) {
            throw new SteeringException(problems);
        }
        return steering;
    }

    /**
     * Adds the schema violations on lines for which no clearer problem was found: the checks of the model
     * builder name the element and suggest a fix, the schema catches the rest (unknown attributes, say).
     */
    private static void addSchemaProblems(List<String> problems, List<SteeringXmlReader.SchemaProblem> schemaProblems) {
        Set<String> reportedLines = new HashSet<>();
        for (String problem : problems) {
            int colon = problem.indexOf(": ");
            if (colon > 0) {
                reportedLines.add(problem.substring(0, colon));
            }
        }
        for (SteeringXmlReader.SchemaProblem schemaProblem : schemaProblems) {
            if (!reportedLines.contains(schemaProblem.location().toString())) {
                problems.add(schemaProblem.toString());
            }
        }
    }
}
