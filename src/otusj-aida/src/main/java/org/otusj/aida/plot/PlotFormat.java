package org.otusj.aida.plot;

import java.util.Locale;

/** The file formats that {@link PlotWriter} writes through FreeHEP VectorGraphics. */
public enum PlotFormat {

    /** Portable Network Graphics, a raster image. */
    PNG,
    /** Scalable Vector Graphics 1.1. */
    SVG,
    /** Portable Document Format. */
    PDF;

    /** Returns the file name extension without the dot, such as {@code png}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the format named {@code name} in any case, such as {@code svg}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static PlotFormat fromName(String name) {
        for (PlotFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown plot format '" + name + "'; expected png, svg or pdf");
    }
}
