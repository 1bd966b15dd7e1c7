package org.otusj.core.loop;

import org.otusj.core.condition.Condition;
import org.otusj.core.processor.Processor;

/**
 * A processor instance with its steering name and type, parameters already set, and the condition of the
 * {@code <if>} blocks around its {@code <execute>} entry ({@link Condition#ALWAYS} outside any).
 */
public record ConfiguredProcessor(String name, String type, Processor processor, Condition condition) {

    public ConfiguredProcessor {
        if (condition == null) {
            condition = Condition.ALWAYS;
        }
    }

    /** Creates an entry that runs on every live event. */
    public ConfiguredProcessor(String name, String type, Processor processor) {
        this(name, type, processor, Condition.ALWAYS);
    }

    /** Returns true if the processor runs only where its condition holds. */
    public boolean isConditional() {
        return !Condition.ALWAYS.equals(condition);
    }
}
