package org.otusj.core.event;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The start of a run: one per input file, carrying what the file says about all its events (an LHE
 * file's init block, a ROOT file's metadata) as named attributes.
 */
public final class RunHeader implements InputRecord {

    private final int runNumber;
    private final Path source;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    /**
     * @param runNumber run number, by default the 0-based position of the file among the inputs
     * @param source the file the run comes from
     */
    public RunHeader(int runNumber, Path source) {
        this.runNumber = runNumber;
        this.source = source;
    }

    public int runNumber() {
        return runNumber;
    }

    public Path source() {
        return source;
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

    /** Read-only view of all attributes in insertion order. */
    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    @Override
    public String toString() {
        return "run " + runNumber + " from " + source;
    }
}
