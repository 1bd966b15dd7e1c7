package org.otusj.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void fnv1aMatchesPublishedVectors() {
        // Test vectors of the FNV-1a 64-bit hash (Fowler, Noll, Vo; IETF draft-eastlake-fnv).
        assertEquals(0xcbf29ce484222325L, Seeds.hash(""));
        assertEquals(0xaf63dc4c8601ec8cL, Seeds.hash("a"));
        assertEquals(0x85944171f73967e8L, Seeds.hash("foobar"));
    }

    @Test
    void splitMixFinaliserMatchesReference() {
        // First output of SplitMix64 seeded with 0 is mix(0x9e3779b97f4a7c15), published as 0xe220a8397b1dcdaf.
        assertEquals(0xe220a8397b1dcdafL, Seeds.mix(0x9e3779b97f4a7c15L));
    }

    @Test
    void eventSeedsDependOnEveryInput() {
        long base = Seeds.forEvent(Seeds.forProcessor(1, "Detector"), 0, 10);

        assertEquals(base, Seeds.forEvent(Seeds.forProcessor(1, "Detector"), 0, 10));
        assertNotEquals(base, Seeds.forEvent(Seeds.forProcessor(2, "Detector"), 0, 10));
        assertNotEquals(base, Seeds.forEvent(Seeds.forProcessor(1, "Detector2"), 0, 10));
        assertNotEquals(base, Seeds.forEvent(Seeds.forProcessor(1, "Detector"), 1, 10));
        assertNotEquals(base, Seeds.forEvent(Seeds.forProcessor(1, "Detector"), 0, 11));
    }
}
