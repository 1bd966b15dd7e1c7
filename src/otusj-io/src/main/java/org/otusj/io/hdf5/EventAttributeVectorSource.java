package org.otusj.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;

/**
 * A {@link VectorSource} that takes the vector an earlier processor stored as an event attribute.
 *
 * <p>Contract for the processor that fills the attribute named {@code NAME}:
 * <ul>
 *   <li>each selected event carries a {@code double[]} of length D under {@code NAME}; an event without
 *       the attribute has no vector;</li>
 *   <li>each run header carries the D column names under {@code NAMEColumns} (see {@link
 *       #columnsAttribute}), as a {@code List<String>} or a {@code String[]}; the names must be the same in
 *       every run. Column names given to the constructor take precedence over the run header.</li>
 * </ul>
 */
public final class EventAttributeVectorSource implements VectorSource {

    /** Suffix of the run-header attribute with the column names. */
    public static final String COLUMNS_SUFFIX = "Columns";

    private final String attribute;
    private final boolean fixedColumns;
    private List<String> columns;

    /**
     * @param attribute name of the event attribute with the vector, such as {@code OtusZ}
     * @param columns the column names; an empty list to take them from the run headers
     */
    public EventAttributeVectorSource(String attribute, List<String> columns) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("the event attribute name of a vector source must not be empty");
        }
        this.attribute = attribute;
        this.columns = List.copyOf(columns);
        this.fixedColumns = !columns.isEmpty();
    }

    /** Returns the name of the run-header attribute with the column names for event attribute {@code attribute}. */
    public static String columnsAttribute(String attribute) {
        return attribute + COLUMNS_SUFFIX;
    }

    @Override
    public String name() {
        return attribute;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public void startRun(RunHeader header) {
        if (fixedColumns) {
            return;
        }
        String headerAttribute = columnsAttribute(attribute);
        Optional<Object> value = header.attribute(headerAttribute, Object.class);
        if (value.isEmpty()) {
            return;
        }

        List<String> names = toNames(value.get(), header, headerAttribute);
        if (!columns.isEmpty() && !columns.equals(names)) {
            throw new IllegalStateException(header + ": run-header attribute " + headerAttribute + " gives columns "
                    + names + ", but an earlier run gave " + columns + "; all runs written to one file need the"
                    + " same event layout");
        }
        columns = names;
    }

    private static List<String> toNames(Object value, RunHeader header, String headerAttribute) {
        List<?> items;
        if (value instanceof String[] array) {
            items = List.of(array);
        } else if (value instanceof List<?> list) {
            items = list;
        } else {
            throw new IllegalStateException(header + ": run-header attribute " + headerAttribute
                    + " must be a List<String> or String[] of column names, found " + value.getClass().getSimpleName());
        }

        List<String> names = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String name)) {
                throw new IllegalStateException(header + ": run-header attribute " + headerAttribute
                        + " must contain only strings, found " + item);
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    @Override
    public Optional<double[]> extract(Event event) {
        Optional<Object> value = event.attribute(attribute, Object.class);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof double[] vector)) {
            throw new IllegalStateException(event + ": event attribute " + attribute + " must be a double[], found "
                    + value.get().getClass().getSimpleName());
        }
        return Optional.of(vector);
    }

    @Override
    public String toString() {
        return "event attribute " + attribute;
    }
}
