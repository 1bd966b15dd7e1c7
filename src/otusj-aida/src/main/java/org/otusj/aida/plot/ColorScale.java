package org.otusj.aida.plot;

import java.awt.Color;

/**
 * The sequential colour scale of the colour maps, from pale yellow through orange and red to dark
 * purple, on a linear or logarithmic range of bin heights.
 */
final class ColorScale {

    private static final Color[] ANCHORS = {
        new Color(255, 245, 192),
        new Color(255, 204, 102),
        new Color(255, 140, 66),
        new Color(215, 38, 61),
        new Color(92, 10, 61),
    };

    private final double min;
    private final double max;
    private final boolean logarithmic;

    /**
     * Creates the scale.
     *
     * @param min the height at the low end; must be positive when {@code logarithmic}
     * @param max the height at the high end
     */
    ColorScale(double min, double max, boolean logarithmic) {
        this.min = min;
        this.max = max > min ? max : min + 1;
        this.logarithmic = logarithmic;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    boolean logarithmic() {
        return logarithmic;
    }

    /** Returns the position of {@code value} on the scale, clamped to [0, 1]. */
    double fraction(double value) {
        double fraction = logarithmic
                ? Math.log(Math.max(value, min) / min) / Math.log(max / min)
                : (value - min) / (max - min);
        return Math.min(1.0, Math.max(0.0, fraction));
    }

    /** Returns the colour of {@code value}. */
    Color color(double value) {
        return colorAt(fraction(value));
    }

    /** Returns the colour at position {@code fraction} in [0, 1], interpolated linearly in RGB. */
    static Color colorAt(double fraction) {
        double position = fraction * (ANCHORS.length - 1);
        int lower = Math.min((int) Math.floor(position), ANCHORS.length - 2);
        double t = position - lower;
        Color a = ANCHORS[lower];
        Color b = ANCHORS[lower + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
