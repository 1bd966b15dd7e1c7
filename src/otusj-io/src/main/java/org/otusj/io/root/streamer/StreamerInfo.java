package org.otusj.io.root.streamer;

import java.util.List;
import java.util.Optional;

/**
 * A {@code TStreamerInfo}: the on-file layout of one version of one class, as the file records it.
 *
 * @param className C++ class name
 * @param checksum class checksum
 * @param classVersion class version this layout describes
 * @param elements base classes and members in streaming order
 */
public record StreamerInfo(String className, long checksum, int classVersion, List<StreamerElement> elements) {

    /** Finds the member named {@code name}, if the class has one. */
    public Optional<StreamerElement> element(String name) {
        for (StreamerElement element : elements) {
            if (element.name().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
