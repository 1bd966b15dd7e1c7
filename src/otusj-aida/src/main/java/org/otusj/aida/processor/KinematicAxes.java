package org.otusj.aida.processor;

import hep.aida.IAxis;

/**
 * Binning of the histograms of one collection, all in GeV.
 *
 * @param px axis of the momentum component px
 * @param py axis of the momentum component py
 * @param pz axis of the momentum component pz along the beam
 * @param energy axis of the energy E
 * @param mass axis of the pair's invariant mass
 */
record KinematicAxes(IAxis px, IAxis py, IAxis pz, IAxis energy, IAxis mass) {
}
