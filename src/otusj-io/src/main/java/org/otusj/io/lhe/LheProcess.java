package org.otusj.io.lhe;

/**
 * One process line of the {@code <init>} block (the HEPRUP arrays for one process).
 *
 * @param crossSection XSECUP, the cross section in pb
 * @param crossSectionError XERRUP, its statistical error in pb
 * @param maxWeight XMAXUP, the maximum event weight; in pb for IDWTUP = +-3 and +-4
 * @param processId LPRUP, the process id that events carry as IDPRUP
 */
public record LheProcess(double crossSection, double crossSectionError, double maxWeight, int processId) {
}
