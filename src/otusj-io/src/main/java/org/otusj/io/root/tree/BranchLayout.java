package org.otusj.io.root.tree;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The mapping from the bytes of one entry of a branch to values.
 *
 * <p>The type name of a branch this reader cannot decode may come from the file's StreamerInfo record. That
 * name is looked up only when {@link #typeName()} is called, so that checking {@link #isReadable()} does not
 * read and decode the StreamerInfo record.
 */
public final class BranchLayout {

    /** Entry structures. */
    public enum Kind {
        /** The branch stores no values of its own: the parent of split sub-branches. */
        NONE,
        /** {@code fixedCount} values per entry: scalars and fixed-size arrays. */
        FIXED,
        /** A variable number of values per entry, found from the entry's byte length. */
        JAGGED,
        /** One string per entry: a 1-byte length (255 means a 4-byte length follows), then the bytes. */
        STRING,
        /** One {@code std::vector} per entry: a 6-byte object header, a 4-byte count, then the values. */
        VECTOR,
        /** One {@code std::vector<std::string>} per entry: header, count, then that many strings. */
        STRING_VECTOR,
        /**
         * {@code TObject::fBits} values (ROOT type code 15): a 4-byte word each, followed by a 2-byte process
         * id when the word has the kIsReferenced bit (1 << 4) set, so the count follows from the bytes.
         */
        BITS,
        /** A branch type this reader cannot decode, named in {@code note}. */
        UNSUPPORTED
    }

    private final Kind kind;
    private final ValueType type;
    private final int fixedCount;
    private final int headerBytes;
    private final String note;
    private volatile String typeName;
    /** Source of the type name until it is first requested; guarded by this layout's lock. */
    private Supplier<String> typeNameSource;

    /**
     * @param kind the entry structure
     * @param type the value type; null for {@link Kind#NONE} and {@link Kind#UNSUPPORTED}
     * @param fixedCount values per entry for {@link Kind#FIXED}
     * @param headerBytes bytes to skip at the start of each entry before the values
     * @param typeName type as listings show it: {@code float32}, {@code int32[NJet]}, {@code vector<float32>} ...
     * @param note why a branch is {@link Kind#UNSUPPORTED} or {@link Kind#NONE}; empty otherwise
     */
    public BranchLayout(Kind kind, ValueType type, int fixedCount, int headerBytes, String typeName, String note) {
        this(null, kind, type, fixedCount, headerBytes, note);
        this.typeName = Objects.requireNonNull(typeName, "typeName");
    }

    private BranchLayout(Supplier<String> typeNameSource, Kind kind, ValueType type, int fixedCount, int headerBytes,
            String note) {
        this.kind = kind;
        this.type = type;
        this.fixedCount = fixedCount;
        this.headerBytes = headerBytes;
        this.note = note;
        this.typeNameSource = typeNameSource;
    }

    /** Returns the entry structure. */
    public Kind kind() {
        return kind;
    }

    /** Returns the value type, or null for {@link Kind#NONE} and {@link Kind#UNSUPPORTED}. */
    public ValueType type() {
        return type;
    }

    /** Returns the number of values per entry for {@link Kind#FIXED}. */
    public int fixedCount() {
        return fixedCount;
    }

    /** Returns the number of bytes to skip at the start of each entry before the values. */
    public int headerBytes() {
        return headerBytes;
    }

    /**
     * Returns the type as listings show it: {@code float32}, {@code int32[NJet]}, {@code vector<float32>} ...
     * The first call may read the file's StreamerInfo record.
     */
    public String typeName() {
        String name = typeName;
        if (name == null) {
            synchronized (this) {
                if (typeName == null) {
                    typeName = typeNameSource.get();
                    typeNameSource = null;
                }
                name = typeName;
            }
        }
        return name;
    }

    /** Returns why a branch is {@link Kind#UNSUPPORTED} or {@link Kind#NONE}, or an empty string. */
    public String note() {
        return note;
    }

    /** Returns true if values can be read from the branch. */
    public boolean isReadable() {
        return kind != Kind.NONE && kind != Kind.UNSUPPORTED;
    }

    /** Returns true if entries hold a variable number of values (jagged arrays, vectors). */
    public boolean isVariableLength() {
        return kind == Kind.JAGGED || kind == Kind.VECTOR || kind == Kind.STRING_VECTOR || kind == Kind.BITS;
    }

    static BranchLayout fixed(ValueType type, int count, String typeName) {
        return new BranchLayout(Kind.FIXED, type, count, 0, typeName, "");
    }

    static BranchLayout jagged(ValueType type, int headerBytes, String typeName) {
        return new BranchLayout(Kind.JAGGED, type, 0, headerBytes, typeName, "");
    }

    static BranchLayout of(Kind kind, ValueType type, int headerBytes, String typeName) {
        return new BranchLayout(kind, type, 0, headerBytes, typeName, "");
    }

    static BranchLayout none(String typeName, String note) {
        return new BranchLayout(Kind.NONE, null, 0, 0, typeName, note);
    }

    static BranchLayout unsupported(String typeName, String note) {
        return new BranchLayout(Kind.UNSUPPORTED, null, 0, 0, typeName, note);
    }

    /** Creates a layout without values whose type name is computed by {@code typeName} on first request. */
    static BranchLayout withLazyName(Kind kind, Supplier<String> typeName, String note) {
        return new BranchLayout(Objects.requireNonNull(typeName, "typeName"), kind, null, 0, 0, note);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BranchLayout)) {
            return false;
        }
        BranchLayout that = (BranchLayout) other;
        return kind == that.kind && type == that.type && fixedCount == that.fixedCount
                && headerBytes == that.headerBytes && typeName().equals(that.typeName()) && note.equals(that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, type, fixedCount, headerBytes, typeName(), note);
    }

    @Override
    public String toString() {
        return "BranchLayout[kind=" + kind + ", type=" + type + ", fixedCount=" + fixedCount + ", headerBytes="
                + headerBytes + ", typeName=" + typeName() + ", note=" + note + "]";
    }
}
