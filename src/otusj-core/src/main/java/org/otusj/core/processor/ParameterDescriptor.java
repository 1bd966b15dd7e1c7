package org.otusj.core.processor;

import java.lang.reflect.Field;

/**
 * A declared parameter: steering name, Java field, default value (the field's initial value in a new
 * instance) and description.
 */
public record ParameterDescriptor(String name, Field field, Object defaultValue, ProcessorParameter annotation) {

    public String description() {
        return annotation.description();
    }

    /** The type in steering terms, e.g. "64-bit integer". */
    public String typeDescription() {
        return ParameterConverter.describe(field);
    }

    /** The default as steering text. */
    public String defaultText() {
        return ParameterConverter.format(defaultValue);
    }

    /** Sets the field on {@code target} to {@code value}, already converted to the field's type. */
    public void set(Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException("cannot set parameter field " + field, impossible);
        }
    }

    /** Reads the field's current value on {@code target}. */
    public Object get(Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException("cannot read parameter field " + field, impossible);
        }
    }
}
