package org.otusj.io.root.tree;

/**
 * A {@code TLeaf}: the type description of the values a branch stores. Filled by {@link TreeStreamers}.
 */
public final class Leaf {

    String leafClass = "";
    String name = "";
    String title = "";
    int length;
    int lengthType;
    int offset;
    boolean range;
    boolean unsigned;
    Leaf leafCount;
    int elementId = -1;
    int elementType = -1;

    Leaf() {
    }

    /** ROOT class of the leaf: {@code TLeafF}, {@code TLeafI}, {@code TLeafElement} ... */
    public String leafClass() {
        return leafClass;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** Number of values per entry for a fixed-size leaf, or per count unit for a counted leaf. */
    public int length() {
        return length;
    }

    /** Size in bytes of one value, as ROOT records it (0 for object leaves). */
    public int lengthType() {
        return lengthType;
    }

    /** Returns true for unsigned integer leaves. */
    public boolean isUnsigned() {
        return unsigned;
    }

    /** Returns the leaf whose value gives this leaf's element count per entry ({@code x[N]}), or null. */
    public Leaf leafCount() {
        return leafCount;
    }

    /** For a {@code TLeafElement}: the member index in the class's StreamerInfo; -1 otherwise. */
    public int elementId() {
        return elementId;
    }

    /** For a {@code TLeafElement}: the ROOT type code of the member; -1 otherwise. */
    public int elementType() {
        return elementType;
    }

    @Override
    public String toString() {
        if (leafCount != null) {
            return name + ":" + leafClass + "[" + leafCount.name + "]";
        }
        if (length > 1) {
            return name + ":" + leafClass + "[" + length + "]";
        }
        return name + ":" + leafClass;
    }
}
