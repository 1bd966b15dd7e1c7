package org.otusj.aida.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** Colours, fonts and line widths shared by the plots. */
final class PlotStyle {

    static final Color BACKGROUND = Color.WHITE;
    static final Color FOREGROUND = Color.BLACK;
    static final Color REFERENCE = new Color(0x1f, 0x3a, 0x93);
    static final Color CANDIDATE = new Color(0xd6, 0x27, 0x28);
    static final Color GUIDE = new Color(0x80, 0x80, 0x80);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Stroke THIN = new BasicStroke(1.0f);
    static final Stroke LINE = new BasicStroke(1.6f);
    static final Stroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** Radius of a data point marker, in pixels. */
    static final double MARKER_RADIUS = 3.0;

    private PlotStyle() {
    }
}
