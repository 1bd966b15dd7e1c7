package org.otusj.aida;

import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.util.Map;

/**
 * Base class of the AIDA objects in this package. It keeps the title and annotations and implements {@link
 * #equals} as a comparison of class, annotations and {@link #sameContents contents}.
 */
abstract class AbstractAidaObject implements AidaObject {

    final Annotations annotations;

    AbstractAidaObject(String title) {
        annotations = new Annotations(title);
    }

    @Override
    public String title() {
        return annotations.title();
    }

    @Override
    public void setTitle(String title) {
        annotations.setTitle(title);
    }

    @Override
    public void setAnnotation(String key, String value) {
        annotations.set(key, value);
    }

    @Override
    public String annotation(String key) {
        return annotations.get(key);
    }

    @Override
    public Map<String, String> annotations() {
        return annotations.view();
    }

    /** Sets every annotation of {@code source}, in its order, replacing those with the same key. */
    void copyAnnotationsFrom(AidaObject source) {
        annotations.setAll(source.annotations());
    }

    /**
     * Returns true if {@code other} is an object of the same class with the same annotations and the same
     * contents. The documentation of each class lists the contents it compares.
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        AbstractAidaObject that = (AbstractAidaObject) other;
        return annotations.equals(that.annotations) && sameContents(that);
    }

    /** Returns true if {@code other}, an object of this class, has the same contents apart from annotations. */
    abstract boolean sameContents(AbstractAidaObject other);

    /** Returns a hash code consistent with {@link #equals}, which each subclass must compute itself. */
    @Override
    public abstract int hashCode();

    /**
     * Rejects Java serialization, which {@link Histogram1D} and {@link Histogram2D} inherit from {@code
     * hep.aida.IHistogram}. This class and {@link Annotations} are not serializable, so a written object would
     * lose its title and could not be read back. AIDA XML and YODA files are the supported formats.
     *
     * @throws NotSerializableException always
     */
    Object writeReplace() throws ObjectStreamException {
        throw new NotSerializableException(getClass().getName());
    }
}
