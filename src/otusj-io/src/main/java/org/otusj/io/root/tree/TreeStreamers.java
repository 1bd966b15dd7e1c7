package org.otusj.io.root.tree;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.otusj.io.root.UnsupportedRootFeatureException;
import org.otusj.io.root.bytes.CoreStreamers;
import org.otusj.io.root.bytes.DeferredRegions;
import org.otusj.io.root.bytes.Named;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.bytes.VersionHeader;

/**
 * Decodes {@code TTree}, {@code TBranch}, {@code TBranchElement} and {@code TLeaf*} objects, for the class
 * versions ROOT 5.26 to 6.32 write (TTree 16 to 20, TBranch 10 to 13, TBranchElement 8 to 10). Fields a
 * reader does not need are skipped with the byte counts ROOT stores, so later members of a known class
 * version stay aligned.
 *
 * <p>Of each top-level branch only the class, the version and the name are decoded with the tree; the
 * rest of its body (sub-branches, leaves, basket tables) is a {@link DeferredRegions deferred region} of
 * the tree's buffer, decoded when the branch is first used. A Delphes tree has hundreds of branches, and
 * a job usually reads a few collections.
 */
final class TreeStreamers {

    /** Contents of a {@code TTree} record that {@link Tree} needs. */
    record TreeContents(Named named, long entries, List<Branch> branches) {
    }

    /** Marker for a basket stored inside its branch (a file closed without flushing all baskets). */
    private static final Object EMBEDDED_BASKET = new Object();

    private TreeStreamers() {
    }

    /** Reads a {@code TTree} at the buffer's position. */
    static TreeContents readTree(RootBuffer buffer) throws IOException {
        VersionHeader header = buffer.version();
        int version = header.version();
        if (version < 16 || version > 20) {
            throw new UnsupportedRootFeatureException(buffer.context().file(), buffer.context().object(),
                    buffer.context().recordOffset(), "TTree class version " + version
                    + " is not supported; this reader handles versions 16 to 20 (ROOT 5.26 to 6.32)");
        }
        Named named = CoreStreamers.readNamed(buffer);
        skipBase(buffer, "TAttLine");
        skipBase(buffer, "TAttFill");
        skipBase(buffer, "TAttMarker");

        long entries = buffer.i64();
        buffer.skip(8 * 3);
        if (version >= 18) {
            buffer.i64();
        }
        buffer.f64();
        buffer.skip(4 * 3);
        if (version >= 17) {
            buffer.i32();
        }
        int clusterRanges = version >= 19 ? buffer.i32() : 0;
        buffer.skip(8 * 4);
        if (version >= 18) {
            buffer.i64();
        }
        buffer.i64();
        if (version >= 19) {
            skipLongArray(buffer, clusterRanges, "fClusterRangeEnd");
            skipLongArray(buffer, clusterRanges, "fClusterSize");
        }
        if (version >= 20) {
            skipBase(buffer, "ROOT::TIOFeatures");
        }

        List<Branch> branches = branchList(CoreStreamers.readObjArray(buffer, TreeStreamers::readTopLevel));
        // fLeaves lists the leaves of all branches again, as references into the branch bodies. The branches
        // contain the same leaves, so it is skipped rather than forcing every body to be decoded.
        VersionHeader leaves = buffer.version();
        if (leaves.hasByteCount()) {
            buffer.skipToEnd(leaves, "TObjArray");
        } else {
            buffer.setPosition(leaves.start());
            CoreStreamers.readObjArray(buffer, TreeStreamers::readObject);
        }
        buffer.skipToEnd(header, "TTree");
        return new TreeContents(named, entries, branches);
    }

    /**
     * Reads an element of the tree's branch list. A branch with a byte count is registered, so that
     * references to it resolve, and named, and its body is deferred. Anything else is decoded at once.
     */
    private static Object readTopLevel(String className, RootBuffer buffer, int end) throws IOException {
        if (end < 0 || !isBranchClass(className)) {
            return readObject(className, buffer, end);
        }
        Branch branch = new Branch();
        buffer.registerCurrentObject(branch);
        branch.branchClass = className;
        int start = buffer.position();
        branch.name = readBranchName(buffer, className);
        int region = buffer.defer(start, end, deferred -> {
            readBranchBody(deferred, branch);
            branch.markDecoded();
        });
        branch.deferTo(buffer.deferredRegions(), region);
        return branch;
    }

    private static boolean isBranchClass(String className) {
        return "TBranch".equals(className) || "TBranchElement".equals(className)
                || "TBranchObject".equals(className);
    }

    /**
     * Reads the headers of a branch down to its name, checking the class versions as a full decoding
     * would, so that an unsupported version is still reported when the tree is opened.
     */
    private static String readBranchName(RootBuffer buffer, String className) throws IOException {
        if (!"TBranch".equals(className)) {
            VersionHeader outer = buffer.version();
            if ("TBranchElement".equals(className)) {
                checkElementVersion(buffer, outer.version());
            }
        }
        checkBranchVersion(buffer, buffer.version().version());
        VersionHeader named = buffer.version();
        CoreStreamers.readObject(buffer);
        String name = buffer.string();
        buffer.skipString();
        buffer.skipToEnd(named, "TNamed");
        return name;
    }

    private static void skipBase(RootBuffer buffer, String className) throws IOException {
        VersionHeader header = buffer.version();
        if (!header.hasByteCount()) {
            throw buffer.errorAt(header.start(), className + " base class has no byte count; cannot skip it");
        }
        buffer.skipToEnd(header, className);
    }

    /** Skips a counted {@code Long64_t*} member: a flag byte, then the values if the pointer was not null. */
    private static void skipLongArray(RootBuffer buffer, int count, String member) throws IOException {
        int flag = buffer.u8();
        if (flag != 0) {
            if (count < 0) {
                throw buffer.error(member + " has negative length " + count);
            }
            buffer.skip(8 * count);
        }
    }

    private static Object readObject(String className, RootBuffer buffer, int end) throws IOException {
        switch (className) {
            case "TBranch":
                return readBranch(buffer, className);
            case "TBranchElement":
            case "TBranchObject":
                return readBranchElement(buffer, className);
            case "TLeafElement":
                return readLeafElement(buffer);
            case "TLeafB":
            case "TLeafS":
            case "TLeafI":
            case "TLeafL":
            case "TLeafG":
            case "TLeafF":
            case "TLeafD":
            case "TLeafO":
            case "TLeafC":
            case "TLeafF16":
            case "TLeafD32":
            case "TLeafObject":
                return readTypedLeaf(buffer, className);
            case "TBasket":
                return EMBEDDED_BASKET;
            default:
                return null;
        }
    }

    private static Branch readBranch(RootBuffer buffer, String className) throws IOException {
        Branch branch = new Branch();
        buffer.registerCurrentObject(branch);
        branch.branchClass = className;
        readBranchBody(buffer, branch);
        return branch;
    }

    /** Decodes the body of {@code branch}, whose class is already set, at the buffer's position. */
    private static void readBranchBody(RootBuffer buffer, Branch branch) throws IOException {
        if ("TBranch".equals(branch.branchClass)) {
            readBranchFields(buffer, branch);
        } else {
            readBranchElementFields(buffer, branch);
        }
    }

    private static void checkBranchVersion(RootBuffer buffer, int version) throws UnsupportedRootFeatureException {
        if (version < 10 || version > 13) {
            throw new UnsupportedRootFeatureException(buffer.context().file(), buffer.context().object(),
                    buffer.context().recordOffset(), "TBranch class version " + version
                    + " is not supported; this reader handles versions 10 to 13");
        }
    }

    private static void checkElementVersion(RootBuffer buffer, int version) throws UnsupportedRootFeatureException {
        if (version < 8 || version > 10) {
            throw new UnsupportedRootFeatureException(buffer.context().file(), buffer.context().object(),
                    buffer.context().recordOffset(), "TBranchElement class version " + version
                    + " is not supported; this reader handles versions 8 to 10");
        }
    }

    private static void readBranchFields(RootBuffer buffer, Branch branch) throws IOException {
        VersionHeader header = buffer.version();
        int version = header.version();
        checkBranchVersion(buffer, version);
        Named named = CoreStreamers.readNamed(buffer);
        branch.name = named.name();
        branch.title = named.title();
        skipBase(buffer, "TAttFill");

        buffer.i32();
        buffer.i32();
        branch.entryOffsetLength = buffer.i32();
        branch.writeBasket = buffer.i32();
        buffer.i64();
        if (version >= 13) {
            skipBase(buffer, "ROOT::TIOFeatures");
        }
        buffer.i32();
        int maxBaskets = buffer.i32();
        branch.splitLevel = buffer.i32();
        branch.entries = buffer.i64();
        if (version >= 11) {
            branch.firstEntry = buffer.i64();
        }
        branch.totalBytes = buffer.i64();
        branch.zipBytes = buffer.i64();

        branch.branches = branchList(CoreStreamers.readObjArray(buffer, TreeStreamers::readObject));
        for (Branch child : branch.branches) {
            child.parent = branch;
        }
        List<Leaf> leaves = new ArrayList<>();
        for (Object leaf : CoreStreamers.readObjArray(buffer, TreeStreamers::readObject)) {
            if (leaf instanceof Leaf) {
                leaves.add((Leaf) leaf);
            }
        }
        branch.leaves = leaves;
        for (Object basket : CoreStreamers.readObjArray(buffer, TreeStreamers::readObject)) {
            if (basket == EMBEDDED_BASKET) {
                branch.embeddedBaskets = true;
            }
        }

        if (maxBaskets < 0 || (long) maxBaskets * 20 > buffer.remaining()) {
            throw buffer.error("branch '" + branch.name + "' declares " + maxBaskets
                    + " baskets, more than the remaining " + buffer.remaining() + " bytes can describe");
        }
        if (branch.writeBasket < 0 || branch.writeBasket > maxBaskets) {
            throw buffer.error("branch '" + branch.name + "' declares " + branch.writeBasket
                    + " written baskets but room for " + maxBaskets);
        }
        branch.basketBytes = new int[maxBaskets];
        if (buffer.u8() != 0) {
            for (int i = 0; i < maxBaskets; i++) {
                branch.basketBytes[i] = buffer.i32();
            }
        }
        branch.basketEntry = new long[maxBaskets];
        if (buffer.u8() != 0) {
            for (int i = 0; i < maxBaskets; i++) {
                branch.basketEntry[i] = buffer.i64();
            }
        }
        branch.basketSeek = new long[maxBaskets];
        if (buffer.u8() != 0) {
            for (int i = 0; i < maxBaskets; i++) {
                branch.basketSeek[i] = buffer.i64();
            }
        }
        buffer.skipString();
        buffer.skipToEnd(header, "TBranch");
    }

    private static Branch readBranchElement(RootBuffer buffer, String className) throws IOException {
        Branch branch = new Branch();
        buffer.registerCurrentObject(branch);
        branch.branchClass = className;
        readBranchElementFields(buffer, branch);
        return branch;
    }

    private static void readBranchElementFields(RootBuffer buffer, Branch branch) throws IOException {
        String className = branch.branchClass;
        VersionHeader header = buffer.version();
        readBranchFields(buffer, branch);

        branch.className = buffer.string();
        if ("TBranchObject".equals(className)) {
            buffer.skipToEnd(header, className);
            return;
        }
        checkElementVersion(buffer, header.version());

        buffer.skipString();
        branch.clonesName = buffer.string();
        buffer.u32();
        branch.classVersion = header.version() >= 10 ? buffer.i16() : buffer.i32();
        branch.id = buffer.i32();
        branch.type = buffer.i32();
        branch.streamerType = buffer.i32();
        buffer.i32();

        Object count = buffer.readObjectAny(TreeStreamers::readObject);
        if (count instanceof Branch) {
            branch.branchCount = (Branch) count;
        }
        buffer.readObjectAny(TreeStreamers::readObject);
        buffer.skipToEnd(header, className);
    }

    private static void readLeafFields(RootBuffer buffer, Leaf leaf) throws IOException {
        VersionHeader header = buffer.version();
        Named named = CoreStreamers.readNamed(buffer);
        leaf.name = named.name();
        leaf.title = named.title();
        leaf.length = buffer.i32();
        leaf.lengthType = buffer.i32();
        leaf.offset = buffer.i32();
        leaf.range = buffer.bool();
        leaf.unsigned = buffer.bool();
        Object count = buffer.readObjectAny(TreeStreamers::readObject);
        if (count instanceof Leaf) {
            leaf.leafCount = (Leaf) count;
        }
        buffer.skipToEnd(header, "TLeaf");
    }

    private static Leaf readTypedLeaf(RootBuffer buffer, String className) throws IOException {
        Leaf leaf = new Leaf();
        buffer.registerCurrentObject(leaf);
        leaf.leafClass = className;
        VersionHeader header = buffer.version();
        readLeafFields(buffer, leaf);
        buffer.skipToEnd(header, className);
        return leaf;
    }

    private static Leaf readLeafElement(RootBuffer buffer) throws IOException {
        Leaf leaf = new Leaf();
        buffer.registerCurrentObject(leaf);
        leaf.leafClass = "TLeafElement";
        VersionHeader header = buffer.version();
        readLeafFields(buffer, leaf);
        leaf.elementId = buffer.i32();
        leaf.elementType = buffer.i32();
        buffer.skipToEnd(header, "TLeafElement");
        return leaf;
    }

    private static List<Branch> branchList(List<Object> objects) {
        List<Branch> branches = new ArrayList<>();
        for (Object object : objects) {
            if (object instanceof Branch) {
                branches.add((Branch) object);
            }
        }
        return branches;
    }
}
