package org.otusj.core.loop;

import org.otusj.core.processor.Processor;

/** A processor instance with its steering name and type, parameters already set. */
public record ConfiguredProcessor(String name, String type, Processor processor) {
}
