package org.otusj.aida.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tick positions at 1, 2 or 5 times a power of ten, and their labels. */
final class Ticks {

    private Ticks() {
    }

    /** Returns the step between about {@code count} ticks over [min, max]. */
    static double step(double min, double max, int count) {
        double raw = (max - min) / Math.max(count, 1);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1.0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        if (residual <= 1) {
            return magnitude;
        }
        if (residual <= 2) {
            return 2 * magnitude;
        }
        if (residual <= 5) {
            return 5 * magnitude;
        }
        return 10 * magnitude;
    }

    /** Returns the multiples of {@code step} inside [min, max]. */
    static List<Double> positions(double min, double max, double step) {
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        for (long i = first; i <= last && ticks.size() < 1000; i++) {
            double tick = i * step;
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
        }
        return ticks;
    }

    /** Returns the label of {@code value} with as many decimals as {@code step} needs. */
    static String label(double value, double step) {
        double magnitude = Math.max(Math.abs(value), step);
        if (magnitude >= 1e5 || step < 1e-4) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Returns the label of a power of ten: plain digits from 0.001 to 10000, else like {@code 1e+06}. */
    static String powerOfTenLabel(double value) {
        if (value >= 1e-3 && value < 1e5) {
            return new java.math.BigDecimal(String.format(Locale.ROOT, "%.0e", value)).toPlainString();
        }
        return String.format(Locale.ROOT, "%.0e", value);
    }
}
