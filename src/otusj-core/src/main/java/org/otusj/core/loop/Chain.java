package org.otusj.core.loop;

import java.nio.file.Path;
import java.util.List;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.GlobalSettings;

/**
 * A validated processing chain: global settings and processors in execution order, the first being the
 * event source.
 */
public record Chain(Path steeringFile, GlobalSettings global, List<ConfiguredProcessor> processors) {

    public Chain {
        processors = List.copyOf(processors);
        if (processors.isEmpty() || !(processors.get(0).processor() instanceof EventSource)) {
            throw new IllegalArgumentException("the first processor of a chain must be an event source");
        }
    }

    /** The event source, the first processor. */
    public EventSource source() {
        return (EventSource) processors.get(0).processor();
    }
}
