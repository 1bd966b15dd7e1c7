package org.otusj.otus.train;

import java.util.SplittableRandom;

/**
 * Draws z events for the batches of an epoch without replacement: it walks through a random permutation
 * of the sample and starts a new one when the current one is used up, so a batch larger than the sample
 * (possible with augmentation) contains every event before any repeats.
 */
final class ZStream {

    private final int size;
    private final SplittableRandom random;
    private int[] order;
    private int cursor;

    ZStream(int size, SplittableRandom random) {
        this.size = size;
        this.random = random;
        this.order = permutation();
    }

    /** The next {@code count} sample indices. */
    int[] next(int count) {
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            if (cursor == size) {
                order = permutation();
                cursor = 0;
            }
            indices[i] = order[cursor++];
        }
        return indices;
    }

    private int[] permutation() {
        int[] permutation = new int[size];
        for (int i = 0; i < size; i++) {
            permutation[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
        return permutation;
    }
}
