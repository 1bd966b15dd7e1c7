package org.otusj.aida;

import java.util.Map;

/**
 * An object that an {@link AidaTree} stores and an AIDA XML file carries: a histogram, profile, cloud or
 * data point set, with a title and annotations (key-value text such as axis labels).
 *
 * <p>The title is also the annotation {@value #TITLE_KEY}, so setting either sets both.
 */
public interface AidaObject {

    /** Annotation key of the title, as AIDA files store it. */
    String TITLE_KEY = "Title";

    /** Annotation key of the x-axis label with its unit, the name that YODA and Rivet use. */
    String X_LABEL_KEY = "XLabel";

    /** Annotation key of the y-axis label with its unit, the name that YODA and Rivet use. */
    String Y_LABEL_KEY = "YLabel";

    /** Annotation key of the z-axis (colour scale) label of a 2-D histogram, the name that Rivet uses. */
    String Z_LABEL_KEY = "ZLabel";

    /** Returns the title, never null. */
    String title();

    /** Sets the title, which is also the {@value #TITLE_KEY} annotation. */
    void setTitle(String title);

    /** Returns the annotation {@code key}, or null if it is not set. */
    String annotation(String key);

    /**
     * Sets an annotation, a key-value pair written to AIDA files (an axis label, say). Setting {@value
     * #TITLE_KEY} sets the title.
     *
     * @throws IllegalArgumentException if the key is empty
     */
    void setAnnotation(String key, String value);

    /** Read-only view of the annotations in the order they were first set; the title comes first. */
    Map<String, String> annotations();
}
