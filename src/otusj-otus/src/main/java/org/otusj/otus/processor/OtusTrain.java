package org.otusj.otus.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.otusj.core.event.Event;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.otusj.otus.layout.EventLayout;
import org.otusj.otus.layout.StudyLayouts;
import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.SampleSource;
import org.otusj.otus.model.NoiseKind;
import org.otusj.otus.model.OtusModel;
import org.otusj.otus.model.ResidualMode;
import org.otusj.otus.train.GeneratorSettings;
import org.otusj.otus.train.OtusTrainer;
import org.otusj.otus.train.PhaseKind;
import org.otusj.otus.train.SliceLoss;
import org.otusj.otus.train.TrainingData;
import org.otusj.otus.train.TrainingPhase;
import org.otusj.otus.train.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects unpaired training samples and trains an OTUS model at the end of the run.
 *
 * <p>Events with an even event number give z (parton level), taken only if the event's reconstruction in
 * {@code RecoCollection} passes the selection (whose values are then never used). Events with an odd
 * number give x: one from {@code RecoCollection} and one from each of its {@code ExtraRecoDraws} further
 * detector draws that passes the selection. With {@code SharedEvents} every selected event gives both, as
 * in the OTUS paper, which took z and x from the two levels of one simulated sample: the two samples are still
 * shuffled and batched apart and the losses compare distributions only, so no pair is formed. No (z, x)
 * pair from one event is used, unless {@code PairedEvents} requests a semi-supervised run: then the first
 * selected events give pairs for the paired losses and nothing else.
 *
 * <p>The schedule runs, in order and each only with epochs above 0: encoder-only SW(Z, E(X)), decoder-only
 * SW(X, D(Z)), the joint loss with anchors, the joint loss without anchors, and decoder fine-tuning with
 * the encoder frozen at {@code FineTuneLearningRate}. Defaults follow the Z to e+e- study of Howard et
 * al., Sci. Rep. 12, 7567 (2022), except where the parameter descriptions say otherwise.
 */
@ProcessorInfo(description = "Trains an OTUS model on unpaired samples, z from even and x from odd events or both "
        + "from every event, and saves it at the end of the run.")
public final class OtusTrain implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(OtusTrain.class);

    /** System property set by 'otusj run --resume'. */
    public static final String RESUME_PROPERTY = "otusj.resume";

    @ProcessorParameter(description = "Study layout: zee or ttbar.")
    private String study = StudyLayouts.ZEE;

    @ProcessorParameter(description = "Collection of generator particles giving z.")
    private String truthCollection = "MCParticles";

    @ProcessorParameter(description = "Collections of reconstructed objects giving x ('Electrons' for zee, "
            + "'Electrons MissingET Jets' for ttbar); its selection also decides which events give z.")
    private String recoCollection = "Electrons";

    @ProcessorParameter(description = "Further detector draws of the same events to read (CardDetector ExtraDraws: "
            + "collections with _1 ... _n appended), each giving one more x per event that gives x (odd events, or "
            + "every event with SharedEvents) where it passes the selection.")
    private int extraRecoDraws = 0;

    @ProcessorParameter(description = "Directory the model is saved to, relative to OutputDirectory; checkpoints go "
            + "to the same name with '.checkpoint' appended.")
    private Path modelDirectory = Path.of("zee-model");

    @ProcessorParameter(description = "Epochs of encoder-only training on SW(Z, E(X)) before the joint phases.")
    private int encoderPretrainEpochs = 0;

    @ProcessorParameter(description = "Epochs of decoder-only training on SW(X, D(Z)) before the joint phases.")
    private int decoderPretrainEpochs = 0;

    @ProcessorParameter(description = "Epochs of the joint loss with the anchor losses on.")
    private int epochsWithAnchor = 80;

    @ProcessorParameter(description = "Epochs of the joint loss with the anchor losses off.")
    private int epochsWithoutAnchor = 800;

    @ProcessorParameter(description = "Epochs of decoder fine-tuning on SW(X, D(Z)) with the encoder frozen.")
    private int fineTuneEpochs = 0;

    @ProcessorParameter(description = "Adam learning rate of the fine-tuning phase.")
    private double fineTuneLearningRate = 1e-4;

    @ProcessorParameter(description = "Events per batch M; capped at the smaller sample. The paper used 20,000 on "
            + "samples of 330,000 events.")
    private int batchSize = 256;

    @ProcessorParameter(description = "Random directions L of the sliced-Wasserstein losses. The paper used 1,000; "
            + "128 keeps a CPU step at a few milliseconds.")
    private int slices = 128;

    @ProcessorParameter(description = "Weight lambda of the latent sliced-Wasserstein loss (paper: 1 for Z to ee, "
            + "20 for ttbar).")
    private double lambda = 1.0;

    @ProcessorParameter(description = "Weight beta_E of the encoder-side anchor loss in the anchored phase.")
    private double betaEncoder = 50.0;

    @ProcessorParameter(description = "Weight beta_D of the decoder-side anchor loss in the anchored phase.")
    private double betaDecoder = 50.0;

    @ProcessorParameter(description = "Adam learning rate of every phase but fine-tuning.")
    private double learningRate = 1e-3;

    @ProcessorParameter(description = "Core network of the encoder: MLP (Z to ee study) or RESNET (ttbar study).")
    private Architecture encoderArchitecture = Architecture.MLP;

    @ProcessorParameter(description = "Core network of the decoder: MLP or RESNET.")
    private Architecture decoderArchitecture = Architecture.MLP;

    @ProcessorParameter(description = "Noise of the encoder: CONDITIONAL (Gaussian from a noise network) or STANDARD "
            + "(N(0, I)).")
    private NoiseKind encoderNoise = NoiseKind.CONDITIONAL;

    @ProcessorParameter(description = "Noise of the decoder: CONDITIONAL or STANDARD.")
    private NoiseKind decoderNoise = NoiseKind.CONDITIONAL;

    @ProcessorParameter(description = "Hidden units of every network (H of the MLP, K of the residual core).")
    private int hiddenUnits = 128;

    @ProcessorParameter(description = "How each generator's output relates to its input: NONE, VECTOR (a correction "
            + "added to the input three-momenta; paper: ttbar only), SCALE (each input momentum times exp of a learned "
            + "number, directions kept), RESPONSE (each object scaled by its own response, from one small network of "
            + "its momentum, |eta| and a noise draw) or RESPONSE_TAIL (the same, and a learned share of the objects "
            + "gets a learned extra shift, for responses with a separate low tail; the Z job's choice). RESPONSE and "
            + "RESPONSE_TAIL need the MLP architecture and STANDARD noise for encoder and decoder. All but NONE start as the identity "
            + "map and need Z and X layouts with the same number of objects.")
    private ResidualMode residual = ResidualMode.VECTOR;

    @ProcessorParameter(description = "Per X object, the pt in GeV below which a decoder output is invalid (a "
            + "restricted decoder, e.g. '0 0 20 20 20 20' for ttbar jets); empty for none.")
    private List<Double> decoderMinimumPt = new ArrayList<>();

    @ProcessorParameter(description = "Object whose direction the anchor losses compare (0: the electron).")
    private int anchorSlot = 0;

    @ProcessorParameter(description = "Rotate every training event by a random azimuth and reflect pz with "
            + "probability 1/2 in every epoch (exact symmetries of unpolarised symmetric pp collisions).")
    private boolean augment = true;

    @ProcessorParameter(description = "Share of each training sample held out for validation and best-model "
            + "selection; 0 keeps the last epoch.")
    private double validationFraction = 0.1;

    @ProcessorParameter(description = "Epochs between checkpoints; 0 writes none.")
    private int checkpointInterval = 50;

    @ProcessorParameter(description = "Continue from the checkpoint of an interrupted run of the same job ('otusj run "
            + "--resume' sets it for every OtusTrain).")
    private boolean resume = false;

    @ProcessorParameter(description = "Number of selected events that give given (z, x) pairs for the semi-supervised "
            + "losses; 0 trains without pairs.")
    private int pairedEvents = 0;

    @ProcessorParameter(description = "Weight of the paired losses |x - D(z)|^2 + |z - E(x)|^2.")
    private double pairedWeight = 1.0;

    @ProcessorParameter(description = "Weight of the mean over the L linear slices in every sliced-Wasserstein loss: 1 "
            + "(default) as in the paper, 0 to compare the mass slice alone. The Z job sets 0.003: on samples of a "
            + "few hundred events the linear slices measure mostly the sampling noise between the z and x samples "
            + "(docs/otus.md).")
    private double linearSliceWeight = 1.0;

    @ProcessorParameter(description = "Weight w of an extra slice in every sliced-Wasserstein loss: w times the squared "
            + "1-D Wasserstein distance (GeV^2) between the invariant masses of the sums of all objects (for ttbar "
            + "including the missing momentum), added to the mean over the L linear slices, so w = 1 weighs the mass as "
            + "much as all linear slices together. 0 (default) keeps the paper's linear slices.")
    private double massSliceWeight = 0;

    @ProcessorParameter(description = "G: the mass slice compares G x G groups of events, formed in each batch by "
            + "the rank of the lowest object energy (G groups) and inside those by the highest object energy, so the "
            + "peak width of each group measures the resolution at its energies; the slice is the mean over the "
            + "groups. G x G must not exceed BatchSize. 1 (default) compares all events at once; the Z job uses 3.")
    private int massSliceGroups = 1;

    @ProcessorParameter(description = "Centre c in GeV of the mass compression, e.g. 91.19 for the Z; must be set, "
            + "above 0, whenever MassSliceWidth is.")
    private double massSliceCentre = 0;

    @ProcessorParameter(description = "Width s in GeV of the mass compression: a mass m enters the mass slice as "
            + "c + s tanh((m - c) / s), so an event far in the tail of the line shape counts at most s. 0 (default) "
            + "compares the masses themselves; the Z job uses 10.")
    private double massSliceWidth = 0;

    @ProcessorParameter(description = "Width in GeV of the mass compression in the G groups of the highest energies "
            + "(the last group by highest object energy inside each group by lowest), where a detector that sometimes "
            + "measures an energetic object far low moves events far below the peak. 0 (default) uses "
            + "MassSliceWidth there too; the Z job uses 25.")
    private double massSliceTopWidth = 0;

    @ProcessorParameter(description = "true: every selected event gives z and x, as in the OTUS paper (the same "
            + "simulated events at both levels, shuffled and batched apart, never paired). false (default): even "
            + "events give z and odd events x, so the samples are independent, as when unfolding data with a "
            + "simulation. The Z job sets true (docs/otus.md compares both).")
    private boolean sharedEvents = false;

    @ProcessorParameter(description = "true to correct the encoder-only, decoder-only and fine-tuning phases for the "
            + "bias of distances between finite batches: with X1, X2 and G1, G2 the halves of the reference and the "
            + "generated batch, the loss is 1/2 [d(X1, G1) + d(X2, G2)] - 1/2 d(G1, G2) - 1/2 d(X1, X2) instead of "
            + "d(X, G). Without it a generator scores best with too narrow a response; with it, the expected loss is "
            + "lowest for the true one. Each half must fill the mass groups, so G x G x 2 must not exceed BatchSize. "
            + "The joint phases keep the plain distance. false (default) keeps the paper's loss; the Z job sets true.")
    private boolean debiasedSlices = false;

    private EventLayout truth;
    private EventLayout reco;
    private final List<EventLayout> extraReco = new ArrayList<>();
    private TrainingSettings settings;
    private Path output;
    private Path checkpoint;
    private final List<double[]> zRows = new ArrayList<>();
    private final List<double[]> xRows = new ArrayList<>();
    private final List<double[]> pairZ = new ArrayList<>();
    private final List<double[]> pairX = new ArrayList<>();
    private long rejected;

    /**
     * Declares the collections read: the truth collection and the reconstruction of every detector draw, so
     * that too few draws for {@code ExtraRecoDraws} stop the run before the first event.
     */
    @Override
    public Set<String> inputCollections() {
        Set<String> inputs = new LinkedHashSet<>(StudyLayouts.drawNames(truthCollection, 1));
        inputs.addAll(StudyLayouts.drawNames(recoCollection, 1 + Math.max(0, extraRecoDraws)));
        return inputs;
    }

    /** Checks the layouts and every training setting, as init does, for dry runs. */
    @Override
    public void checkConfiguration(ProcessorContext context) {
        StudyLayouts.truth(study, truthCollection);
        StudyLayouts.reco(study, recoCollection);
        // The dry run names the processor in its own message.
        settings(context.seed());
        // Warned here and not in init: 'otusj run' calls these checks before every run, so the warning
        // appears once in a run and also in a dry run.
        if (debiasedSlices && encoderPretrainEpochs + decoderPretrainEpochs + fineTuneEpochs == 0) {
            LOG.warn("DebiasedSlices has no effect: it changes only the encoder-only, decoder-only and fine-tuning "
                    + "phases, and EncoderPretrainEpochs, DecoderPretrainEpochs and FineTuneEpochs are all 0");
        }
        if (massSliceWeight == 0 && (massSliceGroups != 1 || massSliceWidth != 0 || massSliceTopWidth != 0)) {
            LOG.warn("MassSliceGroups, MassSliceWidth and MassSliceTopWidth have no effect: MassSliceWeight is 0, so "
                    + "the loss has no mass slice");
        }
    }

    @Override
    public void init(ProcessorContext context) throws IOException {
        truth = StudyLayouts.truth(study, truthCollection);
        reco = StudyLayouts.reco(study, recoCollection);
        for (int draw = 1; draw <= extraRecoDraws; draw++) {
            extraReco.add(StudyLayouts.reco(study, StudyLayouts.withDraw(recoCollection, draw)));
        }
        settings = settings(context);
        output = context.outputPath(modelDirectory.toString());
        checkpoint = output.resolveSibling(output.getFileName() + ".checkpoint");
        resume |= Boolean.getBoolean(RESUME_PROPERTY);
    }

    /** Builds the settings, naming this processor in the message of an invalid value. */
    private TrainingSettings settings(ProcessorContext context) {
        try {
            return settings(context.seed());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("processor '" + context.processorName() + "' (OtusTrain): "
                    + invalid.getMessage(), invalid);
        }
    }

    /**
     * Builds the settings. Generators, phases and slice loss are each checked first, so that one message
     * lists every invalid part and a dry run shows all of them at once.
     */
    private TrainingSettings settings(long seed) {
        List<String> errors = new ArrayList<>();
        GeneratorSettings encoder = checked(errors, "encoder (EncoderArchitecture, EncoderNoise)",
                () -> new GeneratorSettings(encoderArchitecture, encoderNoise, hiddenUnits, residual));
        GeneratorSettings decoder = checked(errors, "decoder (DecoderArchitecture, DecoderNoise)",
                () -> new GeneratorSettings(decoderArchitecture, decoderNoise, hiddenUnits, residual));

        List<TrainingPhase> phases = new ArrayList<>();
        phases.add(checked(errors, null, () -> new TrainingPhase("encoder-pretrain",
                PhaseKind.ENCODER_SW, encoderPretrainEpochs, 0, 0, learningRate)));
        phases.add(checked(errors, null, () -> new TrainingPhase("decoder-pretrain",
                PhaseKind.DECODER_SW, decoderPretrainEpochs, 0, 0, learningRate)));
        phases.add(checked(errors, null, () -> new TrainingPhase("anchored", PhaseKind.JOINT,
                epochsWithAnchor, betaEncoder, betaDecoder, learningRate)));
        phases.add(checked(errors, null, () -> new TrainingPhase("joint", PhaseKind.JOINT,
                epochsWithoutAnchor, 0, 0, learningRate)));
        phases.add(checked(errors, null, () -> new TrainingPhase("fine-tune", PhaseKind.DECODER_SW,
                fineTuneEpochs, 0, 0, fineTuneLearningRate)));
        SliceLoss sliceLoss = checked(errors, null, () -> new SliceLoss(linearSliceWeight, massSliceWeight,
                massSliceGroups, massSliceCentre, massSliceWidth, massSliceTopWidth, debiasedSlices));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }

        double[] thresholds = null;
        if (!decoderMinimumPt.isEmpty()) {
            thresholds = new double[decoderMinimumPt.size()];
            for (int i = 0; i < thresholds.length; i++) {
                thresholds[i] = decoderMinimumPt.get(i);
            }
        }
        return new TrainingSettings(encoder, decoder, thresholds, phases, batchSize, slices, lambda, anchorSlot,
                pairedWeight, augment, validationFraction, checkpointInterval, seed, sliceLoss);
    }

    /**
     * Builds one part of the settings. If it is invalid, adds its message to {@code errors}, after
     * {@code part} unless that is null, and returns null.
     */
    private static <T> T checked(List<String> errors, String part, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException invalid) {
            errors.add(part == null ? invalid.getMessage() : part + ": " + invalid.getMessage());
            return null;
        }
    }

    @Override
    public void processEvent(Event event) {
        Optional<double[]> z = truth.extract(event);
        Optional<double[]> x = reco.extract(event);

        if (pairZ.size() < pairedEvents) {
            if (z.isPresent() && x.isPresent()) {
                pairZ.add(z.get());
                pairX.add(x.get());
            }
            return;
        }

        if (sharedEvents) {
            if (z.isPresent() && x.isPresent()) {
                zRows.add(z.get());
            }
        } else if (event.eventNumber() % 2 == 0) {
            if (z.isPresent() && x.isPresent()) {
                zRows.add(z.get());
            } else {
                rejected++;
            }
            return;
        }

        if (x.isPresent()) {
            xRows.add(x.get());
        } else {
            rejected++;
        }
        for (EventLayout layout : extraReco) {
            layout.extract(event).ifPresent(xRows::add);
        }
    }

    @Override
    public void end() throws IOException {
        int draws = 1 + extraReco.size();
        LOG.info("Collected {} z events ({}), {} x vectors ({}, {} detector draw{} each) and {} pairs; {} events failed "
                + "the selection", zRows.size(), sharedEvents ? "every event" : "even numbers", xRows.size(),
                sharedEvents ? "every event" : "odd numbers", draws, draws == 1 ? "" : "s", pairZ.size(), rejected);
        if (zRows.size() < 2 || xRows.size() < 2) {
            throw new IllegalStateException("too few events to train: " + zRows.size() + " z and " + xRows.size()
                    + " x events passed the selection; check InputFiles and the collections " + truthCollection
                    + " and " + recoCollection);
        }

        TrainingData data = TrainingData.split(zRows.toArray(new double[0][]), xRows.toArray(new double[0][]),
                pairZ.toArray(new double[0][]), pairX.toArray(new double[0][]), validationFraction, settings.seed());
        OtusTrainer trainer = new OtusTrainer(settings);
        if (checkpointInterval > 0 || resume) {
            trainer.checkpointing(checkpoint, resume);
        }
        try (OtusModel model = trainer.train(study, truth.vectorLayout(), reco.vectorLayout(), data)) {
            model.setMetadata(model.metadata().withSamples(new SampleSource(truthCollection, recoCollection,
                    1 + extraReco.size(), sharedEvents)));
            ModelStore.save(model, output);
        }
    }
}
