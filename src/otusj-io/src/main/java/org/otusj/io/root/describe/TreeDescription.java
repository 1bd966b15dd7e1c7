package org.otusj.io.root.describe;

import java.util.List;

/**
 * A tree and its branches, as listed by {@link FileDescription}.
 *
 * @param keyPath key path with cycle, such as {@code events;1}
 * @param name tree name
 * @param title tree title
 * @param entries number of entries
 * @param branches all branches, depth first
 */
public record TreeDescription(String keyPath, String name, String title, long entries,
        List<BranchDescription> branches) {
}
