package org.otusj.core.steering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otusj.core.condition.Condition;
import org.otusj.core.condition.ConditionNames;
import org.otusj.core.loop.ConfiguredProcessor;
import org.otusj.core.processor.Suggestions;

/**
 * Checks the references of {@code <if>} conditions before the first event: each must name a processor
 * that runs earlier in {@code <execute>}, and, if that processor declares its {@link
 * org.otusj.core.processor.Processor#outputConditions}, a value it sets.
 */
final class ConditionCheck {

    private ConditionCheck() {
    }

    static void check(List<ConfiguredProcessor> processors, List<ExecuteEntry> entries, List<String> problems) {
        Map<String, ConfiguredProcessor> earlier = new LinkedHashMap<>();
        for (int i = 0; i < processors.size(); i++) {
            for (ExecuteEntry.IfBlock block : entries.get(i).conditions()) {
                for (Condition.Reference reference : block.condition().references()) {
                    checkReference(reference, block, entries.get(i), earlier, problems);
                }
            }
            earlier.put(processors.get(i).name(), processors.get(i));
        }
    }

    private static void checkReference(Condition.Reference reference, ExecuteEntry.IfBlock block, ExecuteEntry entry,
            Map<String, ConfiguredProcessor> earlier, List<String> problems) {
        String where = block.location() + ": condition '" + block.text() + "' (column " + reference.column() + ")";
        Optional<ConditionNames.Split> split = ConditionNames.split(reference.name(), earlier.keySet());
        if (split.isEmpty()) {
            problems.add(where + " refers to '" + reference.name() + "', but no processor named '"
                    + ConditionNames.processorGuess(reference.name()) + "' runs before '" + entry.processorName()
                    + "' in <execute>." + Suggestions.didYouMean(ConditionNames.processorGuess(reference.name()),
                    earlier.keySet()));
            return;
        }

        ConfiguredProcessor setter = earlier.get(split.get().processor());
        Set<String> declared;
        try {
            declared = setter.processor().outputConditions();
        } catch (RuntimeException failed) {
            problems.add(where + ": processor '" + setter.name() + "' failed to declare its conditions: "
                    + failed.getMessage());
            return;
        }
        if (declared.isEmpty() || declared.contains(split.get().flag())) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String flag : declared) {
            names.add(flag.isEmpty() ? setter.name() : setter.name() + "." + flag);
        }
        problems.add(where + " refers to '" + reference.name() + "', which processor '" + setter.name() + "' ("
                + setter.type() + ") never sets." + Suggestions.didYouMean(reference.name(), names)
                + " It sets: " + String.join(", ", names));
    }
}
