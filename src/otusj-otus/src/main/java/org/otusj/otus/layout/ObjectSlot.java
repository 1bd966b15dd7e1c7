package org.otusj.otus.layout;

/**
 * One physics object in an event vector: four numbers (px, py, pz, E) in GeV.
 *
 * @param name short name used in column names, e.g. "electron"
 * @param pdgId PDG id the slot takes (11 for the electron, -11 for the positron)
 * @param charge electric charge in units of e
 * @param mass mass in GeV used for the Minkowski constraint E = sqrt(|p|^2 + m^2)
 */
public record ObjectSlot(String name, int pdgId, int charge, double mass) {
}
