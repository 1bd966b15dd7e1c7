package org.otusj.aida;

import java.util.Objects;

/**
 * The location of an object in an {@link AidaTree}: its directory and its name, as the {@code path} and
 * {@code name} attributes of an AIDA XML file store them.
 *
 * <p>Paths are absolute and separated by {@code /}, for example {@code /Electrons/positron_px} with
 * directory {@code /Electrons} and name {@code positron_px}. The root directory is {@code /}; other
 * directories have no trailing slash. Components must be non-empty and must not be {@code .} or {@code
 * ..}; a name cannot contain {@code /}.
 *
 * @param directory the directory, {@code /} or {@code /a/b}
 * @param name the object name, without {@code /}
 */
public record AidaPath(String directory, String name) {

    /** The root directory. */
    public static final String ROOT = "/";

    public AidaPath {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(name, "name");
        directory = normalizeDirectory(directory);
        checkComponent(name, name);
    }

    /**
     * Parses an absolute object path such as {@code /Electrons/positron_px}.
     *
     * @throws IllegalArgumentException if the path is not absolute, ends with {@code /}, or has an empty,
     *     {@code .} or {@code ..} component
     */
    public static AidaPath parse(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith(ROOT)) {
            throw new IllegalArgumentException("AIDA path must start with '/', found '" + path + "'");
        }
        if (path.endsWith("/")) {
            throw new IllegalArgumentException("AIDA object path must end with a name, not '/', found '" + path + "'");
        }
        checkNoEmptyComponent(path);
        int slash = path.lastIndexOf('/');
        String directory = slash == 0 ? ROOT : path.substring(0, slash);
        return new AidaPath(directory, path.substring(slash + 1));
    }

    /**
     * Returns {@code directory} in the form this class uses: absolute, without a trailing slash unless it
     * is the root. {@code /a/b/} becomes {@code /a/b}.
     *
     * @throws IllegalArgumentException if the directory is not absolute or has an empty, {@code .} or
     *     {@code ..} component
     */
    public static String normalizeDirectory(String directory) {
        Objects.requireNonNull(directory, "directory");
        if (!directory.startsWith(ROOT)) {
            throw new IllegalArgumentException("AIDA directory must start with '/', found '" + directory + "'");
        }
        checkNoEmptyComponent(directory);
        String trimmed = directory.length() > 1 && directory.endsWith("/")
                ? directory.substring(0, directory.length() - 1)
                : directory;
        if (trimmed.equals(ROOT)) {
            return ROOT;
        }
        for (String component : trimmed.substring(1).split("/", -1)) {
            checkComponent(component, directory);
        }
        return trimmed;
    }

    /** Returns the parent of a normalised directory other than the root. */
    static String parentOf(String directory) {
        int slash = directory.lastIndexOf('/');
        return slash == 0 ? ROOT : directory.substring(0, slash);
    }

    /** Returns the full path, the directory joined to the name with {@code /}. */
    @Override
    public String toString() {
        return ROOT.equals(directory) ? ROOT + name : directory + "/" + name;
    }

    private static void checkNoEmptyComponent(String path) {
        if (path.contains("//")) {
            throw new IllegalArgumentException("AIDA path '" + path + "' has an empty component ('//')");
        }
    }

    private static void checkComponent(String component, String whole) {
        if (component.isEmpty()) {
            throw new IllegalArgumentException("AIDA path '" + whole + "' has an empty name or component");
        }
        if (component.contains("/")) {
            throw new IllegalArgumentException("AIDA object name must not contain '/', found '" + component + "'");
        }
        if (component.equals(".") || component.equals("..")) {
            throw new IllegalArgumentException("AIDA path '" + whole + "' must not contain '.' or '..' components");
        }
    }
}
