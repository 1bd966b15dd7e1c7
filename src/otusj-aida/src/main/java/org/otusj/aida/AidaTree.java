package org.otusj.aida;

import hep.aida.IHistogram1D;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Histograms stored by path in directories, in the manner of an AIDA {@code ITree}, for writing to one
 * AIDA file.
 *
 * <p>Putting an object creates its missing parent directories. An object is never replaced, and an
 * object and a directory cannot share a path, so two processors cannot silently overwrite each other's
 * histograms. Objects keep the order in which they were put.
 */
public final class AidaTree {

    private final Map<AidaPath, IHistogram1D> objects = new LinkedHashMap<>();
    private final Set<String> directories = new TreeSet<>();

    /** Creates a tree holding only the root directory. */
    public AidaTree() {
        directories.add(AidaPath.ROOT);
    }

    /**
     * Creates {@code directory} and its missing parents; an existing directory is left as it is.
     *
     * @throws IllegalArgumentException if the path is invalid (see {@link AidaPath}) or it or a parent is
     *     an object
     */
    public void mkdirs(String directory) {
        String normalized = AidaPath.normalizeDirectory(directory);
        for (String dir = normalized; !directories.contains(dir); dir = AidaPath.parentOf(dir)) {
            if (findObject(dir).isPresent()) {
                throw new IllegalArgumentException("cannot create directory '" + normalized + "': '" + dir
                        + "' is an object in the AIDA tree");
            }
        }
        // The root is always present, so the walk up stops there at the latest.
        String dir = normalized;
        while (directories.add(dir)) {
            dir = AidaPath.parentOf(dir);
        }
    }

    /**
     * Stores {@code histogram} at {@code path}, such as {@code /Electrons/positron_px}, creating missing
     * directories.
     *
     * @throws IllegalArgumentException if the path is invalid, already contains an object, or is a directory
     */
    public void put(String path, IHistogram1D histogram) {
        AidaPath location = AidaPath.parse(path);
        if (histogram == null) {
            throw new IllegalArgumentException("cannot put null at AIDA path '" + path + "'");
        }
        if (objects.containsKey(location)) {
            throw new IllegalArgumentException("AIDA path '" + location + "' already contains an object");
        }
        if (directories.contains(location.toString())) {
            throw new IllegalArgumentException("AIDA path '" + location + "' is a directory");
        }
        mkdirs(location.directory());
        objects.put(location, histogram);
    }

    /**
     * Returns the object at {@code path}, if any.
     *
     * @throws IllegalArgumentException if the path is invalid
     */
    public Optional<IHistogram1D> find(String path) {
        return findObject(path);
    }

    /**
     * Returns the object at {@code path}.
     *
     * @throws IllegalArgumentException if the path is invalid or contains no object
     */
    public IHistogram1D get(String path) {
        return findObject(path).orElseThrow(() -> new IllegalArgumentException(
                "no object at AIDA path '" + path + "'; objects: " + objects.keySet()));
    }

    /** Read-only view of the objects by path, in the order they were put. */
    public Map<AidaPath, IHistogram1D> objects() {
        return Collections.unmodifiableMap(objects);
    }

    /** Read-only view of the directories, sorted, including the root {@code /}. */
    public Set<String> directories() {
        return Collections.unmodifiableSet(directories);
    }

    /** Returns the number of objects. */
    public int size() {
        return objects.size();
    }

    private Optional<IHistogram1D> findObject(String path) {
        return Optional.ofNullable(objects.get(AidaPath.parse(path)));
    }
}
