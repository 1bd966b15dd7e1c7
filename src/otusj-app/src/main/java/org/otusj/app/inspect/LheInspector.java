package org.otusj.app.inspect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.otusj.io.lhe.LheFile;
import org.otusj.io.lhe.LheInit;
import org.otusj.io.lhe.LheProcess;
import org.otusj.io.lhe.LheWeightDefinition;

/**
 * Describes a Les Houches Event file: version, beams, PDFs, weight strategy, processes with cross
 * sections, weight definitions, and the number of events, counted by reading the file to its end.
 */
public final class LheInspector {

    /** Weight definitions listed per group unless all are requested. */
    static final int WEIGHTS_SHOWN_PER_GROUP = 10;

    private final boolean allWeights;

    /**
     * @param allWeights whether to list every weight definition, rather than the first {@value
     *     #WEIGHTS_SHOWN_PER_GROUP} of each group
     */
    public LheInspector(boolean allWeights) {
        this.allWeights = allWeights;
    }

    /**
     * Prints the description of {@code file} to {@code out}.
     *
     * @throws org.otusj.io.lhe.LheFormatException if the file is not a valid LHE file
     */
    public void print(Path file, PrintStream out) throws IOException {
        try (LheFile lhe = LheFile.open(file)) {
            LheInit init = lhe.init();
            out.println(file + ": Les Houches Event file, LHEF " + (init.version().isEmpty() ? "(no version)"
                    : init.version()) + (lhe.isGzipped() ? ", gzip-compressed" : ", plain text"));
            printBeams(init, out);
            printProcesses(init, out);
            printWeights("weight definitions (<initrwgt>)", init.weightDefinitions(), out);
            printWeights("weight infos (<weightinfo>)", init.weightInfos(), out);

            long events = 0;
            while (lhe.next() != null) {
                events++;
            }
            out.println("  events: " + events + (lhe.endTagFound() ? ""
                    : " (the file ends without </LesHouchesEvents> and may have been cut)"));
        }
    }

    private static void printBeams(LheInit init, PrintStream out) {
        out.println("  beam 1: PDG id " + init.beamId1() + ", " + Numbers.format(init.beamEnergy1()) + " GeV");
        out.println("  beam 2: PDG id " + init.beamId2() + ", " + Numbers.format(init.beamEnergy2()) + " GeV");
        out.println("  sqrt(s): " + Numbers.format(init.centreOfMassEnergy()) + " GeV");
        out.println("  PDF author groups (PDFGUP): " + init.pdfGroup1() + ", " + init.pdfGroup2());
        out.println("  PDF sets (PDFSUP): " + init.pdfSet1() + ", " + init.pdfSet2());
        out.println("  weight strategy (IDWTUP): " + init.weightStrategy());
    }

    private static void printProcesses(LheInit init, PrintStream out) {
        out.println("  processes (NPRUP = " + init.processCount() + "):");
        for (LheProcess process : init.processes()) {
            out.println("    LPRUP " + process.processId() + ": cross section " + Numbers.format(process.crossSection())
                    + " +- " + Numbers.format(process.crossSectionError()) + " pb, maximum weight "
                    + Numbers.format(process.maxWeight()));
        }
    }

    private void printWeights(String title, List<LheWeightDefinition> definitions, PrintStream out) {
        out.println("  " + title + ": " + definitions.size());
        String group = null;
        int shownInGroup = 0;
        int hiddenInGroup = 0;
        for (LheWeightDefinition definition : definitions) {
            if (!definition.group().equals(group)) {
                printHidden(hiddenInGroup, out);
                group = definition.group();
                shownInGroup = 0;
                hiddenInGroup = 0;
                out.println("    group " + (group.isEmpty() ? "(none)" : "\"" + group + "\"") + ":");
            }
            if (!allWeights && shownInGroup == WEIGHTS_SHOWN_PER_GROUP) {
                hiddenInGroup++;
                continue;
            }
            shownInGroup++;
            out.println("      " + definition.id() + (definition.description().isEmpty() ? ""
                    : ": " + definition.description()));
        }
        printHidden(hiddenInGroup, out);
    }

    private static void printHidden(int hidden, PrintStream out) {
        if (hidden > 0) {
            out.println("      ... and " + hidden + " more (--all-weights lists them)");
        }
    }
}
