package org.otusj.detector.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.otusj.core.event.FourVector;

/**
 * Test helpers for decay kinematics, written independently of the code under test: the textbook boost
 * t' = gamma (t - beta.x), x' = x + (gamma - 1) / beta^2 (beta.x) beta - gamma t beta into the rest
 * frame of a particle with velocity beta = P / E, and four-momentum conservation checks.
 */
final class RestFrame {

    private RestFrame() {
    }

    /** Returns {@code vector} seen in the rest frame of {@code frame}. */
    static FourVector of(FourVector vector, FourVector frame) {
        double bx = frame.px() / frame.e();
        double by = frame.py() / frame.e();
        double bz = frame.pz() / frame.e();
        double beta2 = bx * bx + by * by + bz * bz;
        if (beta2 == 0.0) {
            return vector;
        }
        double gamma = 1.0 / Math.sqrt(1.0 - beta2);
        double dot = bx * vector.px() + by * vector.py() + bz * vector.pz();
        double along = (gamma - 1.0) / beta2 * dot - gamma * vector.e();
        return new FourVector(vector.px() + along * bx, vector.py() + along * by, vector.pz() + along * bz,
                gamma * (vector.e() - dot));
    }

    /** Asserts parent = first + second in every component, to {@code relative} times the parent's energy. */
    static void assertConserved(FourVector parent, FourVector first, FourVector second, double relative,
            String vertex) {
        double tolerance = relative * parent.e();
        assertEquals(parent.px(), first.px() + second.px(), tolerance, vertex + ": px");
        assertEquals(parent.py(), first.py() + second.py(), tolerance, vertex + ": py");
        assertEquals(parent.pz(), first.pz() + second.pz(), tolerance, vertex + ": pz");
        assertEquals(parent.e(), first.e() + second.e(), tolerance, vertex + ": E");
    }
}
