package org.otusj.io.root.tree;

import java.util.Optional;
import java.util.function.Supplier;
import org.otusj.io.root.streamer.StreamerElement;
import org.otusj.io.root.streamer.StreamerInfo;
import org.otusj.io.root.streamer.StreamerInfos;

/**
 * Works out the {@link BranchLayout} of a branch from its leaves, its {@code TBranchElement} fields and the
 * file's StreamerInfo.
 */
final class LayoutResolver {

    /** ROOT type-code offsets: fixed arrays (+20) and arrays counted by another member (+40). */
    private static final int OFFSET_L = 20;
    private static final int OFFSET_P = 40;

    /** ROOT type codes of a {@code TString} member, STL containers and {@code std::string}. */
    private static final int TSTRING = 65;
    private static final int STL = 300;
    private static final int STL_ALTERNATE = 500;
    private static final int STL_STRING = 365;
    private static final int BITS = 15;

    /** Bytes ROOT writes before a streamed object: a 4-byte byte count and a 2-byte version. */
    private static final int OBJECT_HEADER = 6;

    /** Branch types of {@code TBranchElement}: top of a split collection and a member of its elements. */
    private static final int CLONES_TOP = 3;
    private static final int STL_TOP = 4;
    private static final int CLONES_MEMBER = 31;
    private static final int STL_MEMBER = 41;

    private LayoutResolver() {
    }

    static BranchLayout resolve(Branch branch, Supplier<StreamerInfos> infos) {
        branch.load();
        if ("TBranchElement".equals(branch.branchClass)) {
            return element(branch, infos);
        }
        if (!branch.branches.isEmpty()) {
            return BranchLayout.none("", "has sub-branches and no values of its own");
        }
        if ("TBranchObject".equals(branch.branchClass)) {
            return BranchLayout.unsupported("object<" + branch.className + ">", "unsplit objects are not decoded");
        }
        return leafBranch(branch);
    }

    private static BranchLayout leafBranch(Branch branch) {
        if (branch.leaves.isEmpty()) {
            return BranchLayout.none("", "has no leaves");
        }
        if (branch.leaves.size() > 1) {
            // NOTE: leaf lists such as "x/F:y/I" pack several leaves per entry; not decoded yet.
            return BranchLayout.unsupported("struct", "branches with " + branch.leaves.size()
                    + " leaves (leaf lists) are not decoded");
        }
        Leaf leaf = branch.leaves.get(0);
        ValueType type = ValueType.fromLeafClass(leaf.leafClass, leaf.unsigned);
        if (type == null) {
            return BranchLayout.unsupported(leaf.leafClass, "leaf class " + leaf.leafClass + " is not decoded");
        }
        if (type == ValueType.STRING) {
            return BranchLayout.of(BranchLayout.Kind.STRING, type, 0, "string");
        }
        if (leaf.leafCount != null) {
            return BranchLayout.jagged(type, 0, type.label() + "[" + leaf.leafCount.name + "]");
        }
        int count = Math.max(1, leaf.length);
        return BranchLayout.fixed(type, count, count == 1 ? type.label() : type.label() + dimensions(leaf, branch, count));
    }

    /** Array dimensions as written in the leaf or branch title, such as {@code [3][4]}. */
    private static String dimensions(Leaf leaf, Branch branch, int count) {
        String title = !leaf.title.isEmpty() ? leaf.title : branch.title;
        StringBuilder dims = new StringBuilder();
        int open = title.indexOf('[');
        while (open >= 0) {
            int close = title.indexOf(']', open);
            if (close < 0) {
                break;
            }
            dims.append(title, open, close + 1);
            open = title.indexOf('[', close);
        }
        return dims.length() > 0 ? dims.toString() : "[" + count + "]";
    }

    private static BranchLayout element(Branch branch, Supplier<StreamerInfos> infos) {
        int type = branch.type;
        if (type == CLONES_TOP || type == STL_TOP) {
            String label = (type == CLONES_TOP ? "TClonesArray<" : "STL<") + branch.clonesName + ">";
            return BranchLayout.fixed(ValueType.INT32, 1, label);
        }
        if (!branch.branches.isEmpty()) {
            if (branch.id < 0) {
                return BranchLayout.none("object<" + branch.className + "> (split)",
                        "has sub-branches and no values of its own");
            }
            return BranchLayout.withLazyName(BranchLayout.Kind.NONE, () -> elementTypeName(branch, infos) + " (split)",
                    "has sub-branches and no values of its own");
        }
        if (branch.id < 0) {
            return topLevelObject(branch);
        }

        int streamerType = branch.streamerType;
        boolean inCollection = type == CLONES_MEMBER || type == STL_MEMBER;
        if (streamerType == BITS) {
            return BranchLayout.of(BranchLayout.Kind.BITS, ValueType.UINT32, 0, inCollection ? "uint32[]" : "uint32");
        }
        ValueType basic = ValueType.fromTypeCode(streamerType);
        if (basic != null) {
            return inCollection ? BranchLayout.jagged(basic, 0, basic.label() + "[]")
                    : BranchLayout.fixed(basic, 1, basic.label());
        }
        if (streamerType > OFFSET_L && streamerType < OFFSET_P) {
            ValueType arrayType = ValueType.fromTypeCode(streamerType - OFFSET_L);
            if (arrayType != null) {
                int length = arrayLength(branch, infos);
                String label = arrayType.label() + "[" + length + "]";
                return inCollection ? BranchLayout.jagged(arrayType, 0, label + "[]")
                        : BranchLayout.fixed(arrayType, length, label);
            }
        }
        if (streamerType > OFFSET_P && streamerType < OFFSET_P + 20 && !inCollection) {
            ValueType arrayType = ValueType.fromTypeCode(streamerType - OFFSET_P);
            if (arrayType != null) {
                Leaf leaf = branch.leaves.isEmpty() ? null : branch.leaves.get(0);
                String count = leaf != null && leaf.leafCount != null ? leaf.leafCount.name : countName(branch, infos);
                // A pointer member starts each entry with one flag byte (non-null pointer).
                return BranchLayout.jagged(arrayType, 1, arrayType.label() + "[" + count + "]");
            }
        }
        if (streamerType == TSTRING && !inCollection) {
            return BranchLayout.of(BranchLayout.Kind.STRING, ValueType.STRING, 0, "string");
        }
        if ((streamerType == STL || streamerType == STL_ALTERNATE || streamerType == STL_STRING) && !inCollection) {
            return stlMember(branch, infos);
        }
        // The name serves listings and messages only, so the StreamerInfo is loaded when the name is read.
        String note = "streamer type " + streamerType + (inCollection ? " inside a split collection" : "")
                + " is not decoded";
        return BranchLayout.withLazyName(BranchLayout.Kind.UNSUPPORTED, () -> elementTypeName(branch, infos), note);
    }

    /** Resolves a top-level {@code TBranchElement} that stores a whole object, such as a {@code std::vector<float>}. */
    private static BranchLayout topLevelObject(Branch branch) {
        String className = branch.className;
        String inner = vectorContent(className);
        if (inner != null) {
            return vector(inner);
        }
        return BranchLayout.unsupported("object<" + className + ">", "unsplit objects of class " + className
                + " are not decoded");
    }

    private static BranchLayout stlMember(Branch branch, Supplier<StreamerInfos> infos) {
        Optional<StreamerElement> element = streamerElement(branch, infos);
        String typeName = element.map(StreamerElement::typeName).orElse("");
        if (branch.streamerType == STL_STRING || "string".equals(typeName) || "std::string".equals(typeName)) {
            // A std::string member is written as an object: byte count and version, then the string.
            return BranchLayout.of(BranchLayout.Kind.STRING, ValueType.STRING, OBJECT_HEADER, "string");
        }
        String inner = vectorContent(typeName);
        if (inner != null) {
            return vector(inner);
        }
        return BranchLayout.unsupported(typeName.isEmpty() ? "STL" : typeName, "STL member "
                + (typeName.isEmpty() ? "of unknown type (no StreamerInfo)" : typeName) + " is not decoded");
    }

    private static BranchLayout vector(String inner) {
        ValueType content = ValueType.fromCppName(inner);
        if (content == ValueType.STRING) {
            return BranchLayout.of(BranchLayout.Kind.STRING_VECTOR, ValueType.STRING, OBJECT_HEADER,
                    "vector<string>");
        }
        if (content == null) {
            return BranchLayout.unsupported("vector<" + inner + ">", "vectors of " + inner + " are not decoded");
        }
        return BranchLayout.of(BranchLayout.Kind.VECTOR, content, OBJECT_HEADER, "vector<" + content.label() + ">");
    }

    /** Returns the element type of {@code vector<T>} or {@code std::vector<T>}, or null for other names. */
    private static String vectorContent(String typeName) {
        String name = typeName.trim();
        if (name.startsWith("std::")) {
            name = name.substring(5);
        }
        if (name.startsWith("vector<") && name.endsWith(">")) {
            return name.substring(7, name.length() - 1).trim();
        }
        return null;
    }

    private static int arrayLength(Branch branch, Supplier<StreamerInfos> infos) {
        if (!branch.leaves.isEmpty() && branch.leaves.get(0).length > 1) {
            return branch.leaves.get(0).length;
        }
        return streamerElement(branch, infos).map(StreamerElement::arrayLength).filter(n -> n > 0).orElse(1);
    }

    private static String countName(Branch branch, Supplier<StreamerInfos> infos) {
        return streamerElement(branch, infos).map(StreamerElement::countName).filter(n -> !n.isEmpty()).orElse("?");
    }

    private static String elementTypeName(Branch branch, Supplier<StreamerInfos> infos) {
        return streamerElement(branch, infos).map(StreamerElement::typeName).orElse("streamerType=" + branch.streamerType);
    }

    /** Finds the StreamerInfo element the branch stores by its index, checked against the member name. */
    static Optional<StreamerElement> streamerElement(Branch branch, Supplier<StreamerInfos> infos) {
        Optional<StreamerInfo> info = infos.get().find(branch.className, branch.classVersion);
        if (info.isEmpty() || branch.id < 0) {
            return Optional.empty();
        }
        String member = branch.name;
        int bracket = member.indexOf('[');
        if (bracket > 0) {
            member = member.substring(0, bracket);
        }
        int dot = member.lastIndexOf('.');
        if (dot >= 0) {
            member = member.substring(dot + 1);
        }
        if (branch.id < info.get().elements().size()) {
            StreamerElement byIndex = info.get().elements().get(branch.id);
            if (byIndex.name().equals(member)) {
                return Optional.of(byIndex);
            }
        }
        return info.get().element(member);
    }
}
