package org.otusj.core.condition;

import java.util.ArrayList;
import java.util.List;

/** Helpers for building conditions. */
public final class Conditions {

    private Conditions() {
    }

    /** Combines {@code outer} and {@code inner} with {@code and}, dropping an always-true side. */
    public static Condition both(Condition outer, Condition inner) {
        if (outer.equals(Condition.ALWAYS)) {
            return inner;
        }
        if (inner.equals(Condition.ALWAYS)) {
            return outer;
        }
        return new Condition.And(outer, inner);
    }

    static List<Condition.Reference> concat(List<Condition.Reference> a, List<Condition.Reference> b) {
        List<Condition.Reference> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
