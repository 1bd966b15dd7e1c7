package org.otusj.io.root.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.otusj.io.root.bytes.DeferredRegions;

/**
 * A {@code TBranch} or {@code TBranchElement}: where the baskets of one column of a tree are stored and
 * how their bytes are typed. Filled by {@link TreeStreamers}; read values with {@link BranchReader}.
 *
 * <p>A top-level branch has only its class and name until its body is decoded, which happens on the
 * first call of any other accessor, from any thread. If that body is corrupt, the accessors throw an
 * {@link UncheckedIOException} whose cause is the {@link org.otusj.io.root.RootFormatException} naming
 * the file, the tree and the byte offset; {@link Tree#decodeAll()} raises it as a checked exception.
 */
public final class Branch {

    String branchClass = "";
    String name = "";
    String title = "";
    int entryOffsetLength;
    int writeBasket;
    int splitLevel;
    long entries;
    long firstEntry;
    long totalBytes;
    long zipBytes;
    List<Branch> branches = List.of();
    List<Leaf> leaves = List.of();
    int[] basketBytes = new int[0];
    long[] basketEntry = new long[0];
    long[] basketSeek = new long[0];
    boolean embeddedBaskets;

    String className = "";
    String clonesName = "";
    int classVersion;
    int id = -1;
    int type;
    int streamerType = -1;
    Branch branchCount;

    Branch parent;
    /** Built on first request: most paths of a large tree are never asked for. */
    private String path;

    /** The regions holding this branch's undecoded body, or null once it is decoded. */
    private volatile DeferredRegions deferred;
    private int region;

    Branch() {
    }

    /** Defers the decoding of this branch's body to region {@code index} of {@code regions}. */
    void deferTo(DeferredRegions regions, int index) {
        region = index;
        deferred = regions;
    }

    /** Called by the body's decoder once every field is set; publishes them to other threads. */
    void markDecoded() {
        deferred = null;
    }

    /** Returns true if the body is decoded (always, except for a top-level branch not used yet). */
    boolean isDecoded() {
        return deferred == null;
    }

    /**
     * Decodes the body if it was deferred. The volatile read of {@code deferred} makes the fields written
     * by the thread that decoded the body visible here.
     *
     * @throws IOException if the body is corrupt
     */
    void decode() throws IOException {
        DeferredRegions regions = deferred;
        if (regions != null) {
            regions.decode(region);
        }
    }

    /** {@link #decode()} for accessors that cannot throw a checked exception. */
    void load() {
        if (deferred != null) {
            try {
                decode();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }

    /** ROOT class of the branch: {@code TBranch}, {@code TBranchElement} ... */
    public String branchClass() {
        return branchClass;
    }

    public String name() {
        return name;
    }

    public String title() {
        load();
        return title;
    }

    /** Names from the top-level branch down to this one, joined by '/', such as {@code evt/P3/P3.Px}. */
    public String path() {
        String known = path;
        if (known == null) {
            // Another thread may build the same string at the same time; either copy is the right one.
            known = parent == null ? name : parent.path() + "/" + name;
            path = known;
        }
        return known;
    }

    /** Returns the branch this one is a sub-branch of, or null for a top-level branch. */
    public Branch parent() {
        return parent;
    }

    /** Direct sub-branches. */
    public List<Branch> branches() {
        load();
        return Collections.unmodifiableList(branches);
    }

    public List<Leaf> leaves() {
        load();
        return Collections.unmodifiableList(leaves);
    }

    /** Number of entries written to this branch. */
    public long entries() {
        load();
        return entries;
    }

    /** Number of baskets written to the file. */
    public int basketCount() {
        load();
        return writeBasket;
    }

    /** Uncompressed bytes of all baskets, as ROOT recorded when writing. */
    public long totalBytes() {
        load();
        return totalBytes;
    }

    /** Compressed bytes of all baskets, as ROOT recorded when writing. */
    public long zipBytes() {
        load();
        return zipBytes;
    }

    public int splitLevel() {
        load();
        return splitLevel;
    }

    /** Length in bytes of basket {@code index} on file, key header included. */
    public int basketBytes(int index) {
        load();
        return basketBytes[index];
    }

    /** First entry of basket {@code index}; {@code basketEntry(basketCount())} is the end of the last. */
    public long basketEntry(int index) {
        load();
        return basketEntry[index];
    }

    /** File offset of basket {@code index}. */
    public long basketSeek(int index) {
        load();
        return basketSeek[index];
    }

    /** For a {@code TBranchElement}: the class whose member (or which whole object) the branch stores. */
    public String className() {
        load();
        return className;
    }

    /** For a {@code TBranchElement} of a split collection: the class of the collection's elements. */
    public String clonesName() {
        load();
        return clonesName;
    }

    /** For a {@code TBranchElement}: the version of {@link #className()} used when writing. */
    public int classVersion() {
        load();
        return classVersion;
    }

    /** For a {@code TBranchElement}: index of the member in the StreamerInfo, or negative for a whole object. */
    public int elementId() {
        load();
        return id;
    }

    /**
     * For a {@code TBranchElement}: ROOT's branch type: 0 a member or top-level object, 1 or 2 a base class
     * or split member object, 3 the top of a split {@code TClonesArray}, 4 the top of a split STL
     * collection, 31 and 41 a member of the elements of those.
     */
    public int elementType() {
        load();
        return type;
    }

    /** For a {@code TBranchElement}: ROOT type code of the member ({@code fStreamerType}), -1 for objects. */
    public int streamerType() {
        load();
        return streamerType;
    }

    /** For a member of a split collection: the branch holding the collection's element counts, or null. */
    public Branch countBranch() {
        load();
        return branchCount;
    }

    /** Returns all branches below this one, depth first, in file order. */
    public List<Branch> descendants() {
        load();
        List<Branch> all = new ArrayList<>();
        addDescendants(all);
        return all;
    }

    /** Adds the branches below this one to {@code all}, depth first; their bodies are decoded with this one's. */
    void addDescendants(List<Branch> all) {
        for (Branch child : branches) {
            all.add(child);
            child.addDescendants(all);
        }
    }

    @Override
    public String toString() {
        return branchClass + " " + path();
    }
}
