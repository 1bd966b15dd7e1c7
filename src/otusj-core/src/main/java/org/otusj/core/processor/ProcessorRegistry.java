package org.otusj.core.processor;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The processor types on the class path, found with {@link ServiceLoader} and keyed by simple class
 * name. Adding a processor never means editing a central list.
 */
public final class ProcessorRegistry {

    private final Map<String, Class<? extends Processor>> types;

    private ProcessorRegistry(Map<String, Class<? extends Processor>> types) {
        this.types = types;
    }

    /** Loads every processor registered with the context class loader. */
    public static ProcessorRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : ProcessorRegistry.class.getClassLoader());
    }

    /** Loads every processor registered with {@code loader}. */
    public static ProcessorRegistry load(ClassLoader loader) {
        Map<String, Class<? extends Processor>> types = new TreeMap<>();
        ServiceLoader.load(Processor.class, loader).stream().forEach(provider -> {
            Class<? extends Processor> type = provider.type();
            Class<? extends Processor> previous = types.put(type.getSimpleName(), type);
            if (previous != null && previous != type) {
                throw new IllegalStateException("two processor types named " + type.getSimpleName() + ": "
                        + previous.getName() + " and " + type.getName());
            }
        });
        return new ProcessorRegistry(Collections.unmodifiableMap(types));
    }

    /** Registered types by name, sorted. */
    public Map<String, Class<? extends Processor>> types() {
        return types;
    }

    public Optional<Class<? extends Processor>> find(String typeName) {
        return Optional.ofNullable(types.get(typeName));
    }

    /** The description from {@link ProcessorInfo}, or an empty string. */
    public static String description(Class<? extends Processor> type) {
        ProcessorInfo info = type.getAnnotation(ProcessorInfo.class);
        return info == null ? "" : info.description();
    }
}
