package org.otusj.io.root.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otusj.io.root.RootFormatException;

/**
 * Class and object references into a deferred region of a {@link RootBuffer}. The bytes are written here
 * by hand in ROOT's object-pointer format: a byte count, a class tag or a new class name, the object.
 * ROOT's tags are buffer positions plus the displacement and 2, and the test uses a displacement of 100 so
 * that the arithmetic is exercised.
 */
class DeferredRegionsTest {

    private static final int DISPLACEMENT = 100;
    private static final RecordContext CONTEXT = new RecordContext(Path.of("synthetic.root"), "tree;1", 0, -1);

    /** Object of the made-up class {@code TFoo}: one int. */
    private static final class Foo {
        int value;
    }

    /** Region A: a new class name {@code TFoo} and a Foo of 42, first written here. */
    private static final int REGION_A_END = 17;
    /** Tag of the class name written at position 4 of region A. */
    private static final int FOO_CLASS_TAG = 4 + DISPLACEMENT + 2;
    /** Tag of the Foo whose pointer starts at position 0. */
    private static final int FOO_OBJECT_TAG = DISPLACEMENT + 2;
    /** After region A: a Foo of 7 whose class is given by the tag of region A's class name. */
    private static final int SECOND_FOO = REGION_A_END;
    /** After that Foo: a reference to region A's Foo. */
    private static final int REFERENCE = SECOND_FOO + 12;

    private final List<Foo> decoded = new ArrayList<>();
    private int regionDecodings;

    private static byte[] record() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        byte[] name = "TFoo\0".getBytes(StandardCharsets.US_ASCII);
        out.writeInt(RootBuffer.BYTE_COUNT_MASK | (4 + name.length + 4));
        out.writeInt(RootBuffer.NEW_CLASS_TAG);
        out.write(name);
        out.writeInt(42);
        assertEquals(REGION_A_END, bytes.size());
        out.writeInt(RootBuffer.BYTE_COUNT_MASK | 8);
        out.writeInt(RootBuffer.CLASS_MASK | FOO_CLASS_TAG);
        out.writeInt(7);
        assertEquals(REFERENCE, bytes.size());
        out.writeInt(FOO_OBJECT_TAG);
        return bytes.toByteArray();
    }

    private Object readFoo(String className, RootBuffer buffer, int end) throws IOException {
        if (!"TFoo".equals(className)) {
            return null;
        }
        Foo foo = new Foo();
        buffer.registerCurrentObject(foo);
        foo.value = buffer.i32();
        decoded.add(foo);
        return foo;
    }

    /** Creates a buffer over {@link #record()} with region A deferred. */
    private RootBuffer bufferWithDeferredRegion() throws IOException {
        byte[] data = record();
        RootBuffer buffer = new RootBuffer(data, 0, data.length, DISPLACEMENT, CONTEXT);
        buffer.defer(0, REGION_A_END, deferred -> {
            regionDecodings++;
            deferred.readObjectAny(this::readFoo);
        });
        return buffer;
    }

    @Test
    void classTagInDeferredRegion() throws IOException {
        RootBuffer buffer = bufferWithDeferredRegion();
        buffer.setPosition(SECOND_FOO);

        Foo second = (Foo) buffer.readObjectAny(this::readFoo);

        assertEquals(7, second.value);
        assertEquals(1, regionDecodings, "the class name's region is decoded once");
        assertEquals(REFERENCE, buffer.position(), "reading continues after the pointer");
        Foo first = (Foo) buffer.readObjectAny(this::readFoo);
        assertEquals(42, first.value);
        assertSame(decoded.get(0), first, "the reference is the object the region decoded");
        assertEquals(1, regionDecodings, "no second decoding");
    }

    @Test
    void objectTagInDeferredRegion() throws IOException {
        RootBuffer buffer = bufferWithDeferredRegion();
        buffer.setPosition(REFERENCE);

        Foo first = (Foo) buffer.readObjectAny(this::readFoo);

        assertEquals(42, first.value);
        assertEquals(1, regionDecodings);
        assertEquals(REFERENCE + 4, buffer.position());
    }

    @Test
    void explicitDecodeRegistersTags() throws IOException {
        RootBuffer buffer = bufferWithDeferredRegion();
        DeferredRegions regions = buffer.deferredRegions();
        assertEquals(1, regions.pending());

        regions.decode(0);
        regions.decode(0);

        assertEquals(1, regionDecodings);
        buffer.setPosition(SECOND_FOO);
        assertEquals(7, ((Foo) buffer.readObjectAny(this::readFoo)).value);
        assertSame(decoded.get(0), buffer.readObjectAny(this::readFoo));
    }

    @Test
    void failedRegionFailsEveryReference() throws IOException {
        byte[] data = record();
        RootBuffer buffer = new RootBuffer(data, 0, data.length, DISPLACEMENT, CONTEXT);
        buffer.defer(0, REGION_A_END, deferred -> {
            regionDecodings++;
            throw deferred.error("corrupt region");
        });
        buffer.setPosition(SECOND_FOO);

        RootFormatException first = assertThrows(RootFormatException.class, () -> buffer.readObjectAny(this::readFoo));
        buffer.setPosition(REFERENCE);
        RootFormatException second = assertThrows(RootFormatException.class,
                () -> buffer.readObjectAny(this::readFoo));

        assertSame(first, second, "the region's error is raised again, not a null reference");
        assertEquals(1, regionDecodings);
        assertTrue(first.getMessage().contains("synthetic.root"), first.getMessage());
        assertTrue(first.getMessage().contains("tree;1"), first.getMessage());
        assertTrue(first.getMessage().contains("at byte 0 of the decompressed record"), first.getMessage());
    }

    @Test
    void classTagOutsideRegionsFails() throws IOException {
        byte[] data = record();
        RootBuffer buffer = new RootBuffer(data, 0, data.length, DISPLACEMENT, CONTEXT);
        buffer.setPosition(SECOND_FOO);

        RootFormatException error = assertThrows(RootFormatException.class, () -> buffer.readObjectAny(this::readFoo));

        assertTrue(error.getMessage().contains("class tag " + FOO_CLASS_TAG), error.getMessage());
    }
}
