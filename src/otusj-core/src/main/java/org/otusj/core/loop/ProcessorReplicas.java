package org.otusj.core.loop;

import java.util.ArrayList;
import java.util.List;
import org.otusj.core.processor.ParameterDescriptor;
import org.otusj.core.processor.ParameterSet;
import org.otusj.core.processor.Processor;

/** Creates further instances of a configured processor for worker threads. */
final class ProcessorReplicas {

    private ProcessorReplicas() {
    }

    /**
     * Returns a new instance of {@code original}'s class with the same parameter values. List values are
     * copied, so no two instances share a mutable list; other values are immutable.
     */
    static Processor copy(Processor original) {
        Processor copy = ParameterSet.instantiate(original.getClass());
        for (ParameterDescriptor parameter : ParameterSet.of(original.getClass()).byName().values()) {
            Object value = parameter.get(original);
            if (value instanceof List<?> list) {
                value = new ArrayList<>(list);
            }
            parameter.set(copy, value);
        }
        return copy;
    }
}
