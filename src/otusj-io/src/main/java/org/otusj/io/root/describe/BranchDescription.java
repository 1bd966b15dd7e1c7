package org.otusj.io.root.describe;

/**
 * One branch of a tree, as listed by {@link TreeDescription}.
 *
 * @param path branch names from the top level down, joined by '/'
 * @param name branch name
 * @param depth 0 for top-level branches
 * @param branchClass {@code TBranch} or {@code TBranchElement}
 * @param type value type, such as {@code float32}, {@code int32[NJet]}, {@code vector<float32>} or
 *     {@code TClonesArray<Jet>}
 * @param leaves leaf names and classes, such as {@code Jet_Px:TLeafF[NJet]}
 * @param entries entries written to the branch
 * @param baskets baskets on file
 * @param totalBytes uncompressed bytes of all baskets
 * @param zipBytes compressed bytes of all baskets
 * @param readable true if this reader can return the branch's values
 * @param note why a branch is not readable; empty otherwise
 */
public record BranchDescription(String path, String name, int depth, String branchClass, String type, String leaves,
        long entries, int baskets, long totalBytes, long zipBytes, boolean readable, String note) {
}
