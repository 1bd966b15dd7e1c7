package org.otusj.core.processor;

/**
 * A share {@code k/N} of a job split into N parts: shard k processes the events whose position in the
 * input chain, counted from 0 after {@code SkipEvents}, is k modulo N.
 *
 * @param index k, from 0 to {@code count - 1}
 * @param count N, at least 1
 */
public record ShardSpec(int index, int count) {

    /** The whole input. */
    public static final ShardSpec ALL = new ShardSpec(0, 1);

    public ShardSpec {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("invalid shard " + index + "/" + count
                    + ": expected k/N with N >= 1 and 0 <= k < N, such as 0/4");
        }
    }

    /**
     * Parses {@code k/N}.
     *
     * @throws IllegalArgumentException naming the expected form and the text found
     */
    public static ShardSpec parse(String text) {
        String stripped = text.strip();
        int slash = stripped.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("invalid shard '" + text + "': expected k/N, such as 0/4");
        }
        try {
            int index = Integer.parseInt(stripped.substring(0, slash).strip());
            int count = Integer.parseInt(stripped.substring(slash + 1).strip());
            return new ShardSpec(index, count);
        } catch (NumberFormatException invalid) {
            throw new IllegalArgumentException("invalid shard '" + text + "': expected k/N with two integers,"
                    + " such as 0/4");
        }
    }

    /** Returns true if the event at {@code position} in the input chain belongs to this shard. */
    public boolean contains(long position) {
        return position % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
