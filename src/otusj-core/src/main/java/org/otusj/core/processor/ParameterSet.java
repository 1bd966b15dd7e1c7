package org.otusj.core.processor;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters a class declares with {@link ProcessorParameter}, in declaration order (superclass first). */
public final class ParameterSet {

    private final Class<?> owner;
    private final Map<String, ParameterDescriptor> parameters;

    private ParameterSet(Class<?> owner, Map<String, ParameterDescriptor> parameters) {
        this.owner = owner;
        this.parameters = parameters;
    }

    /**
     * Collects the parameters of {@code type}, reading defaults from a new instance made with its
     * no-argument constructor.
     *
     * @throws IllegalStateException if the class cannot be instantiated or declares a name twice
     */
    public static ParameterSet of(Class<?> type) {
        Object prototype = instantiate(type);
        Map<String, ParameterDescriptor> parameters = new LinkedHashMap<>();
        for (Field field : fieldsOf(type)) {
            ProcessorParameter annotation = field.getAnnotation(ProcessorParameter.class);
            if (annotation == null || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            String name = annotation.name().isEmpty() ? capitalize(field.getName()) : annotation.name();
            Object defaultValue;
            try {
                defaultValue = field.get(prototype);
            } catch (IllegalAccessException impossible) {
                throw new IllegalStateException("cannot read parameter field " + field, impossible);
            }
            if (parameters.put(name, new ParameterDescriptor(name, field, defaultValue, annotation)) != null) {
                throw new IllegalStateException(type.getName() + " declares parameter '" + name + "' twice");
            }
        }
        return new ParameterSet(type, Collections.unmodifiableMap(parameters));
    }

    /** Creates an instance of {@code type} with its public no-argument constructor. */
    public static <T> T instantiate(Class<T> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    public Class<?> owner() {
        return owner;
    }

    /** Parameters by steering name, in declaration order. */
    public Map<String, ParameterDescriptor> byName() {
        return parameters;
    }

    public Optional<ParameterDescriptor> find(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            Collections.addAll(fields, c.getDeclaredFields());
        }
        return fields;
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
