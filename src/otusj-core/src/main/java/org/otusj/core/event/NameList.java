package org.otusj.core.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Formats lists of collection names for messages, shortened when a chain writes hundreds of draws. */
public final class NameList {

    /** Names shown before the rest are counted. */
    static final int SHOWN = 20;

    private NameList() {
    }

    /**
     * Returns the names joined by ", ", the first {@value #SHOWN} and then "... and N more" if there are more:
     * a closure chain writes over a thousand draws per event, and a message listing all of them hides its point.
     */
    public static String shortened(Collection<String> names) {
        return shortened(names, ", ");
    }

    /** Returns the names as {@link #shortened(Collection)} does, joined by {@code separator}. */
    public static String shortened(Collection<String> names, String separator) {
        List<String> first = new ArrayList<>();
        for (String name : names) {
            if (first.size() == SHOWN) {
                break;
            }
            first.add(name);
        }
        String joined = String.join(separator, first);
        int rest = names.size() - first.size();
        return rest > 0 ? joined + separator + "... and " + rest + " more" : joined;
    }
}
