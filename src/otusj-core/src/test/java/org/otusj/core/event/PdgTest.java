package org.otusj.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdgTest {

    @Test
    void chargesFromPdgTables() {
        // Charges as listed in the PDG Review of Particle Physics.
        assertEquals(-1.0, Pdg.charge(11));
        assertEquals(1.0, Pdg.charge(-11));
        assertEquals(0.0, Pdg.charge(12));
        assertEquals(2.0 / 3.0, Pdg.charge(2), 1e-15);
        assertEquals(1.0 / 3.0, Pdg.charge(-1), 1e-15);
        assertEquals(1.0, Pdg.charge(24));
        assertEquals(-1.0, Pdg.charge(-24));
        assertEquals(0.0, Pdg.charge(23));
        assertEquals(1.0, Pdg.charge(211), 1e-15);    // pi+ = u dbar
        assertEquals(1.0, Pdg.charge(321), 1e-15);    // K+ = u sbar
        assertEquals(1.0, Pdg.charge(521), 1e-15);    // B+ = u bbar
        assertEquals(-1.0, Pdg.charge(-411), 1e-15);  // D- = cbar d
        assertEquals(0.0, Pdg.charge(111), 1e-15);    // pi0
        assertEquals(1.0, Pdg.charge(2212), 1e-15);   // proton
        assertEquals(0.0, Pdg.charge(2112), 1e-15);   // neutron
        assertEquals(-1.0, Pdg.charge(-2212), 1e-15); // antiproton
    }
}
