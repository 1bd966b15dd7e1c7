package org.otusj.core.steering;

/** A {@code <processor name="..."/>} reference inside {@code <execute>}. */
public record ExecuteEntry(String processorName, SourceLocation location) {
}
