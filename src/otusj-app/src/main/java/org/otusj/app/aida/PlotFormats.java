package org.otusj.app.aida;

import java.util.ArrayList;
import java.util.List;
import org.otusj.aida.plot.PlotFormat;
import picocli.CommandLine.ITypeConverter;

/** Converts a comma-separated option value such as {@code png,svg,pdf} to plot formats. */
public final class PlotFormats implements ITypeConverter<List<PlotFormat>> {

    @Override
    public List<PlotFormat> convert(String value) {
        List<PlotFormat> formats = new ArrayList<>();
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                PlotFormat format = PlotFormat.fromName(name);
                if (!formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no plot format in '" + value + "'; expected png, svg or pdf");
        }
        return formats;
    }
}
