package org.otusj.aida.plot;

import java.awt.Dimension;
import java.awt.Graphics2D;

/** A figure that paints itself on any {@link Graphics2D}, so that {@link PlotWriter} can export it. */
public interface Plot {

    /** Returns the size of the figure in pixels (PNG) or points (SVG, PDF). */
    Dimension size();

    /** Paints the figure into the rectangle (0, 0, width, height) of {@code g}, background included. */
    void paint(Graphics2D g, int width, int height);
}
