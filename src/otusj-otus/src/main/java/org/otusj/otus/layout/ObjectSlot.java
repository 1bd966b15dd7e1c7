package org.otusj.otus.layout;

/**
 * One physics object in an event vector: four numbers (px, py, pz, E) in GeV.
 *
 * @param name short name used in column names, e.g. "electron"
 * @param pdgId PDG id the slot takes (11 for the electron, -11 for the positron)
 * @param charge electric charge in units of e
 * @param mass mass in GeV used for the Minkowski constraint E = sqrt(|p|^2 + m^2)
 * @param group index of the event collection the object belongs to when written out (for ttbar
 *     reconstructed objects: 0 electrons, 1 missing momentum, 2 jets; 0 for every other layout)
 */
public record ObjectSlot(String name, int pdgId, int charge, double mass, int group) {

    /** A slot in collection group 0. */
    public ObjectSlot(String name, int pdgId, int charge, double mass) {
        this(name, pdgId, charge, mass, 0);
    }
}
