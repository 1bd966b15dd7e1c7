package org.otusj.jas3.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The POWHEG Z to e+e- example of the repository (100 events) and a steering file that histograms it,
 * with an independent count of its positrons read straight from the LHE text.
 */
public final class LheExample {

    private LheExample() {
    }

    /** Returns {@code lhe-examples/powheg-box-v2-Z.lhe} of the repository named by {@code otusj.root}. */
    public static Path file() {
        String root = System.getProperty("otusj.root");
        if (root == null) {
            throw new IllegalStateException("system property otusj.root is not set; run the tests with Maven");
        }
        return Path.of(root, "lhe-examples", "powheg-box-v2-Z.lhe").toAbsolutePath();
    }

    /**
     * Returns the number of events among the first {@code events} of the file that hold a final-state
     * (status 1) positron (PDG id -11), counted from the particle lines of each {@code <event>} block.
     */
    public static int eventsWithPositron(int events) throws IOException {
        List<String> lines = Files.readAllLines(file());
        int seen = 0;
        int withPositron = 0;
        boolean inEvent = false;
        boolean found = false;
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("<event")) {
                if (seen == events) {
                    break;
                }
                inEvent = true;
                found = false;
                seen++;
            } else if (trimmed.startsWith("</event>")) {
                inEvent = false;
                withPositron += found ? 1 : 0;
            } else if (inEvent) {
                String[] fields = trimmed.split("\\s+");
                found |= fields.length > 2 && fields[0].equals("-11") && fields[1].equals("1");
            }
        }
        return withPositron;
    }

    /**
     * Writes a steering file that reads {@code maxEvents} events of the example and histograms the
     * generator positrons into {@code outputDirectory/outputFile}.
     */
    public static Path writeSteering(Path steeringFile, Path outputDirectory, int maxEvents, String outputFile)
            throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <otusj>
                  <execute>
                    <processor name="Reader"/>
                    <processor name="Histograms"/>
                  </execute>
                  <global>
                    <parameter name="InputFiles" value="%s"/>
                    <parameter name="MaxEvents" value="%d"/>
                    <parameter name="OutputDirectory" value="%s"/>
                  </global>
                  <processor name="Reader" type="LheReader"/>
                  <processor name="Histograms" type="ParticleHistograms">
                    <parameter name="Collections" value="MCParticles"/>
                    <parameter name="OutputFile" value="%s"/>
                  </processor>
                </otusj>
                """.formatted(file(), maxEvents, outputDirectory.toAbsolutePath(), outputFile);
        return Files.writeString(steeringFile, xml);
    }
}
