package org.otusj.otus.processor;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otusj.aida.io.AtomicFile;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.FinalStateLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.layout.VectorLayout;
import org.otusj.otus.metrics.ClosureGoals;
import org.otusj.otus.metrics.ClosureMetrics;
import org.otusj.otus.metrics.ClosureReport;
import org.otusj.otus.metrics.PaperMetrics;
import org.otusj.otus.metrics.ProjectionStatistics;
import org.otusj.otus.metrics.RedrawDistances;
import org.otusj.otus.metrics.ResolutionTable;
import org.otusj.otus.metrics.SameZBootstrap;
import org.otusj.otus.metrics.SameZComparison;
import org.otusj.otus.metrics.SameZSamples;
import org.otusj.otus.metrics.SlicedWasserstein;
import org.otusj.otus.metrics.TransportPlots;
import org.otusj.otus.metrics.WindowStatistics;
import org.otusj.otus.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OTUS closure test on selected events not used for training: compares the fast simulation with the
 * detector whose truth is known, prints the results and writes them as text and JSON.
 *
 * <ul>
 *   <li>Same z: {@code Draws} = K decoder samples of each test z ({@code FastSimCollection} and its
 *       {@code _1 .. _K-1} draws) against K detector responses (draws 0 .. K-1 of
 *       {@code ReplicaCollection}, a CardDetector redrawn until accepted) and K more (draws K .. 2K-1),
 *       repeated for {@code Redraws} = R sets of draws (fast-sim draws rK onwards, replica draws 2rK
 *       onwards). It gives R_same from the distances averaged over the redraws, projections (chi2, KS,
 *       Wasserstein), resolutions in bins of true positron energy, the invariant-mass window, and the
 *       closure criteria of {@link ClosureGoals}.</li>
 *   <li>Unpaired, as the OTUS paper evaluates: decoder, chain and encoder distances from even test
 *       events against the reference from odd ones, with the floors of two independent samples.</li>
 * </ul>
 */
@ProcessorInfo(description = "Closure test of the OTUS fast simulation against the detector: same-z transfer functions, "
        + "resolutions, invariant mass, and the paper's unpaired distances.")
public final class OtusClosureReport implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusClosureReport.class);
    private static final Gson GSON = Json.GSON;
    private static final int ELECTRON = 0;
    private static final int POSITRON = 1;
    private static final int MIN_BOOTSTRAP_REPLICAS = 10;
    /** Samples per redraw that the R_same criterion is set for: at least 10,000 (docs/otus.md, closure test). */
    private static final int CRITERION_SAMPLES = 10_000;

    @ProcessorParameter(description = "Study layout: zee or ttbar.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z.")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collection of the detector response that selected the event (reference of the "
            + "unpaired distances).")
    private String detectorCollection = "Electrons";

    @ProcessorParameter(description = "Collection of detector responses redrawn until accepted; draws 0 .. 2KR-1 are "
            + "read (names with _1, _2, ... for the extra draws).")
    private String replicaCollection = "ElectronsReplica";

    @ProcessorParameter(description = "Collection of the fast-simulation output; draws 0 .. KR-1 are read.")
    private String fastSimCollection = "FastSimElectrons";

    @ProcessorParameter(description = "Collection of OtusUnfold's output E(x), for the encoder distance; empty to skip.")
    private String unfoldCollection = "";

    @ProcessorParameter(description = "Collection of D(E(x)) (OtusFastSim on the unfolded particles), for the chain "
            + "distance; empty to skip.")
    private String chainCollection = "";

    @ProcessorParameter(description = "Samples K per test event for the same-z comparison.")
    private int draws = 1;

    @ProcessorParameter(description = "Redraws R of the same-z comparison: each redraw compares its own K samples "
            + "per event of D, Det and Det', and R_same divides the mean distances over the redraws. More than 1 "
            + "averages out the draw noise of distances in GeV^2 (docs/otus.md).")
    private int redraws = 1;

    @ProcessorParameter(description = "Random directions L of every sliced-Wasserstein distance.")
    private int slices = 1000;

    @ProcessorParameter(description = "Resamplings of the test events, with replacement, for the bootstrap intervals "
            + "of R_same (16th to 84th percentile); 0 for none, else at least 10.")
    private int bootstrapReplicas = 100;

    @ProcessorParameter(description = "Random directions of each bootstrap resampling: the first BootstrapSlices of "
            + "the Slices directions, so at most Slices. Fewer than Slices keep the bootstrap fast.")
    private int bootstrapSlices = 100;

    @ProcessorParameter(description = "Window [low high] in GeV of the invariant mass of all objects (the e+e- mass "
            + "for zee).")
    private List<Double> massWindow = new ArrayList<>(List.of(80.0, 100.0));

    @ProcessorParameter(description = "Directory for transport plots (PNG, SVG, PDF and an AIDA file of the 2-D "
            + "histograms), relative to OutputDirectory; empty for none.")
    private String transportPlots = "";

    @ProcessorParameter(description = "Report file, relative to OutputDirectory; a .json file of the same name is "
            + "written beside it.")
    private Path outputFile = Path.of("closure-report.txt");

    private EventLayout truth;
    private EventLayout detector;
    private final List<EventLayout> fastSimDraws = new ArrayList<>();
    private final List<EventLayout> replicaDraws = new ArrayList<>();
    private EventLayout unfold;
    private EventLayout chain;
    private VectorLayout recoLayout;
    private Path textFile;
    private Path transportDirectory;
    private long seed;
    private ClosureMetrics metrics;
    private long events;
    private long skipped;

    private SameZSamples same;
    private final List<double[]> evenFast = new ArrayList<>();
    private final List<double[]> evenDetector = new ArrayList<>();
    private final List<double[]> evenTruth = new ArrayList<>();
    private final List<double[]> evenUnfold = new ArrayList<>();
    private final List<double[]> evenChain = new ArrayList<>();
    private final List<double[]> oddDetector = new ArrayList<>();
    private final List<double[]> oddTruth = new ArrayList<>();

    /**
     * Declares every collection the report reads, the K R fast-sim and 2K R replica draws among them, so
     * that too few draws for {@code Draws} and {@code Redraws} stop the run before the first event.
     */
    @Override
    public Set<String> inputCollections() {
        Set<String> inputs = new LinkedHashSet<>(StudyLayouts.drawNames(truthCollection, 1));
        inputs.addAll(StudyLayouts.drawNames(detectorCollection, 1));
        inputs.addAll(StudyLayouts.drawNames(fastSimCollection, draws * redraws));
        inputs.addAll(StudyLayouts.drawNames(replicaCollection, 2 * draws * redraws));
        inputs.addAll(StudyLayouts.drawNames(unfoldCollection, 1));
        inputs.addAll(StudyLayouts.drawNames(chainCollection, 1));
        return inputs;
    }

    /** Checks the parameters and the study layouts, as init does, for dry runs. */
    @Override
    public void checkConfiguration(ProcessorContext context) {
        checkParameters(context.processorName());
        StudyLayouts.truth(study, truthCollection);
        StudyLayouts.reco(study, detectorCollection);
    }

    private void checkParameters(String name) {
        List<String> errors = new ArrayList<>();
        if (massWindow.size() != 2 || !(massWindow.get(0) < massWindow.get(1))) {
            errors.add("MassWindow needs two values low < high in GeV, found " + massWindow);
        }
        if (slices < 1) {
            errors.add("Slices must be at least 1, found " + slices);
        }
        if (draws < 1) {
            errors.add("Draws must be at least 1, found " + draws);
        }
        if (redraws < 1) {
            errors.add("Redraws must be at least 1, found " + redraws);
        }
        // With a handful of replicas the percentiles are set by the most extreme ones. 10 is a floor, 100 the default.
        if (bootstrapReplicas != 0 && bootstrapReplicas < MIN_BOOTSTRAP_REPLICAS) {
            errors.add("BootstrapReplicas must be 0 (no intervals) or at least " + MIN_BOOTSTRAP_REPLICAS + ", found "
                    + bootstrapReplicas);
        }
        if (bootstrapSlices < 1 || bootstrapSlices > slices) {
            errors.add("BootstrapSlices must be between 1 and Slices (" + slices + "), found " + bootstrapSlices);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("processor '" + name + "' (OtusClosureReport): " + String.join("; ", errors));
        }
    }

    @Override
    public void init(ProcessorContext context) throws IOException {
        checkParameters(context.processorName());
        truth = StudyLayouts.truth(study, truthCollection);
        detector = StudyLayouts.reco(study, detectorCollection);
        recoLayout = StudyLayouts.recoLayout(study);

        // Layouts are built once here: the per-event loop reads up to 3KR collections.
        for (int k = 0; k < draws * redraws; k++) {
            fastSimDraws.add(StudyLayouts.reco(study, StudyLayouts.withDraw(fastSimCollection, k)));
        }
        for (int k = 0; k < 2 * draws * redraws; k++) {
            replicaDraws.add(StudyLayouts.reco(study, StudyLayouts.withDraw(replicaCollection, k)));
        }
        unfold = unfoldCollection.isBlank() ? null : new FinalStateLayout(truth.vectorLayout(), unfoldCollection);
        chain = chainCollection.isBlank() ? null : StudyLayouts.reco(study, chainCollection);
        textFile = context.outputPath(outputFile.toString());
        transportDirectory = transportPlots.isBlank() ? null : context.outputPath(transportPlots);
        seed = context.seed();
        same = new SameZSamples(redraws);
    }

    @Override
    public void processEvent(Event event) {
        Optional<double[]> x = detector.extract(event);
        Optional<double[]> z = truth.extract(event);
        if (x.isEmpty() || z.isEmpty()) {
            skipped++;
            return;
        }
        events++;
        collectSameZ(event, z.get());
        if (event.eventNumber() % 2 == 0) {
            evenDetector.add(x.get());
            evenTruth.add(z.get());
            fastSimDraws.get(0).extract(event).ifPresent(evenFast::add);
            if (unfold != null) {
                unfold.extract(event).ifPresent(evenUnfold::add);
            }
            if (chain != null) {
                chain.extract(event).ifPresent(evenChain::add);
            }
        } else {
            oddDetector.add(x.get());
            oddTruth.add(z.get());
        }
    }

    /**
     * Redraw r reads fast-sim draws rK .. rK+K-1, and replica draws 2rK .. 2rK+K-1 as Det and the next K
     * as Det'; with one redraw that is draws 0 .. K-1 and 0 .. 2K-1.
     */
    private void collectSameZ(Event event, double[] z) {
        int index = same.addEvent();
        for (int redraw = 0; redraw < redraws; redraw++) {
            int r = redraw;
            for (int k = 0; k < draws; k++) {
                int fast = r * draws + k;
                int det = 2 * r * draws + k;
                fastSimDraws.get(fast).extract(event).ifPresent(row -> same.addFast(r, row, z, index));
                replicaDraws.get(det).extract(event).ifPresent(row -> same.addDetector(r, row, z, index));
                replicaDraws.get(det + draws).extract(event).ifPresent(row -> same.addFloor(r, row, z, index));
            }
        }
    }

    @Override
    public void end() throws IOException {
        if (skipped > 0) {
            LOG.warn("{} events lacked a selected detector or truth vector and were left out; run OtusSelection before "
                    + "this processor", skipped);
        }
        int incomplete = same.firstIncompleteRedraw();
        if (incomplete >= 0) {
            throw new IllegalStateException("no same-z samples to compare in redraw " + incomplete + " (" + same.counts()
                    + " over all redraws); check " + fastSimCollection + ", " + replicaCollection + ", Draws and "
                    + "Redraws (the collections need K x Redraws and 2K x Redraws draws)");
        }
        SameZSamples.Pooled pooled = same.pooled();
        metrics = compute(pooled);
        String report = ClosureReport.format(metrics);
        System.out.println();
        System.out.print(report);
        writeAtomically(textFile, report);
        writeAtomically(jsonFile(textFile), json(metrics));
        LOG.info("Wrote closure report to {}", textFile);
        if (transportDirectory != null) {
            TransportPlots.write(transportDirectory, recoLayout.columnNames(), pooled.fast(), pooled.fastTruth(),
                    pooled.detector(), pooled.detectorTruth());
            LOG.info("Wrote transport plots to {}", transportDirectory);
        }
    }

    /** The metrics of the last run, available after {@link #end()}. */
    public ClosureMetrics metrics() {
        return metrics;
    }

    /** Computes every metric; projections, resolutions and the mass window use the samples of all redraws. */
    private ClosureMetrics compute(SameZSamples.Pooled pooled) {
        double[][] directions = SlicedWasserstein.directions(recoLayout.dimension(), slices, seed);
        double[][] fast = pooled.fast();
        double[][] det = pooled.detector();
        double[][] floor = pooled.floor();
        double[][] identity = pooled.detectorTruth();
        double[][] fastTruth = pooled.fastTruth();

        SameZComparison sameZ = sameZ(directions);

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("events", (int) events);
        counts.put("even", evenDetector.size());
        counts.put("odd", oddDetector.size());
        counts.put("fastsim", fast.length);
        counts.put("detector", det.length);
        counts.put("floor", floor.length);

        Map<String, ProjectionStatistics> projections = new LinkedHashMap<>();
        Map<String, ProjectionStatistics> projectionFloor = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(recoLayout.columnNames());
        names.add(massName());
        for (int q = 0; q < names.size(); q++) {
            double[] reference = projection(det, q);
            projections.put(names.get(q), ProjectionStatistics.compare(projection(fast, q), reference));
            projectionFloor.put(names.get(q), ProjectionStatistics.compare(projection(floor, q), reference));
        }

        double low = massWindow.get(0);
        double high = massWindow.get(1);
        int mass = names.size() - 1;
        Map<String, WindowStatistics> window = new LinkedHashMap<>();
        window.put("fastsim", WindowStatistics.of(projection(fast, mass), low, high));
        window.put("detector", WindowStatistics.of(projection(det, mass), low, high));
        window.put("detector2", WindowStatistics.of(projection(floor, mass), low, high));
        window.put("truth", WindowStatistics.of(projection(identity, mass), low, high));

        // The resolution tables follow the positron of Z -> ee; other studies are judged on R_same and the
        // projections only.
        boolean zee = StudyLayouts.ZEE.equalsIgnoreCase(study);
        List<ResolutionTable> resolutions = zee ? resolutions(fast, fastTruth, det, identity) : List.of();
        ClosureGoals goals = ClosureGoals.judge(sameZ, resolutions, window.get("fastsim"), window.get("detector"), zee);
        Map<String, Double> cosine = new LinkedHashMap<>();
        cosine.put("fastsim", meanCosineDistance(fast, fastTruth));
        cosine.put("detector", meanCosineDistance(det, identity));
        return new ClosureMetrics(counts, slices, paperMetrics(directions), sameZ, projections, projectionFloor,
                resolutions, window, low, high, goals, cosine);
    }

    private SameZComparison sameZ(double[][] directions) {
        List<SameZBootstrap.Redraw> samples = new ArrayList<>();
        List<RedrawDistances> distances = new ArrayList<>();
        for (int r = 0; r < redraws; r++) {
            SameZBootstrap.Redraw redraw = same.redraw(r);
            samples.add(redraw);
            distances.add(RedrawDistances.of(redraw, directions));
        }
        int samplesPerRedraw = samples.get(0).detector().rows().length;
        if (samplesPerRedraw < CRITERION_SAMPLES) {
            // The floor shrinks with the sample size while a systematic difference does not, so R_same of smaller
            // samples is closer to 1 and the criterion easier to meet.
            LOG.warn("Each redraw compares {} samples of D, Det and Det', fewer than the {} the R_same criterion is set "
                    + "for; raise Draws (K, now {}) and the draws of {} and {} with it", samplesPerRedraw,
                    CRITERION_SAMPLES, draws, fastSimCollection, replicaCollection);
        }
        if (bootstrapReplicas == 0) {
            return new SameZComparison(draws, samplesPerRedraw, distances, null, null);
        }

        SameZBootstrap.Intervals intervals = SameZBootstrap.intervals(samples, same.events(),
                Arrays.copyOf(directions, Math.min(bootstrapSlices, directions.length)), bootstrapReplicas, seed + 2);
        return new SameZComparison(draws, samplesPerRedraw, distances, intervals.ratio(), intervals.identityRatio());
    }

    /** Name of the invariant mass of all objects: the e+e- mass for Z -> ee. */
    private String massName() {
        return StudyLayouts.ZEE.equalsIgnoreCase(study) ? "pair_mass" : "visible_mass";
    }

    private PaperMetrics paperMetrics(double[][] directions) {
        double[][] reference = rows(oddDetector);
        double[][] zDirections = SlicedWasserstein.directions(truth.vectorLayout().dimension(), slices, seed + 1);
        double chain = evenChain.isEmpty() ? Double.NaN
                : SlicedWasserstein.distance(rows(evenChain), reference, directions);
        double encoder = evenUnfold.isEmpty() ? Double.NaN
                : SlicedWasserstein.distance(rows(evenUnfold), rows(oddTruth), zDirections);
        return new PaperMetrics(SlicedWasserstein.distance(rows(evenFast), reference, directions), chain, encoder,
                SlicedWasserstein.distance(rows(evenDetector), reference, directions),
                SlicedWasserstein.distance(rows(evenTruth), rows(oddTruth), zDirections),
                SlicedWasserstein.distance(rows(evenTruth), reference, directions));
    }

    private static List<ResolutionTable> resolutions(double[][] fast, double[][] fastTruth, double[][] det,
            double[][] detTruth) {
        List<ResolutionTable> tables = new ArrayList<>();
        double[] fastEnergy = trueEnergy(fastTruth);
        double[] detEnergy = trueEnergy(detTruth);
        tables.add(ResolutionTable.of("(E - E_z)/E_z of the positron", fastEnergy, relative(fast, fastTruth, false),
                detEnergy, relative(det, detTruth, false), ClosureGoals.RESOLUTION_TOLERANCE, 0, ClosureGoals.MIN_BIN_SAMPLES));
        tables.add(ResolutionTable.of("(pT - pT_z)/pT_z of the positron", fastEnergy, relative(fast, fastTruth, true),
                detEnergy, relative(det, detTruth, true), ClosureGoals.RESOLUTION_TOLERANCE, 0, ClosureGoals.MIN_BIN_SAMPLES));
        // The angle is the positron's, like the other two tables and the bins, so that all three describe one particle.
        tables.add(ResolutionTable.of("the positron angle to the true direction [rad]", fastEnergy, angle(fast, fastTruth),
                detEnergy, angle(det, detTruth), ClosureGoals.RESOLUTION_TOLERANCE, ClosureGoals.ANGLE_FLOOR,
                ClosureGoals.MIN_BIN_SAMPLES));
        return tables;
    }

    /** Mean of 1 - cos(angle) between the electron of each row and of its true z. */
    private static double meanCosineDistance(double[][] rows, double[][] truthRows) {
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            double cos = VectorLayout.momentum(rows[i], ELECTRON).cosAngle(VectorLayout.momentum(truthRows[i], ELECTRON));
            // Rounding can put cos a few ulps above 1 for equal directions; the distance is never negative.
            sum += Math.max(0, 1 - cos);
        }
        return sum / rows.length;
    }

    private static double[] trueEnergy(double[][] truthRows) {
        double[] values = new double[truthRows.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = VectorLayout.momentum(truthRows[i], POSITRON).e();
        }
        return values;
    }

    private static double[] relative(double[][] rows, double[][] truthRows, boolean transverse) {
        double[] values = new double[rows.length];
        for (int i = 0; i < values.length; i++) {
            FourVector measured = VectorLayout.momentum(rows[i], POSITRON);
            FourVector expected = VectorLayout.momentum(truthRows[i], POSITRON);
            values[i] = transverse ? (measured.pt() - expected.pt()) / expected.pt()
                    : (measured.e() - expected.e()) / expected.e();
        }
        return values;
    }

    private static double[] angle(double[][] rows, double[][] truthRows) {
        double[] values = new double[rows.length];
        for (int i = 0; i < values.length; i++) {
            double cos = VectorLayout.momentum(rows[i], POSITRON).cosAngle(VectorLayout.momentum(truthRows[i], POSITRON));
            values[i] = Math.acos(Math.max(-1, Math.min(1, cos)));
        }
        return values;
    }

    /** Column q of the vectors, or the invariant mass of all objects for q equal to the vector dimension. */
    private static double[] projection(double[][] rows, int q) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (q < rows[i].length) {
                values[i] = rows[i][q];
                continue;
            }
            FourVector sum = FourVector.ZERO;
            for (int slot = 0; slot < rows[i].length / 4; slot++) {
                sum = sum.plus(VectorLayout.momentum(rows[i], slot));
            }
            values[i] = sum.mass();
        }
        return values;
    }

    private static double[][] rows(List<double[]> list) {
        if (list.isEmpty()) {
            throw new IllegalStateException("a closure comparison needs selected test events with both even and odd "
                    + "event numbers");
        }
        return list.toArray(new double[0][]);
    }

    /**
     * Returns the metrics as JSON. The same-z block derives its mean distances and both R_same values from
     * the redraws' distances, so they are added to it here: a reader of the file should not have to average
     * or divide.
     */
    static String json(ClosureMetrics metrics) {
        JsonObject tree = GSON.toJsonTree(metrics).getAsJsonObject();
        JsonObject sameZ = tree.getAsJsonObject("sameZ");
        sameZ.addProperty("fastSim", metrics.sameZ().fastSim());
        sameZ.addProperty("floor", metrics.sameZ().floor());
        sameZ.addProperty("identity", metrics.sameZ().identity());
        sameZ.addProperty("ratio", metrics.sameZ().ratio());
        sameZ.addProperty("identityRatio", metrics.sameZ().identityRatio());
        return GSON.toJson(tree);
    }

    private static Path jsonFile(Path text) {
        String name = text.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return text.resolveSibling(base + ".json");
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        AtomicFile.write(file, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
