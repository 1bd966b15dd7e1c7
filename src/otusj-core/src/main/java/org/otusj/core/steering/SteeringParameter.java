package org.otusj.core.steering;

/** A {@code <parameter name="..." value="..."/>} element with the line it sits on. */
public record SteeringParameter(String name, String value, SourceLocation location) {
}
