package org.otusj.aida.plot;

import org.otusj.aida.AidaObject;

/** Axis labels, with units, from the {@code XLabel}, {@code YLabel} and {@code ZLabel} annotations. */
final class AxisLabels {

    private AxisLabels() {
    }

    /** Returns the annotation {@code key} of {@code object}, or {@code fallback} if it is missing or blank. */
    static String of(AidaObject object, String key, String fallback) {
        String label = object.annotation(key);
        return label == null || label.isBlank() ? fallback : label;
    }
}
