package org.otusj.io.lhe;

import java.util.List;

/**
 * The run-level content of a Les Houches Event file, common to all its events: the format version, the
 * header, the {@code <init>} block (the HEPRUP common block of the Les Houches accord) and the
 * definitions of alternative weights.
 *
 * @param version the {@code version} attribute of {@code <LesHouchesEvents>}, such as "1.0" or "3.0";
 *     empty if the file has none
 * @param header the text between {@code <header>} and {@code </header>}, unparsed; empty if the file has
 *     no header block
 * @param prologue other text between the {@code <LesHouchesEvents>} start tag and {@code <init>}, such
 *     as the XML comment in which POWHEG-BOX writes its input card; empty if there is none
 * @param beamId1 IDBMUP(1), PDG id of the first beam particle
 * @param beamId2 IDBMUP(2), PDG id of the second beam particle
 * @param beamEnergy1 EBMUP(1), energy of the first beam in GeV
 * @param beamEnergy2 EBMUP(2), energy of the second beam in GeV
 * @param pdfGroup1 PDFGUP(1), PDFLIB author group of the first beam's PDF (0 or -1 when unused)
 * @param pdfGroup2 PDFGUP(2)
 * @param pdfSet1 PDFSUP(1), PDF set id of the first beam (LHAPDF number for modern generators)
 * @param pdfSet2 PDFSUP(2)
 * @param weightStrategy IDWTUP, how event weights are to be interpreted (+-1 to +-4)
 * @param processes the NPRUP process lines in file order
 * @param initExtra the lines of {@code <init>} after the process lines, unparsed: LHEF 3.0 tags such as
 *     {@code <generator>}, and any other text; empty if there are none
 * @param weightDefinitions the {@code <weight id="...">} definitions of the {@code <initrwgt>} blocks in
 *     the header and in {@code <init>}, in file order, each id once; events refer to them by id in
 *     {@code <rwgt>}
 * @param weightInfos the LHEF 3.0 {@code <weightinfo>} definitions of {@code <init>} in file order; the
 *     values of an event's {@code <weights>} element follow this order
 */
public record LheInit(
        String version,
        String header,
        String prologue,
        int beamId1,
        int beamId2,
        double beamEnergy1,
        double beamEnergy2,
        int pdfGroup1,
        int pdfGroup2,
        int pdfSet1,
        int pdfSet2,
        int weightStrategy,
        List<LheProcess> processes,
        String initExtra,
        List<LheWeightDefinition> weightDefinitions,
        List<LheWeightDefinition> weightInfos) {

    public LheInit {
        processes = List.copyOf(processes);
        weightDefinitions = List.copyOf(weightDefinitions);
        weightInfos = List.copyOf(weightInfos);
    }

    /** NPRUP, the number of processes. */
    public int processCount() {
        return processes.size();
    }

    /**
     * Centre-of-mass energy sqrt(s) = 2 sqrt(EBMUP(1) EBMUP(2)) in GeV, for head-on beams whose mass is
     * negligible next to their energy.
     */
    public double centreOfMassEnergy() {
        return 2 * Math.sqrt(beamEnergy1 * beamEnergy2);
    }
}
