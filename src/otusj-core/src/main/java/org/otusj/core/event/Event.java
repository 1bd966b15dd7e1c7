package org.otusj.core.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One collision event: header numbers, named collections of objects (as in LCIO: "MCParticles",
 * "Electrons", "Jets", ...) and named attributes for per-event values that are not collections (weights,
 * flags set by a selection).
 *
 * <p>A collection, once added, is never replaced, so a processor cannot silently overwrite another's
 * output. Collections are stored as unmodifiable lists.
 */
public final class Event implements InputRecord {

    private final int runNumber;
    private final long eventNumber;
    private double weight = 1.0;
    private final Map<String, List<?>> collections = new LinkedHashMap<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private Map<String, Boolean> conditions;

    /**
     * @param runNumber number of the run the event belongs to
     * @param eventNumber number of the event inside its run; readers without stored numbers count from 0
     *     in file order
     */
    public Event(int runNumber, long eventNumber) {
        this.runNumber = runNumber;
        this.eventNumber = eventNumber;
    }

    public int runNumber() {
        return runNumber;
    }

    public long eventNumber() {
        return eventNumber;
    }

    /** Nominal event weight (1 for unweighted events). */
    public double weight() {
        return weight;
    }

    public void setWeight(double weight) {
        this.weight = weight;
    }

    /**
     * Adds a collection under {@code name}.
     *
     * @throws IllegalStateException if the event already has a collection of that name
     */
    public <T> void addCollection(String name, List<T> items) {
        if (collections.containsKey(name)) {
            throw new IllegalStateException("event " + eventNumber + " of run " + runNumber
                    + " already has a collection named '" + name + "'");
        }
        collections.put(name, List.copyOf(items));
    }

    /** Returns true if the event has a collection named {@code name}. */
    public boolean hasCollection(String name) {
        return collections.containsKey(name);
    }

    /**
     * Returns the collection {@code name}, checking that its elements are of {@code type}.
     *
     * @throws MissingCollectionException if there is no such collection
     * @throws ClassCastException if an element is not a {@code type}
     */
    public <T> List<T> collection(String name, Class<T> type) {
        List<?> items = collections.get(name);
        if (items == null) {
            throw new MissingCollectionException(name, this);
        }
        for (Object item : items) {
            if (!type.isInstance(item)) {
                throw new ClassCastException("collection '" + name + "' holds " + item.getClass().getSimpleName()
                        + ", not " + type.getSimpleName());
            }
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) items;
        return typed;
    }

    /** Names of the collections in the order they were added. */
    public Set<String> collectionNames() {
        return Collections.unmodifiableSet(collections.keySet());
    }

    /** Stores an attribute under {@code name}, replacing any earlier value. */
    public void putAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Returns the attribute {@code name} if present and of type {@code type}. */
    public <T> Optional<T> attribute(String name, Class<T> type) {
        Object value = attributes.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /**
     * Sets the per-event condition {@code name}, which {@code <if condition="...">} blocks of the steering
     * file test. Processors usually call {@link org.otusj.core.processor.ProcessorContext#setCondition},
     * which prefixes the processor's name; a later call replaces the value.
     */
    public void setCondition(String name, boolean value) {
        if (conditions == null) {
            conditions = new LinkedHashMap<>();
        }
        conditions.put(name, value);
    }

    /** Returns the condition {@code name} if a processor has set it for this event. */
    public Optional<Boolean> condition(String name) {
        return conditions == null ? Optional.empty() : Optional.ofNullable(conditions.get(name));
    }

    /** Names of the conditions set for this event, in the order they were first set. */
    public Set<String> conditionNames() {
        return conditions == null ? Set.of() : Collections.unmodifiableSet(conditions.keySet());
    }

    @Override
    public String toString() {
        return "event " + eventNumber + " of run " + runNumber + " " + collections.keySet();
    }
}
