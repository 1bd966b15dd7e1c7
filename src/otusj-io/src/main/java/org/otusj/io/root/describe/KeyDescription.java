package org.otusj.io.root.describe;

/**
 * One key of a file, as listed by {@link FileDescription}.
 *
 * @param path object path with directories, without cycle, such as {@code dir/hist}
 * @param name object name
 * @param className ROOT class of the object
 * @param cycle cycle number
 * @param title object title
 * @param objectBytes object length after decompression, in bytes
 * @param storedBytes record length on file (key header included), in bytes
 * @param depth directory depth, 0 for the top directory
 */
public record KeyDescription(String path, String name, String className, int cycle, String title, long objectBytes,
        long storedBytes, int depth) {
}
