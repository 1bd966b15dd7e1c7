package org.otusj.core.random;

import java.nio.charset.StandardCharsets;

/**
 * Derivation of independent 64-bit seeds from one global seed, so that every processor, and every event
 * within a processor, gets its own random stream whatever the order or threading of the work.
 *
 * <p>Mixing uses the SplitMix64 finaliser (G. Steele, D. Lea, C. Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014), names are hashed with 64-bit FNV-1a.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Seeds() {
    }

    /** Seed for a processor: depends on the global seed and the processor's name in the steering file. */
    public static long forProcessor(long globalSeed, String processorName) {
        return mix(mix(globalSeed) ^ hash(processorName));
    }

    /** Seed for one event seen by one processor. */
    public static long forEvent(long processorSeed, int runNumber, long eventNumber) {
        long seed = mix(processorSeed + GOLDEN_GAMMA * (runNumber + 1L));
        return mix(seed + GOLDEN_GAMMA * (eventNumber + 1L));
    }

    /** SplitMix64 finaliser: a bijective mix of all 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** 64-bit FNV-1a hash of the UTF-8 bytes of {@code text}. */
    public static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
