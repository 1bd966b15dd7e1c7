package org.otusj.otus.train;

import java.util.SplittableRandom;

/**
 * Symmetries of the prior of unpolarised, symmetric pp collisions, used to enlarge training samples: a
 * rotation of the whole event by a random azimuth, and the reflection pz to -pz with probability 1/2.
 * Both map an event vector to one of equal probability, and the detector used here (the CMS card) has the
 * same symmetries, so they apply to parton-level and detector-level vectors alike.
 */
final class Augmentation {

    private Augmentation() {
    }

    /**
     * Transforms each row of {@code rows} (row-major [rows, 4 * slots], (px, py, pz, E) per slot) in place
     * with its own random angle and reflection.
     */
    static void apply(float[] rows, int count, int slots, SplittableRandom random) {
        for (int r = 0; r < count; r++) {
            double angle = 2 * Math.PI * random.nextDouble();
            boolean reflect = random.nextBoolean();
            transform(rows, r, slots, angle, reflect);
        }
    }

    /**
     * Transforms row r of {@code first} and row r of {@code second} with the same random angle and
     * reflection, for (z, x) pairs of one event.
     */
    static void applyPaired(float[] first, float[] second, int count, int firstSlots, int secondSlots,
            SplittableRandom random) {
        for (int r = 0; r < count; r++) {
            double angle = 2 * Math.PI * random.nextDouble();
            boolean reflect = random.nextBoolean();
            transform(first, r, firstSlots, angle, reflect);
            transform(second, r, secondSlots, angle, reflect);
        }
    }

    private static void transform(float[] rows, int row, int slots, double angle, boolean reflect) {
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        for (int slot = 0; slot < slots; slot++) {
            int base = row * 4 * slots + 4 * slot;
            float px = rows[base];
            float py = rows[base + 1];
            rows[base] = cos * px - sin * py;
            rows[base + 1] = sin * px + cos * py;
            if (reflect) {
                rows[base + 2] = -rows[base + 2];
            }
        }
    }
}
