package org.otusj.io.root.bytes;

import java.io.IOException;

/**
 * Creates objects met through object pointers ({@link RootBuffer#readObjectAny}), keyed by ROOT class
 * name. Each reader that follows pointers supplies the classes it understands.
 */
@FunctionalInterface
public interface ObjectFactory {

    /**
     * Reads one object of class {@code className} starting at the buffer's position (its version header).
     * Returns null for a class the factory does not know; the caller then skips the object using its
     * byte count.
     *
     * @param className ROOT class name as stored in the file
     * @param buffer buffer positioned at the object's version header
     * @param end buffer position just after the object, from its byte count, or -1 when the file stored
     *     none
     */
    Object read(String className, RootBuffer buffer, int end) throws IOException;
}
