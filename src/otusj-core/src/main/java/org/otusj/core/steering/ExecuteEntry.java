package org.otusj.core.steering;

import java.util.List;
import org.otusj.core.condition.Condition;
import org.otusj.core.condition.Conditions;

/**
 * A {@code <processor name="..."/>} reference inside {@code <execute>}, with the {@code <if>} blocks around
 * it from the outermost in. Entries of a {@code <group name="..."/>} reference are expanded to one entry
 * per processor of the group.
 */
public record ExecuteEntry(String processorName, SourceLocation location, List<IfBlock> conditions) {

    public ExecuteEntry {
        conditions = List.copyOf(conditions);
    }

    /** Creates an entry outside any {@code <if>}. */
    public ExecuteEntry(String processorName, SourceLocation location) {
        this(processorName, location, List.of());
    }

    /** Returns the conjunction of the enclosing conditions, {@link Condition#ALWAYS} outside any {@code <if>}. */
    public Condition condition() {
        Condition combined = Condition.ALWAYS;
        for (IfBlock block : conditions) {
            combined = Conditions.both(combined, block.condition());
        }
        return combined;
    }

    /** An {@code <if condition="...">} element: the parsed condition, its text and its line. */
    public record IfBlock(Condition condition, String text, SourceLocation location) {
    }
}
