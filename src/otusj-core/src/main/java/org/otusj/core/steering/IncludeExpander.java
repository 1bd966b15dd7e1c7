package org.otusj.core.steering;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.otusj.core.processor.Suggestions;

/**
 * Walks the top-level sections of a steering file in document order: defines the constants of {@code
 * <constants>} sections and replaces each {@code <include ref="..."/>} by the sections of the included
 * file, recursively. A relative {@code ref} is resolved against the folder of the file that contains it.
 */
final class IncludeExpander {

    private static final String ROOT = "otusj";

    private final ConstantTable constants;
    private final List<String> problems;
    private final List<SteeringXmlReader.SchemaProblem> schemaProblems;
    private final Deque<Path> including = new ArrayDeque<>();
    private final List<Path> included = new ArrayList<>();

    IncludeExpander(ConstantTable constants, List<String> problems,
            List<SteeringXmlReader.SchemaProblem> schemaProblems) {
        this.constants = constants;
        this.problems = problems;
        this.schemaProblems = schemaProblems;
    }

    /** Returns the sections of {@code root}, read from {@code file}, with includes expanded in place. */
    List<SteeringElement> expand(Path file, SteeringElement root) throws IOException {
        List<SteeringElement> sections = new ArrayList<>();
        including.push(realPath(file));
        expandInto(file, root, sections);
        including.pop();
        return sections;
    }

    /** Returns the files included, directly or not, in the order they were read. */
    List<Path> includedFiles() {
        return included;
    }

    private void expandInto(Path file, SteeringElement root, List<SteeringElement> sections) throws IOException {
        if (!ROOT.equals(root.name())) {
            problems.add(root.location() + ": root element must be <" + ROOT + ">, found <" + root.name() + ">");
            return;
        }
        for (SteeringElement section : root.children()) {
            switch (section.name()) {
                case "constants" -> defineConstants(section);
                case "include" -> include(file, section, sections);
                default -> sections.add(section);
            }
        }
    }

    private void defineConstants(SteeringElement section) {
        for (SteeringElement constant : section.children()) {
            if (!"constant".equals(constant.name())) {
                problems.add(constant.location() + ": unexpected element <" + constant.name()
                        + "> inside <constants>; expected <constant name=\"...\" value=\"...\"/>");
                continue;
            }
            String name = constant.attribute("name");
            if (name == null || name.isBlank()) {
                problems.add(constant.location() + ": <constant> needs a non-empty 'name' attribute");
                continue;
            }
            String value = constant.attribute("value");
            String body = constant.text().strip();
            if (value != null && !body.isEmpty()) {
                problems.add(constant.location() + ": constant '" + name
                        + "' has both a value attribute and element text; use one");
            }
            constants.define(name.strip(), value != null ? value : body, constant.location(), problems);
        }
    }

    private void include(Path file, SteeringElement element, List<SteeringElement> sections) throws IOException {
        String reference = element.attribute("ref");
        if (reference == null || reference.isBlank()) {
            problems.add(element.location() + ": <include> needs a non-empty 'ref' attribute naming a steering file");
            return;
        }
        int problemsBefore = problems.size();
        String resolvedReference = constants.substitute(reference.strip(), element.location(), problems);
        if (problems.size() > problemsBefore) {
            return;
        }

        Path folder = file.toAbsolutePath().getParent();
        Path target = folder.resolve(resolvedReference).normalize();
        if (!Files.isRegularFile(target)) {
            problems.add(element.location() + ": included file not found: " + target + " (a relative ref is resolved"
                    + " against the including file's folder " + folder + ")." + suggestSibling(target));
            return;
        }
        Path real = realPath(target);
        if (including.contains(real)) {
            problems.add(element.location() + ": include cycle: " + cycle(real));
            return;
        }

        SteeringXmlReader.Result result;
        try {
            result = SteeringXmlReader.read(target);
        } catch (SteeringException invalid) {
            problems.addAll(invalid.problems());
            return;
        }
        schemaProblems.addAll(result.schemaProblems());
        included.add(target);
        including.push(real);
        expandInto(target, result.root(), sections);
        including.pop();
    }

    private String cycle(Path repeated) {
        List<String> chain = new ArrayList<>();
        for (Path path : including) {
            chain.add(0, path.toString());
        }
        chain.add(repeated.toString());
        return String.join(" includes ", chain);
    }

    private static Path realPath(Path file) throws IOException {
        return file.toAbsolutePath().normalize().toRealPath();
    }

    private static String suggestSibling(Path target) {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) {
            for (Path sibling : files) {
                names.add(sibling.getFileName().toString());
            }
        } catch (IOException unreadable) {
            return "";
        }
        return Suggestions.didYouMean(target.getFileName().toString(), names);
    }
}
