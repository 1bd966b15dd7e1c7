package org.otusj.io.root.bytes;

import java.io.IOException;
import java.util.Arrays;

/**
 * Byte ranges of one {@link RootBuffer} whose decoding is put off until something needs them, such as
 * the bodies of a tree's top-level branches. A reader that only wants a few branches of a tree with
 * hundreds then decodes only those.
 *
 * <p>ROOT refers back to a class name or an object by the buffer position where it was first written.
 * When such a reference misses, the buffer calls {@link #decodeContaining} to decode the pending region
 * that contains that position, which registers the class or object, and looks the tag up again.
 *
 * <p>All decoding goes through this object's lock, because the regions share the buffer's position and
 * tag maps. Regions are decoded at most once. A region whose decoding failed throws the same exception
 * again at every later request, so no caller gets a half-decoded object.
 */
public final class DeferredRegions {

    /** Decodes one region, starting with the buffer at the region's first byte. */
    @FunctionalInterface
    public interface Decoder {
        void decode(RootBuffer buffer) throws IOException;
    }

    private static final byte PENDING = 0;
    private static final byte DECODING = 1;
    private static final byte DONE = 2;
    private static final byte FAILED = 3;

    private RootBuffer buffer;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Decoder[] decoders = new Decoder[16];
    private byte[] states = new byte[16];
    private IOException[] failures = new IOException[16];
    private int count;
    private int pending;

    DeferredRegions(RootBuffer buffer) {
        this.buffer = buffer;
    }

    /**
     * Registers the region {@code [start, end)}. Regions must be added in increasing order of position
     * and must not overlap, so that a position finds its region by binary search.
     *
     * @return the region's index, for {@link #decode(int)}
     */
    public synchronized int add(int start, int end, Decoder decoder) {
        if (start > end || (count > 0 && start < ends[count - 1])) {
            throw new IllegalArgumentException("region [" + start + ", " + end + ") is out of order or overlaps the"
                    + " previous one");
        }
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            decoders = Arrays.copyOf(decoders, capacity);
            states = Arrays.copyOf(states, capacity);
            failures = Arrays.copyOf(failures, capacity);
        }
        starts[count] = start;
        ends[count] = end;
        decoders[count] = decoder;
        pending++;
        return count++;
    }

    /** Number of regions not decoded yet, or whose decoding failed. */
    public synchronized int pending() {
        return pending;
    }

    /**
     * Decodes region {@code index} unless it was decoded already. A region being decoded by this thread
     * (a reference from inside itself) is left alone.
     *
     * @throws IOException the decoding error, now or from an earlier attempt
     */
    public synchronized void decode(int index) throws IOException {
        switch (states[index]) {
            case DONE:
            case DECODING:
                return;
            case FAILED:
                throw failures[index];
            default:
                break;
        }
        states[index] = DECODING;
        RootBuffer target = buffer;
        int saved = target.position();
        try {
            target.setPosition(starts[index]);
            decoders[index].decode(target);
            if (target.position() > ends[index]) {
                throw target.error("decoding a deferred object read " + (target.position() - ends[index])
                        + " bytes past its end at byte " + ends[index]);
            }
            states[index] = DONE;
        } catch (IOException e) {
            states[index] = FAILED;
            failures[index] = e;
            throw e;
        } finally {
            target.restorePosition(saved);
            decoders[index] = null;
        }
        pending--;
        if (pending == 0) {
            // Every region is decoded: the record's bytes are no longer needed.
            buffer.releaseDeferred();
            buffer = null;
        }
    }

    /**
     * Decodes the pending region that contains buffer position {@code position}, if there is one.
     *
     * @return true if a region was decoded now, so the caller should look up its tag again
     */
    synchronized boolean decodeContaining(int position) throws IOException {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (position < starts[middle]) {
                high = middle - 1;
            } else if (position >= ends[middle]) {
                low = middle + 1;
            } else {
                if (states[middle] == DONE || states[middle] == DECODING) {
                    return false;
                }
                decode(middle);
                return true;
            }
        }
        return false;
    }
}
