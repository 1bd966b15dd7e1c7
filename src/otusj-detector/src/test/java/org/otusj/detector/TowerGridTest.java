package org.otusj.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;

/** Towers of the CMS card's ECal, against edges computed by hand from the loops in the card text. */
class TowerGridTest {

    private static TowerGrid ecal;

    @BeforeAll
    static void readGrid() throws IOException {
        DelphesCard card = DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
        ecal = TowerGrid.fromModule(card.module("ECal").orElseThrow());
    }

    @Test
    void etaEdgeCount() {
        // 172 barrel + 84 + 84 endcap + 23 forward edges, all different: 363.
        assertEquals(363, ecal.etaEdgeCount());
    }

    @Test
    void barrelTower() {
        // eta 0.5 lies between the barrel edges 28 * 0.0174 = 0.4872 and 29 * 0.0174 = 0.5046;
        // phi 0.1 rad (5.7 degrees) between the edges 5 * pi / 180 and 6 * pi / 180.
        TowerGrid.Tower tower = ecal.find(0.5, 0.1);
        assertEquals(28 * 0.0174, tower.etaLow(), 0.0);
        assertEquals(29 * 0.0174, tower.etaHigh(), 0.0);
        assertEquals(5 * Math.PI / 180.0, tower.phiLow(), 0.0);
        assertEquals(6 * Math.PI / 180.0, tower.phiHigh(), 0.0);
        assertEquals(0.5 * (28 * 0.0174 + 29 * 0.0174), tower.etaCenter(), 0.0);
    }

    @Test
    void valueOnEdgeBelongsToTowerBelow() {
        TowerGrid.Tower tower = ecal.find(29 * 0.0174, 0.1);
        assertEquals(28 * 0.0174, tower.etaLow(), 0.0);
    }

    @Test
    void endcapTower() {
        // eta 2.0: endcap edges 1.4964 + i * 0.0174 with i = 28 (1.9836) and 29 (2.0010).
        TowerGrid.Tower tower = ecal.find(2.0, -0.1);
        assertEquals(1.4964 + 28 * 0.0174, tower.etaLow(), 0.0);
        assertEquals(1.4964 + 29 * 0.0174, tower.etaHigh(), 0.0);
        assertEquals(-6 * Math.PI / 180.0, tower.phiLow(), 0.0);
    }

    @Test
    void forwardTowerUsesForwardPhiEdges() {
        // eta 4.1 lies between the HF edges 4 and 4.175, whose phi edges are i * pi / 18.
        TowerGrid.Tower tower = ecal.find(4.1, 0.1);
        assertEquals(4.0, tower.etaLow(), 0.0);
        assertEquals(4.175, tower.etaHigh(), 0.0);
        assertEquals(0.0, tower.phiLow(), 0.0);
        assertEquals(Math.PI / 18.0, tower.phiHigh(), 0.0);
    }

    @Test
    void outsideTheGrid() {
        // lower_bound: -5 (the first edge) and anything beyond 5 are outside; 5 itself is in the last tower.
        assertNull(ecal.find(-5.0, 0.0));
        assertNull(ecal.find(5.01, 0.0));
        assertEquals(4.7, ecal.find(5.0, 0.0).etaLow(), 0.0);
        // phi exactly -pi is the first phi edge, so it is outside too.
        assertNull(ecal.find(0.5, -Math.PI));
        assertNull(ecal.find(Double.NaN, 0.0));
    }
}
