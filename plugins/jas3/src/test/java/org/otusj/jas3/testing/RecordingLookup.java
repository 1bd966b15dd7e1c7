package org.otusj.jas3.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freehep.util.FreeHEPLookup;

/** A lookup that keeps what plugins register, for tests. */
public final class RecordingLookup extends FreeHEPLookup {

    private final List<Object> services = new CopyOnWriteArrayList<>();

    @Override
    public void add(Object instance) {
        services.add(instance);
    }

    @Override
    public void remove(Object instance) {
        services.remove(instance);
    }

    /** Returns the registered services that are instances of {@code type}. */
    public <T> List<T> services(Class<T> type) {
        return services.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
