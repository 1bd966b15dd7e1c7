package org.otusj.core.processor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a field of a processor as a steering parameter. The field's initial value is the default,
 * its type fixes the conversion from the steering text (see {@link ParameterConverter} for the types
 * supported), and the loop sets it before {@link Processor#init}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ProcessorParameter {

    /** Name in the steering file; empty means the field name with its first letter in upper case. */
    String name() default "";

    /** One or two sentences for {@code otusj processors}: what the value sets, with units. */
    String description();

    /** For {@code Path} and {@code List<Path>} fields: each path must name an existing file. */
    boolean existingFile() default false;
}
