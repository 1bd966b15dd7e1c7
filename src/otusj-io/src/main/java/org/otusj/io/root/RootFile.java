package org.otusj.io.root;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.otusj.io.root.bytes.RootBuffer;
import org.otusj.io.root.describe.BranchDescription;
import org.otusj.io.root.describe.FileDescription;
import org.otusj.io.root.describe.HistogramDescription;
import org.otusj.io.root.describe.KeyDescription;
import org.otusj.io.root.describe.TreeDescription;
import org.otusj.io.root.file.Directory;
import org.otusj.io.root.file.FileHeader;
import org.otusj.io.root.file.FileSource;
import org.otusj.io.root.file.Key;
import org.otusj.io.root.file.RecordReader;
import org.otusj.io.root.hist.Histogram1D;
import org.otusj.io.root.hist.HistogramReader;
import org.otusj.io.root.streamer.StreamerInfoReader;
import org.otusj.io.root.streamer.StreamerInfos;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.BranchLayout;
import org.otusj.io.root.tree.Leaf;
import org.otusj.io.root.tree.Tree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ROOT file opened for reading: the entry point of the pure-Java reader.
 *
 * <pre>{@code
 * try (RootFile file = RootFile.open(Path.of("events.root"))) {
 *     Tree tree = file.tree("events");
 *     Column px = tree.reader("Jet_Px").read(0, tree.entries());
 *     System.out.println(file.describe().toText());
 * }
 * }</pre>
 *
 * <p>Object paths name directories and the object, separated by '/', optionally followed by {@code ;cycle};
 * without a cycle the highest one is taken, as ROOT does. Records are read on request through positional
 * reads; nothing but the header, the top key list and the objects asked for is read at opening.
 */
public final class RootFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RootFile.class);

    private final RecordReader records;
    private final FileHeader header;
    private final Directory top;
    private StreamerInfos streamerInfos;

    private RootFile(RecordReader records, FileHeader header, Directory top) {
        this.records = records;
        this.header = header;
        this.top = top;
    }

    /**
     * Opens {@code path} and reads its header and top directory.
     *
     * @throws RootFormatException if the file is not a readable ROOT file
     */
    public static RootFile open(Path path) throws IOException {
        FileSource source = FileSource.open(path);
        RecordReader records = new RecordReader(source);
        try {
            FileHeader header = FileHeader.read(source);
            Directory top = Directory.readTop(records, header);
            LOG.debug("Opened {}: ROOT {}, {} bytes, {} top-level keys", path, header.version(), source.length(),
                    top.keys().size());
            return new RootFile(records, header, top);
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    public Path path() {
        return records.source().path();
    }

    public FileHeader header() {
        return header;
    }

    /** File length in bytes. */
    public long length() {
        return records.source().length();
    }

    /** Returns the top directory. */
    public Directory topDirectory() {
        return top;
    }

    /** Returns the keys of the top directory in file order. */
    public List<Key> keys() {
        return top.keys();
    }

    /**
     * Reads the directory at {@code path} ({@code a/b}). The empty path is the top directory.
     *
     * @throws NoSuchElementException if a path element is missing or not a directory
     */
    public Directory directory(String path) throws IOException {
        Directory directory = top;
        if (path.isEmpty()) {
            return directory;
        }
        for (String part : path.split("/")) {
            Key key = findKey(directory, part);
            if (!key.isDirectory()) {
                throw new NoSuchElementException(path() + ": " + key.path() + " is a " + key.className()
                        + ", not a directory");
            }
            directory = Directory.readSubdirectory(records, key);
        }
        return directory;
    }

    /** Finds the key at {@code path} ({@code dir/name} or {@code dir/name;cycle}). */
    public Key key(String path) throws IOException {
        int slash = path.lastIndexOf('/');
        Directory directory = slash < 0 ? top : directory(path.substring(0, slash));
        return findKey(directory, path.substring(slash + 1));
    }

    private Key findKey(Directory directory, String nameWithCycle) {
        String name = nameWithCycle;
        int cycle = -1;
        int semicolon = nameWithCycle.lastIndexOf(';');
        if (semicolon > 0) {
            name = nameWithCycle.substring(0, semicolon);
            try {
                cycle = Integer.parseInt(nameWithCycle.substring(semicolon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid cycle in '" + nameWithCycle + "': expected name;number", e);
            }
        }
        return (cycle < 0 ? directory.key(name) : directory.key(name, cycle)).orElseThrow(() ->
                new NoSuchElementException(path() + ": no key '" + nameWithCycle + "' in "
                        + (directory.path().isEmpty() ? "the top directory" : "directory " + directory.path())
                        + "; keys there: " + keyNames(directory)));
    }

    private static List<String> keyNames(Directory directory) {
        List<String> names = new ArrayList<>();
        for (Key key : directory.keys()) {
            names.add(key.name() + ";" + key.cycle());
        }
        return names;
    }

    /** Reads the file's class layouts on first use. Files without a StreamerInfo record give an empty set. */
    public synchronized StreamerInfos streamerInfos() throws IOException {
        if (streamerInfos == null) {
            if (header.seekInfo() <= 0) {
                streamerInfos = StreamerInfos.empty();
            } else {
                Key key = records.readKey(header.seekInfo(), "", "StreamerInfo record");
                RootBuffer buffer = records.readObject(key, "StreamerInfo record");
                streamerInfos = StreamerInfoReader.read(buffer);
            }
        }
        return streamerInfos;
    }

    /** Reads the tree at {@code path}. */
    public Tree tree(String path) throws IOException {
        Key key = key(path);
        return tree(key);
    }

    /** Reads the tree stored under {@code key}. */
    public Tree tree(Key key) throws IOException {
        if (!"TTree".equals(key.className())) {
            throw new IllegalArgumentException(path() + ": " + key.path() + " is a " + key.className()
                    + ", not a TTree");
        }
        RootBuffer buffer = records.readObject(key, key.path());
        return Tree.read(buffer, key.path(), records, this::streamerInfos);
    }

    /** Reads the TH1F or TH1D at {@code path}. */
    public Histogram1D histogram(String path) throws IOException {
        Key key = key(path);
        RootBuffer buffer = records.readObject(key, key.path());
        return HistogramReader.read(buffer, key.className());
    }

    /**
     * Lists keys, directories, trees (with branches) and histograms of the whole file. Objects that cannot
     * be decoded are reported in {@link FileDescription#problems()} and logged, and the listing goes on.
     */
    public FileDescription describe() throws IOException {
        List<KeyDescription> keys = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        List<TreeDescription> trees = new ArrayList<>();
        List<HistogramDescription> histograms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        describeDirectory(top, 0, keys, directories, trees, histograms, problems);
        describeStreamerInfoKey(keys, problems);
        return new FileDescription(path(), length(), header.version(), header.largeFile(), header.compress(),
                List.copyOf(keys), List.copyOf(directories), List.copyOf(trees), List.copyOf(histograms),
                List.copyOf(problems));
    }

    private void describeDirectory(Directory directory, int depth, List<KeyDescription> keys, List<String> directories,
            List<TreeDescription> trees, List<HistogramDescription> histograms, List<String> problems)
            throws IOException {
        for (Key key : directory.keys()) {
            String path = directory.path().isEmpty() ? key.name() : directory.path() + "/" + key.name();
            keys.add(new KeyDescription(path, key.name(), key.className(), key.cycle(), key.title(), key.objectLength(),
                    key.nbytes(), depth));
            try {
                if (key.isDirectory()) {
                    directories.add(path);
                    describeDirectory(Directory.readSubdirectory(records, key), depth + 1, keys, directories, trees,
                            histograms, problems);
                } else if ("TTree".equals(key.className())) {
                    trees.add(describeTree(tree(key).decodeAll()));
                } else if (HistogramReader.isSupported(key.className())) {
                    Histogram1D histogram = HistogramReader.read(records.readObject(key, key.path()), key.className());
                    histograms.add(new HistogramDescription(key.path(), histogram.className(), histogram.name(),
                            histogram.title(), histogram.bins(), histogram.axis().min(), histogram.axis().max(),
                            histogram.entries(), histogram.sumWeights()));
                }
            } catch (RootFormatException e) {
                LOG.warn("Cannot describe {} in {}: {}", key.path(), path(), e.getMessage());
                problems.add(e.getMessage());
            }
        }
    }

    /** Lists the StreamerInfo key as a top-level key, because no directory's key list contains it. */
    private void describeStreamerInfoKey(List<KeyDescription> keys, List<String> problems) throws IOException {
        if (header.seekInfo() <= 0) {
            return;
        }
        try {
            Key key = records.readKey(header.seekInfo(), "", "StreamerInfo record");
            keys.add(new KeyDescription(key.name(), key.name(), key.className(), key.cycle(), key.title(),
                    key.objectLength(), key.nbytes(), 0));
        } catch (RootFormatException e) {
            LOG.warn("Cannot read the StreamerInfo key of {}: {}", path(), e.getMessage());
            problems.add(e.getMessage());
        }
    }

    private static TreeDescription describeTree(Tree tree) {
        List<BranchDescription> branches = new ArrayList<>();
        for (Branch branch : tree.allBranches()) {
            BranchLayout layout = tree.layout(branch);
            List<String> leaves = new ArrayList<>();
            for (Leaf leaf : branch.leaves()) {
                leaves.add(leaf.toString());
            }
            int depth = branch.path().split("/").length - 1;
            branches.add(new BranchDescription(branch.path(), branch.name(), depth, branch.branchClass(),
                    layout.typeName(), String.join(" ", leaves), branch.entries(), branch.basketCount(),
                    branch.totalBytes(), branch.zipBytes(), layout.isReadable(), layout.note()));
        }
        return new TreeDescription(tree.keyPath(), tree.name(), tree.title(), tree.entries(), List.copyOf(branches));
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
