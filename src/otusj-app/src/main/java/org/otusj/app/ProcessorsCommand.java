package org.otusj.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.ParameterDescriptor;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.processor.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code otusj processors}: lists the registered processors with their parameters, or writes a steering
 * template with all of them.
 */
@Command(name = "processors", mixinStandardHelpOptions = true, description = "List the registered processors and their parameters, or write a"
        + " steering template with all of them.")
final class ProcessorsCommand implements Callable<Integer> {

    private static final int TEXT_WIDTH = 100;

    @Parameters(arity = "0..*", paramLabel = "TYPE", description = "Processor types to list; all if none is given.")
    private List<String> names = new ArrayList<>();

    @Option(names = "--template", arity = "0..1", paramLabel = "FILE", fallbackValue = "-",
            description = "Write a steering template with every processor and parameter at its default to FILE, or"
                    + " to standard output without FILE or with '-'.")
    private Path template;

    @Override
    public Integer call() {
        ProcessorRegistry registry = ProcessorRegistry.load();
        if (template != null) {
            return writeTemplate(registry);
        }

        Map<String, Class<? extends Processor>> selected = new LinkedHashMap<>();
        for (String name : names) {
            Class<? extends Processor> type = registry.find(name).orElse(null);
            if (type == null) {
                System.err.println("otusj: unknown processor type '" + name + "'."
                        + Suggestions.didYouMean(name, registry.types().keySet()) + " Run 'otusj processors' to list"
                        + " them all.");
                return 2;
            }
            selected.put(name, type);
        }
        if (names.isEmpty()) {
            selected.putAll(registry.types());
        }
        selected.forEach(ProcessorsCommand::print);
        return 0;
    }

    private static void print(String name, Class<? extends Processor> type) {
        Processor prototype = ParameterSet.instantiate(type);
        String kind = prototype instanceof EventSource ? "event source" : "processor";
        System.out.println(name);
        System.out.println("    " + kind + ", " + prototype.parallelism().name().toLowerCase(Locale.ROOT)
                + ", class " + type.getName());
        String description = ProcessorRegistry.description(type);
        for (String line : wrap(description, TEXT_WIDTH - 4)) {
            System.out.println("    " + line);
        }
        for (ParameterDescriptor parameter : ParameterSet.of(type).byName().values()) {
            String defaultText = parameter.defaultText().isEmpty() ? "(empty)" : parameter.defaultText();
            System.out.printf("    %-26s %s, default: %s%n", parameter.name(), parameter.typeDescription(),
                    defaultText);
            for (String line : wrap(parameter.description(), TEXT_WIDTH - 31)) {
                System.out.printf("    %-26s %s%n", "", line);
            }
        }
        System.out.println();
    }

    private int writeTemplate(ProcessorRegistry registry) {
        try {
            if (template.toString().equals("-")) {
                SteeringTemplate.write(registry, new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            } else {
                try (Writer out = Files.newBufferedWriter(template, StandardCharsets.UTF_8)) {
                    SteeringTemplate.write(registry, out);
                }
                System.err.println("otusj: wrote a steering template with " + registry.types().size()
                        + " processors to " + template);
            }
            return 0;
        } catch (IOException failed) {
            System.err.println("otusj: cannot write " + template + ": " + failed.getMessage());
            return 1;
        }
    }

    /** Breaks {@code text} into lines of at most {@code width} characters at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
