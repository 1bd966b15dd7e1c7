package org.otusj.aida;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Histograms, profiles, clouds and data point sets stored by path in directories, in the manner of an
 * AIDA {@code ITree}, for writing to or reading from one AIDA file.
 *
 * <p>Putting an object creates its missing parent directories. An object is never replaced, and an
 * object and a directory cannot share a path, so two processors cannot silently overwrite each other's
 * histograms. Objects keep the order in which they were put.
 */
public final class AidaTree {

    private final Map<AidaPath, AidaObject> objects = new LinkedHashMap<>();
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
     * Stores {@code object} at {@code path}, such as {@code /Electrons/positron_px}, creating missing
     * directories.
     *
     * @throws IllegalArgumentException if the path is invalid, already contains an object, or is a directory
     */
    public void put(String path, AidaObject object) {
        put(AidaPath.parse(path), object);
    }

    /** Stores {@code object} at {@code location}; see {@link #put(String, AidaObject)}. */
    public void put(AidaPath location, AidaObject object) {
        if (object == null) {
            throw new IllegalArgumentException("cannot put null at AIDA path '" + location + "'");
        }
        if (objects.containsKey(location)) {
            throw new IllegalArgumentException("AIDA path '" + location + "' already contains an object");
        }
        if (directories.contains(location.toString())) {
            throw new IllegalArgumentException("AIDA path '" + location + "' is a directory");
        }
        mkdirs(location.directory());
        objects.put(location, object);
    }

    /**
     * Returns the object at {@code path}, if any.
     *
     * @throws IllegalArgumentException if the path is invalid
     */
    public Optional<AidaObject> find(String path) {
        return findObject(path);
    }

    /**
     * Returns the object at {@code path}.
     *
     * @throws IllegalArgumentException if the path is invalid or contains no object
     */
    public AidaObject get(String path) {
        return findObject(path).orElseThrow(() -> new IllegalArgumentException(
                "no object at AIDA path '" + path + "'; objects: " + objects.keySet()));
    }

    /**
     * Returns the object of class {@code type} at {@code path}.
     *
     * @throws IllegalArgumentException if the path is invalid, contains no object, or one of another class
     */
    public <T extends AidaObject> T get(String path, Class<T> type) {
        AidaObject object = get(path);
        if (!type.isInstance(object)) {
            throw new IllegalArgumentException("AIDA path '" + path + "' contains a " + object.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(object);
    }

    /** Read-only view of the objects by path, in the order they were put. */
    public Map<AidaPath, AidaObject> objects() {
        return Collections.unmodifiableMap(objects);
    }

    /** Returns the objects of class {@code type} by path, in the order they were put. */
    public <T extends AidaObject> Map<AidaPath, T> objects(Class<T> type) {
        Map<AidaPath, T> selected = new LinkedHashMap<>();
        for (Map.Entry<AidaPath, AidaObject> entry : objects.entrySet()) {
            if (type.isInstance(entry.getValue())) {
                selected.put(entry.getKey(), type.cast(entry.getValue()));
            }
        }
        return selected;
    }

    /** Read-only view of the directories, sorted, including the root {@code /}. */
    public Set<String> directories() {
        return Collections.unmodifiableSet(directories);
    }

    /** Returns the number of objects. */
    public int size() {
        return objects.size();
    }

    private Optional<AidaObject> findObject(String path) {
        return Optional.ofNullable(objects.get(AidaPath.parse(path)));
    }
}
