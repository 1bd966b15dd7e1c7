/**
 * The Delphes view of ROOT files: {@link org.otusj.io.delphes.DelphesReader} turns a Delphes tree into
 * otusj events with electron, muon, photon, jet and missing-momentum collections.
 */
package org.otusj.io.delphes;
