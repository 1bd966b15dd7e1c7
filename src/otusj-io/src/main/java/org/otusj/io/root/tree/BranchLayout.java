package org.otusj.io.root.tree;

/**
 * The mapping from the bytes of one entry of a branch to values.
 *
 * @param kind the entry structure
 * @param type the value type; null for {@link Kind#NONE} and {@link Kind#UNSUPPORTED}
 * @param fixedCount values per entry for {@link Kind#FIXED}
 * @param headerBytes bytes to skip at the start of each entry before the values
 * @param typeName type as listings show it: {@code float32}, {@code int32[NJet]}, {@code vector<float32>} ...
 * @param note why a branch is {@link Kind#UNSUPPORTED} or {@link Kind#NONE}; empty otherwise
 */
public record BranchLayout(Kind kind, ValueType type, int fixedCount, int headerBytes, String typeName, String note) {

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
}
