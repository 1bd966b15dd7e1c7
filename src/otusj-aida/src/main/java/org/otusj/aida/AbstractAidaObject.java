package org.otusj.aida;

import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.util.Map;

/**
 * Base class of the AIDA objects in this package. It keeps the title and annotations, and compares objects by
 * class, annotations and {@link #sameContents contents} for {@link #equals}.
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
     * Returns true if {@code other} equals this object. Each subclass declares it, with documentation of what
     * it compares, and implements it with {@link #sameClassAnnotationsAndContents}. A public method declared
     * only here could not be called by reflection through the public subclass, because this class is not public.
     */
    @Override
    public abstract boolean equals(Object other);

    /**
     * Returns true if {@code other} is this object, or an object of the same class with the same annotations
     * and the same {@link #sameContents contents}.
     */
    final boolean sameClassAnnotationsAndContents(Object other) {
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
