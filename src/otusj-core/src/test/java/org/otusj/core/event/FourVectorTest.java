package org.otusj.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FourVectorTest {

    @Test
    void derivedQuantitiesOfKnownVector() {
        // p = (3, 4, 12): |p| = 13, pt = 5; E = 13.5 gives m^2 = 182.25 - 169 = 13.25.
        FourVector v = new FourVector(3, 4, 12, 13.5);

        assertEquals(5.0, v.pt(), 1e-15);
        assertEquals(13.0, v.p(), 1e-15);
        assertEquals(Math.sqrt(13.25), v.mass(), 1e-14);
        assertEquals(Math.atan2(4, 3), v.phi(), 1e-15);
        // eta = -ln tan(theta/2) with cos(theta) = 12/13: tan(theta/2) = sqrt((1-c)/(1+c)) = sqrt(1/25) = 0.2.
        assertEquals(-Math.log(0.2), v.eta(), 1e-14);
        assertEquals(-Math.log(0.2), new FourVector(3, 4, -12, 13.5).eta() * -1, 1e-14);
    }

    @Test
    void ptEtaPhiMRoundTrip() {
        FourVector v = FourVector.fromPtEtaPhiM(40.0, -1.3, 2.9, 0.0);

        assertEquals(40.0, v.pt(), 1e-12);
        assertEquals(-1.3, v.eta(), 1e-12);
        assertEquals(2.9, v.phi(), 1e-12);
        assertEquals(v.p(), v.e(), 1e-12);
    }

    @Test
    void pairMassOfBackToBackElectrons() {
        // Two massless 45.6 GeV electrons back to back: m = 2 * 45.6 GeV.
        FourVector a = new FourVector(45.6, 0, 0, 45.6);
        FourVector b = new FourVector(-45.6, 0, 0, 45.6);

        assertEquals(91.2, a.plus(b).mass(), 1e-12);
        assertEquals(-1.0, a.cosAngle(b), 1e-15);
    }

    @Test
    void beamAxisVectorHasLargeEta() {
        assertEquals(1e10, new FourVector(0, 0, 5, 5).eta());
        assertEquals(-1e10, new FourVector(0, 0, -5, 5).eta());
        assertEquals(0.0, new FourVector(0, 0, 5, 5).phi());
    }
}
