package org.otusj.io.root.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code TBranch} or {@code TBranchElement}: where the baskets of one column of a tree are stored and
 * how their bytes are typed. Filled by {@link TreeStreamers}; read values with {@link BranchReader}.
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
    String parentName = "";
    String clonesName = "";
    int classVersion;
    int id = -1;
    int type;
    int streamerType = -1;
    Branch branchCount;

    Branch parent;
    String path = "";

    Branch() {
    }

    /** ROOT class of the branch: {@code TBranch}, {@code TBranchElement} ... */
    public String branchClass() {
        return branchClass;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** Names from the top-level branch down to this one, joined by '/', such as {@code evt/P3/P3.Px}. */
    public String path() {
        return path;
    }

    /** Returns the branch this one is a sub-branch of, or null for a top-level branch. */
    public Branch parent() {
        return parent;
    }

    /** Direct sub-branches. */
    public List<Branch> branches() {
        return Collections.unmodifiableList(branches);
    }

    public List<Leaf> leaves() {
        return Collections.unmodifiableList(leaves);
    }

    /** Number of entries written to this branch. */
    public long entries() {
        return entries;
    }

    /** Number of baskets written to the file. */
    public int basketCount() {
        return writeBasket;
    }

    /** Uncompressed bytes of all baskets, as ROOT recorded when writing. */
    public long totalBytes() {
        return totalBytes;
    }

    /** Compressed bytes of all baskets, as ROOT recorded when writing. */
    public long zipBytes() {
        return zipBytes;
    }

    public int splitLevel() {
        return splitLevel;
    }

    /** Length in bytes of basket {@code index} on file, key header included. */
    public int basketBytes(int index) {
        return basketBytes[index];
    }

    /** First entry of basket {@code index}; {@code basketEntry(basketCount())} is the end of the last. */
    public long basketEntry(int index) {
        return basketEntry[index];
    }

    /** File offset of basket {@code index}. */
    public long basketSeek(int index) {
        return basketSeek[index];
    }

    /** For a {@code TBranchElement}: the class whose member (or which whole object) the branch stores. */
    public String className() {
        return className;
    }

    /** For a {@code TBranchElement} of a split collection: the class of the collection's elements. */
    public String clonesName() {
        return clonesName;
    }

    /** For a {@code TBranchElement}: the version of {@link #className()} used when writing. */
    public int classVersion() {
        return classVersion;
    }

    /** For a {@code TBranchElement}: index of the member in the StreamerInfo, or negative for a whole object. */
    public int elementId() {
        return id;
    }

    /**
     * For a {@code TBranchElement}: ROOT's branch type: 0 a member or top-level object, 1 or 2 a base class
     * or split member object, 3 the top of a split {@code TClonesArray}, 4 the top of a split STL
     * collection, 31 and 41 a member of the elements of those.
     */
    public int elementType() {
        return type;
    }

    /** For a {@code TBranchElement}: ROOT type code of the member ({@code fStreamerType}), -1 for objects. */
    public int streamerType() {
        return streamerType;
    }

    /** For a member of a split collection: the branch holding the collection's element counts, or null. */
    public Branch countBranch() {
        return branchCount;
    }

    /** Returns all branches below this one, depth first, in file order. */
    public List<Branch> descendants() {
        List<Branch> all = new ArrayList<>();
        for (Branch child : branches) {
            all.add(child);
            all.addAll(child.descendants());
        }
        return all;
    }

    @Override
    public String toString() {
        return branchClass + " " + path;
    }
}
