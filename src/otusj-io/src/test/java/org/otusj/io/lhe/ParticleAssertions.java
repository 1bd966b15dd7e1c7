package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.otusj.core.event.Particle;

/** Field-by-field comparison of a particle with the numbers of one LHE particle line. */
final class ParticleAssertions {

    private ParticleAssertions() {
    }

    /**
     * Asserts every field of {@code actual} against the 13 columns of a particle line, in file order.
     * Doubles are compared exactly, because the expected literals are copied from the file text and
     * parse to the same double as the reader's {@link Double#parseDouble}.
     */
    static void assertParticle(Particle actual, int idup, int istup, int mothup1, int mothup2, int icolup1,
            int icolup2, double px, double py, double pz, double e, double m, double vtimup, double spinup) {
        assertAll(
                () -> assertEquals(idup, actual.pdgId(), "IDUP"),
                () -> assertEquals(istup, actual.status(), "ISTUP"),
                () -> assertEquals(mothup1, actual.mother1(), "MOTHUP1"),
                () -> assertEquals(mothup2, actual.mother2(), "MOTHUP2"),
                () -> assertEquals(icolup1, actual.color1(), "ICOLUP1"),
                () -> assertEquals(icolup2, actual.color2(), "ICOLUP2"),
                () -> assertEquals(px, actual.momentum().px(), "PX"),
                () -> assertEquals(py, actual.momentum().py(), "PY"),
                () -> assertEquals(pz, actual.momentum().pz(), "PZ"),
                () -> assertEquals(e, actual.momentum().e(), "E"),
                () -> assertEquals(m, actual.mass(), "M"),
                () -> assertEquals(vtimup, actual.lifetime(), "VTIMUP"),
                () -> assertEquals(spinup, actual.spin(), "SPINUP"));
    }
}
