package org.otusj.io.root.bytes;

/**
 * Name and title of a {@code TNamed}.
 *
 * @param name object name
 * @param title object title
 */
public record Named(String name, String title) {
}
