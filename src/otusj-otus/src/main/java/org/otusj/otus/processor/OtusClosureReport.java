package org.otusj.otus.processor;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otusj.aida.stats.KolmogorovSmirnov;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.metrics.ClosureMetrics;
import org.otusj.otus.model.Json;
import org.otusj.otus.metrics.ClosureReport;
import org.otusj.otus.metrics.SlicedWasserstein;
import org.otusj.otus.metrics.SlicedWassersteinComparison;
import org.otusj.otus.metrics.WindowStatistics;
import org.otusj.otus.metrics.ZeeObservables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the fast simulation with the detector on the events it sees (run it on selected events not
 * used for training) and prints the sliced-Wasserstein distances, Kolmogorov-Smirnov distances and
 * invariant-mass window statistics, beside the statistical floor and the identity baseline (the
 * undetected z). Writes the same report as text and JSON.
 *
 * <p>Sliced-Wasserstein distances come in two forms. Unpaired, as the OTUS paper evaluates: the fast
 * sim, the detector and z of even events, each against the detector on odd events, so the floor is a
 * truly independent detector sample. Same events: the fast sim, a redrawn detector sample
 * ({@code ReplicaCollection}, a CardDetector with RequiredElectrons set) and z of all events, each against
 * the detector on the same events. On a few hundred events the unpaired distances barely separate a
 * detector from none; the invariant-mass window is the sensitive check.
 */
@ProcessorInfo(description = "Prints and writes the OTUS closure metrics: fast sim against detector, with the "
        + "statistical floor and the identity baseline.")
public final class OtusClosureReport implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusClosureReport.class);
    private static final Gson GSON = Json.GSON;

    @ProcessorParameter(description = "Study layout: zee.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z.")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collection of the detector response (the reference sample).")
    private String detectorCollection = "Electrons";

    @ProcessorParameter(description = "Collection of a second detector response of the same events, redrawn until "
            + "accepted (CardDetector with RequiredElectrons); empty for none.")
    private String replicaCollection = "ElectronsReplica";

    @ProcessorParameter(description = "Collection of the fast-simulation output.")
    private String fastSimCollection = "FastSimElectrons";

    @ProcessorParameter(description = "Random directions L of the sliced-Wasserstein distance.")
    private int slices = 1000;

    @ProcessorParameter(description = "Invariant-mass window [low high] in GeV.")
    private List<Double> massWindow = new ArrayList<>(List.of(80.0, 100.0));

    @ProcessorParameter(description = "Report file, relative to OutputDirectory; a .json file of the same name "
            + "is written beside it.")
    private Path outputFile = Path.of("closure-report.txt");

    private EventLayout truth;
    private EventLayout detector;
    private EventLayout replica;
    private EventLayout fastSim;
    private Path textFile;
    private long seed;
    private final List<double[]> truthRows = new ArrayList<>();
    private final List<double[]> detectorRows = new ArrayList<>();
    private final List<double[]> replicaRows = new ArrayList<>();
    private final List<double[]> fastSimRows = new ArrayList<>();
    private final List<double[]> evenDetector = new ArrayList<>();
    private final List<double[]> evenTruth = new ArrayList<>();
    private final List<double[]> evenFastSim = new ArrayList<>();
    private final List<double[]> oddDetector = new ArrayList<>();
    private long skippedEvents;
    private ClosureMetrics metrics;

    @Override
    public void init(ProcessorContext context) throws IOException {
        if (massWindow.size() != 2 || !(massWindow.get(0) < massWindow.get(1))) {
            throw new IllegalArgumentException("MassWindow of " + context.processorName()
                    + " needs two values low < high in GeV, found " + massWindow);
        }
        if (slices < 1) {
            throw new IllegalArgumentException("Slices must be at least 1, found " + slices);
        }
        truth = StudyLayouts.truth(study, truthCollection);
        detector = StudyLayouts.reco(study, detectorCollection);
        replica = replicaCollection.isBlank() ? null : StudyLayouts.reco(study, replicaCollection);
        fastSim = StudyLayouts.reco(study, fastSimCollection);
        textFile = context.outputPath(outputFile.toString());
        seed = context.seed();
    }

    @Override
    public void processEvent(Event event) {
        Optional<double[]> x = detector.extract(event);
        Optional<double[]> z = truth.extract(event);
        Optional<double[]> simulated = fastSim.extract(event);
        if (x.isEmpty() || z.isEmpty() || simulated.isEmpty()) {
            skippedEvents++;
            return;
        }
        detectorRows.add(x.get());
        truthRows.add(z.get());
        fastSimRows.add(simulated.get());
        if (replica != null) {
            replica.extract(event).ifPresent(replicaRows::add);
        }

        if (event.eventNumber() % 2 == 0) {
            evenDetector.add(x.get());
            evenTruth.add(z.get());
            evenFastSim.add(simulated.get());
        } else {
            oddDetector.add(x.get());
        }
    }

    @Override
    public void end() throws IOException {
        if (skippedEvents > 0) {
            LOG.warn("{} events lacked a selected detector, truth or fast-sim vector and were left out; run "
                    + "OtusSelection before this processor", skippedEvents);
        }
        if (detectorRows.isEmpty()) {
            throw new IllegalStateException("no selected events to compare: check the collections "
                    + detectorCollection + ", " + truthCollection + " and " + fastSimCollection);
        }
        metrics = compute();
        String report = ClosureReport.format(metrics);
        System.out.println();
        System.out.print(report);
        writeAtomically(textFile, report);
        writeAtomically(jsonFile(textFile), GSON.toJson(metrics));
        LOG.info("Wrote closure report to {}", textFile);
    }

    /** The metrics of the last run, available after {@link #end()}. */
    public ClosureMetrics metrics() {
        return metrics;
    }

    private ClosureMetrics compute() {
        double[][] det = detectorRows.toArray(new double[0][]);
        double[][] fast = fastSimRows.toArray(new double[0][]);
        double[][] z = truthRows.toArray(new double[0][]);
        double[][] rep = replicaRows.toArray(new double[0][]);
        double[][] directions = SlicedWasserstein.directions(det[0].length, slices, seed);

        Map<String, Integer> events = new LinkedHashMap<>();
        events.put("detector", det.length);
        events.put("fastsim", fast.length);
        events.put("replica", rep.length);
        events.put("truth", z.length);

        SlicedWassersteinComparison unpaired = new SlicedWassersteinComparison(oddDetector.size(), evenDetector.size(),
                SlicedWasserstein.distance(rows(evenFastSim), rows(oddDetector), directions),
                SlicedWasserstein.distance(rows(evenDetector), rows(oddDetector), directions),
                SlicedWasserstein.distance(rows(evenTruth), rows(oddDetector), directions));
        SlicedWassersteinComparison sameZ = new SlicedWassersteinComparison(det.length, fast.length,
                SlicedWasserstein.distance(fast, det, directions),
                rep.length > 0 ? SlicedWasserstein.distance(rep, det, directions) : Double.NaN,
                SlicedWasserstein.distance(z, det, directions));

        Map<String, Double> ksFast = new LinkedHashMap<>();
        Map<String, Double> ksIdentity = new LinkedHashMap<>();
        Map<String, Double> ksFloor = new LinkedHashMap<>();
        for (int q = 0; q < ZeeObservables.NAMES.size(); q++) {
            String name = ZeeObservables.NAMES.get(q);
            double[] reference = ZeeObservables.column(det, q);
            ksFast.put(name, KolmogorovSmirnov.distance(ZeeObservables.column(fast, q), reference));
            ksIdentity.put(name, KolmogorovSmirnov.distance(ZeeObservables.column(z, q), reference));
            if (rep.length > 0) {
                ksFloor.put(name, KolmogorovSmirnov.distance(ZeeObservables.column(rep, q), reference));
            }
        }

        int mass = ZeeObservables.NAMES.indexOf("pair_mass");
        double low = massWindow.get(0);
        double high = massWindow.get(1);
        Map<String, WindowStatistics> window = new LinkedHashMap<>();
        window.put("detector", WindowStatistics.of(ZeeObservables.column(det, mass), low, high));
        window.put("fastsim", WindowStatistics.of(ZeeObservables.column(fast, mass), low, high));
        window.put("truth", WindowStatistics.of(ZeeObservables.column(z, mass), low, high));
        if (rep.length > 0) {
            window.put("replica", WindowStatistics.of(ZeeObservables.column(rep, mass), low, high));
        }
        return new ClosureMetrics(events, slices, unpaired, sameZ, ksFast, ksIdentity, ksFloor, window, low, high);
    }

    private static double[][] rows(List<double[]> list) {
        if (list.isEmpty()) {
            throw new IllegalStateException("an unpaired comparison needs selected test events with both even and odd "
                    + "event numbers");
        }
        return list.toArray(new double[0][]);
    }

    private static Path jsonFile(Path text) {
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return text.resolveSibling(base + ".json");
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write(content);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
