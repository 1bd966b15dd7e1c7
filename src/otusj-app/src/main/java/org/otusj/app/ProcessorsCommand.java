package org.otusj.app;

import java.util.Map;
import java.util.concurrent.Callable;
import org.otusj.core.processor.ParameterDescriptor;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorRegistry;
import picocli.CommandLine.Command;

/** {@code otusj processors}: lists every registered processor with its parameters. */
@Command(name = "processors", description = "List the registered processors and their parameters.")
final class ProcessorsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        ProcessorRegistry registry = ProcessorRegistry.load();
        for (Map.Entry<String, Class<? extends Processor>> entry : registry.types().entrySet()) {
            System.out.println(entry.getKey());
            String description = ProcessorRegistry.description(entry.getValue());
            if (!description.isEmpty()) {
                System.out.println("    " + description);
            }
            for (ParameterDescriptor parameter : ParameterSet.of(entry.getValue()).byName().values()) {
                System.out.printf("    %-24s %-28s default: %s%n", parameter.name(), parameter.typeDescription(),
                        parameter.defaultText().isEmpty() ? "(empty)" : parameter.defaultText());
                System.out.printf("    %-24s %s%n", "", parameter.description());
            }
            System.out.println();
        }
        return 0;
    }
}
