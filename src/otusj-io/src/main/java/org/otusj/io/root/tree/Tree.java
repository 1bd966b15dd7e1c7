package org.otusj.io.root.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.file.RecordReader;
import org.otusj.io.root.streamer.StreamerInfos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code TTree}: its entry count and branches. Values are read branch by branch with {@link
 * #reader(String)} or several branches at once with {@link #iterate}. The tree itself stores no values.
 *
 * <p>Reading a tree decodes the names of its top-level branches; the body of each (sub-branches, leaves
 * and basket tables) is decoded when it is first needed: by {@link #branch(String)} for a path, which
 * decodes only the top-level branch the path starts with, by the branch's own accessors, or for all
 * branches by {@link #allBranches()}, by a lookup of a bare branch name, and by {@link #decodeAll()}.
 * A corrupt branch body is therefore reported when that branch is first used. Trees are safe to use from
 * several threads.
 */
public final class Tree {

    private static final Logger LOG = LoggerFactory.getLogger(Tree.class);

    private final String keyPath;
    private final String name;
    private final String title;
    private final long entries;
    private final List<Branch> branches;
    private final Map<Branch, BranchLayout> layouts = new IdentityHashMap<>();
    private final RecordReader records;
    private final StreamerInfoLoader streamerInfoLoader;
    private StreamerInfos streamerInfos;
    private final BasketReader basketReader;

    /** Loads the file's StreamerInfo when a branch layout first needs it. */
    @FunctionalInterface
    public interface StreamerInfoLoader {
        StreamerInfos load() throws IOException;
    }

    private Tree(String keyPath, TreeStreamers.TreeContents contents, RecordReader records,
            StreamerInfoLoader infos) {
        this.keyPath = keyPath;
        this.name = contents.named().name();
        this.title = contents.named().title();
        this.entries = contents.entries();
        this.branches = List.copyOf(contents.branches());
        this.records = records;
        this.streamerInfoLoader = infos;
        this.basketReader = new BasketReader(records);
    }

    /**
     * Decodes the tree stored in {@code buffer} (the decompressed record of its key).
     *
     * @param keyPath key path with cycle, such as {@code events;1}, for messages
     * @param infos loads the file's StreamerInfo; called only if a branch layout needs it
     */
    public static Tree read(RootBuffer buffer, String keyPath, RecordReader records, StreamerInfoLoader infos)
            throws IOException {
        return new Tree(keyPath, TreeStreamers.readTree(buffer), records, infos);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** Path of the tree's key with its cycle, such as {@code events;1}. */
    public String keyPath() {
        return keyPath;
    }

    /** Number of entries. */
    public long entries() {
        return entries;
    }

    /** Top-level branches in file order. */
    public List<Branch> branches() {
        return branches;
    }

    /**
     * Returns all branches, depth first, in file order. This decodes every branch body.
     *
     * @throws UncheckedIOException if a branch body is corrupt
     */
    public List<Branch> allBranches() {
        List<Branch> all = new ArrayList<>();
        for (Branch branch : branches) {
            branch.load();
            all.add(branch);
            branch.addDescendants(all);
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Decodes every branch body now, so that a corrupt tree record is reported here, as a {@link
     * org.otusj.io.root.RootFormatException}, rather than when a branch is first used.
     *
     * @return this tree
     */
    public Tree decodeAll() throws IOException {
        for (Branch branch : branches) {
            branch.decode();
        }
        return this;
    }

    /** Returns the file this tree was read from. */
    public Path file() {
        return records.source().path();
    }

    /**
     * Finds the branch with path {@code path} (names joined by '/', such as {@code evt/P3/P3.Px}) or, if no
     * branch has that path, the only branch named {@code path} (such as {@code Jet.PT}).
     *
     * <p>A path decodes only the top-level branch it starts with; a bare name that is not a path decodes
     * all branches to check that exactly one has that name.
     *
     * @throws NoSuchElementException if there is no such branch or the name is ambiguous
     * @throws UncheckedIOException if a branch body that had to be decoded is corrupt
     */
    public Branch branch(String path) {
        Branch found = byPath(branches, path);
        if (found != null) {
            return found;
        }
        List<Branch> named = new ArrayList<>();
        for (Branch branch : allBranches()) {
            if (branch.name.equals(path)) {
                named.add(branch);
            }
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new NoSuchElementException("tree " + keyPath + " in " + file() + " has no branch '" + path
                    + "'; its top-level branches are " + topLevelNames());
        }
        List<String> paths = new ArrayList<>();
        for (Branch branch : named) {
            paths.add(branch.path());
        }
        throw new NoSuchElementException("branch name '" + path + "' is ambiguous in tree " + keyPath
                + "; give one of the paths " + paths);
    }

    /**
     * Finds the first branch of {@code candidates} or their descendants whose path, relative to the list,
     * is {@code path}. Names may contain '/', so each branch whose name starts the path is tried, and only
     * those branches are decoded.
     */
    private static Branch byPath(List<Branch> candidates, String path) {
        for (Branch branch : candidates) {
            String name = branch.name;
            if (!path.startsWith(name)) {
                continue;
            }
            if (path.length() == name.length()) {
                return branch;
            }
            if (path.charAt(name.length()) == '/') {
                branch.load();
                Branch found = byPath(branch.branches, path.substring(name.length() + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Returns true if {@link #branch(String)} finds a branch for {@code path}. */
    public boolean hasBranch(String path) {
        try {
            branch(path);
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    private String topLevelNames() {
        List<String> names = new ArrayList<>();
        for (Branch branch : branches) {
            names.add(branch.name);
            if (names.size() == 20) {
                names.add("...");
                break;
            }
        }
        return names.toString();
    }

    /**
     * Resolves how the values of {@code branch} are stored. A branch whose layout needs the StreamerInfo of a file
     * whose StreamerInfo cannot be read is reported as unsupported, with the error in its note.
     */
    public synchronized BranchLayout layout(Branch branch) {
        BranchLayout layout = layouts.get(branch);
        if (layout == null) {
            layout = LayoutResolver.resolve(branch, this::streamerInfos);
            layouts.put(branch, layout);
        }
        return layout;
    }

    /** Loads the StreamerInfo once; synchronized because lazily named layouts call it outside {@link #layout}. */
    private synchronized StreamerInfos streamerInfos() {
        if (streamerInfos == null) {
            try {
                streamerInfos = streamerInfoLoader.load();
            } catch (IOException e) {
                LOG.warn("Cannot read the StreamerInfo of {}; branches that need it are not readable: {}", file(),
                        e.getMessage());
                streamerInfos = StreamerInfos.empty();
            }
        }
        return streamerInfos;
    }

    /** Creates a reader for the branch {@code path}, found as {@link #branch(String)} does. */
    public BranchReader reader(String path) throws IOException {
        Branch found;
        try {
            found = branch(path);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new BranchReader(this, found);
    }

    /** A reader for {@code branch}, which must belong to this tree. */
    public BranchReader reader(Branch branch) throws IOException {
        return new BranchReader(this, branch);
    }

    /**
     * Iterates over entries {@code [start, stop)} of several branches in chunks of at most {@code chunkSize}
     * entries; only these branches' baskets are read.
     */
    public TreeIterator iterate(List<String> paths, long start, long stop, int chunkSize) throws IOException {
        return new TreeIterator(this, paths, start, stop, chunkSize);
    }

    BasketReader basketReader() {
        return basketReader;
    }

    @Override
    public String toString() {
        return "TTree " + keyPath + " (" + entries + " entries, " + branches.size() + " top-level branches)";
    }
}
