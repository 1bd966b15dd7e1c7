package org.otusj.otus.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.loop.RunSummary;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.ExternalTools;
import org.otusj.core.testing.TestPaths;
import org.otusj.otus.model.ModelMetadata;
import org.otusj.otus.model.ModelStore;

/**
 * The Z to e+e- chain on the MadGraph example: LHE reader, card detector, selection, training on the
 * first 3,000 events, then fast simulation, histograms and closure report on the next 1,000. Training is
 * cut to a few seconds; the full-size run is steering/zee-train.xml.
 */
class ZeeChainTest {

    @TempDir
    Path dir;

    private Path lhe;
    private Path card;

    @BeforeEach
    void locateInputs() {
        SelectedEventRecorder.EVENT_NUMBERS.clear();
        lhe = TestPaths.repositoryFile("lhe-examples/madgraph-2.2.1-Z-mlm.lhe.gz");
        card = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");
    }

    private RunSummary run(String xml) throws IOException {
        Path steering = Files.writeString(dir.resolve("steering-" + Integer.toHexString(xml.hashCode()) + ".xml"), xml);
        return new EventLoop(new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steering)),
                false).run();
    }

    private String global(String window) {
        return """
                <global>
                  <parameter name="InputFiles" value="%s"/>
                  <parameter name="OutputDirectory" value="%s"/>
                  <parameter name="ProgressInterval" value="0"/>
                  %s
                </global>
                <processor name="Reader" type="LheReader"/>
                <processor name="Detector" type="CardDetector">
                  <parameter name="CardFile" value="%s"/>
                </processor>
                <processor name="Selection" type="OtusSelection"/>
                <processor name="Recorder" type="SelectedEventRecorder"/>
                """.formatted(lhe, dir.resolve("out"), window, card);
    }

    private void train() throws IOException {
        train("""
                <parameter name="ModelDirectory" value="model"/>
                <parameter name="EpochsWithAnchor" value="5"/>
                <parameter name="EpochsWithoutAnchor" value="40"/>
                <parameter name="HiddenUnits" value="32"/>
                """);
    }

    /** Trains on the first 3,000 events with the given OtusTrain parameters. */
    private void train(String trainerParameters) throws IOException {
        run("""
                <otusj>
                  <execute>
                    <processor name="Reader"/><processor name="Detector"/><processor name="Selection"/>
                    <processor name="Recorder"/><processor name="Trainer"/>
                  </execute>
                  %s
                  <processor name="Trainer" type="OtusTrain">
                  %s
                  </processor>
                </otusj>
                """.formatted(global("<parameter name=\"MaxEvents\" value=\"3000\"/>"), trainerParameters));
    }

    @Test
    void trainingTakesZFromEvenAndXFromOddEvents() throws IOException {
        train();

        long even = SelectedEventRecorder.EVENT_NUMBERS.stream().filter(n -> n % 2 == 0).count();
        long odd = SelectedEventRecorder.EVENT_NUMBERS.size() - even;
        ModelMetadata metadata = ModelStore.readMetadata(dir.resolve("out/model"));
        // A tenth of each sample (ValidationFraction 0.1) is held out for validation.
        assertEquals(even, metadata.summary().zEvents() + metadata.summary().validationZEvents());
        assertEquals(odd, metadata.summary().xEvents() + metadata.summary().validationXEvents());
        assertEquals(Math.round(0.1 * even), metadata.summary().validationZEvents());
        assertTrue(SelectedEventRecorder.EVENT_NUMBERS.stream().allMatch(n -> n < 3000));
        // About half the 3,000 events are e+e-, of which roughly 40 % pass the CMS-card selection.
        assertTrue(even > 200 && odd > 200, "selected events: " + even + " even, " + odd + " odd");
        assertEquals("zee", metadata.study());
        assertEquals(45, metadata.summary().epochs());
        assertEquals(false, metadata.samples().sharedEvents());
        assertEquals("MCParticles", metadata.samples().truthCollection());
    }

    @Test
    void sharedEventsGiveZAndXFromEverySelectedEvent() throws IOException {
        train("""
                <parameter name="ModelDirectory" value="shared"/>
                <parameter name="SharedEvents" value="true"/>
                <parameter name="ValidationFraction" value="0"/>
                <parameter name="EpochsWithAnchor" value="0"/>
                <parameter name="EpochsWithoutAnchor" value="0"/>
                <parameter name="DecoderPretrainEpochs" value="3"/>
                <parameter name="HiddenUnits" value="16"/>
                <parameter name="MassSliceWeight" value="1"/>
                <parameter name="MassSliceGroups" value="3"/>
                <parameter name="MassSliceCentre" value="91.19"/>
                <parameter name="MassSliceWidth" value="10"/>
                <parameter name="MassSliceTopWidth" value="25"/>
                <parameter name="DebiasedSlices" value="true"/>
                """);

        int selected = SelectedEventRecorder.EVENT_NUMBERS.size();
        ModelMetadata metadata = ModelStore.readMetadata(dir.resolve("out/shared"));
        assertEquals(selected, metadata.summary().zEvents());
        assertEquals(selected, metadata.summary().xEvents());
        assertEquals(25, metadata.settings().sliceLoss().massTopWidth());
        assertTrue(metadata.samples().sharedEvents());
        assertEquals(1, metadata.samples().detectorDraws());
    }

    @Test
    void closureChainWritesValidAidaAndReport() throws IOException, InterruptedException {
        train();
        SelectedEventRecorder.EVENT_NUMBERS.clear();

        RunSummary summary = run("""
                <otusj>
                  <execute>
                    <processor name="Reader"/><processor name="Detector"/><processor name="Selection"/>
                    <processor name="Replica"/><processor name="FastSim"/>
                    <processor name="Unfold"/><processor name="Chain"/><processor name="Recorder"/>
                    <processor name="Histograms"/><processor name="Closure"/><processor name="Redrawn"/>
                  </execute>
                  %s
                  <processor name="Replica" type="CardDetector">
                    <parameter name="CardFile" value="%s"/>
                    <parameter name="OutputCollection" value="ElectronsReplica"/>
                    <parameter name="RequiredElectrons" value="2"/>
                    <parameter name="ExtraDraws" value="3"/>
                  </processor>
                  <processor name="FastSim" type="OtusFastSim">
                    <parameter name="ModelDirectory" value="%s"/>
                    <parameter name="ExtraDraws" value="1"/>
                  </processor>
                  <processor name="Unfold" type="OtusUnfold">
                    <parameter name="ModelDirectory" value="%s"/>
                  </processor>
                  <processor name="Chain" type="OtusFastSim">
                    <parameter name="ModelDirectory" value="%s"/>
                    <parameter name="TruthCollection" value="UnfoldedParticles"/>
                    <parameter name="OutputCollection" value="ChainElectrons"/>
                  </processor>
                  <processor name="Histograms" type="ParticleHistograms">
                    <parameter name="Collections" value="Electrons FastSimElectrons MCParticles"/>
                    <parameter name="OutputFile" value="closure.aida.gz"/>
                  </processor>
                  <processor name="Closure" type="OtusClosureReport">
                    <parameter name="OutputFile" value="closure.txt"/>
                    <parameter name="Slices" value="200"/>
                    <parameter name="UnfoldCollection" value="UnfoldedParticles"/>
                    <parameter name="ChainCollection" value="ChainElectrons"/>
                  </processor>
                  <processor name="Redrawn" type="OtusClosureReport">
                    <parameter name="OutputFile" value="redrawn.txt"/>
                    <parameter name="Slices" value="200"/>
                    <parameter name="Redraws" value="2"/>
                  </processor>
                </otusj>
                """.formatted(global("<parameter name=\"SkipEvents\" value=\"3000\"/>"
                        + "<parameter name=\"MaxEvents\" value=\"1000\"/>"), card,
                        // FastSim names the model as OtusTrain does, relative to OutputDirectory.
                        "model", dir.resolve("out/model"), dir.resolve("out/model")));

        int selected = SelectedEventRecorder.EVENT_NUMBERS.size();
        assertEquals(1000, summary.eventsRead());
        assertTrue(SelectedEventRecorder.EVENT_NUMBERS.stream().allMatch(n -> n >= 3000 && n < 4000));

        Path aida = dir.resolve("out/closure.aida.gz");
        ExternalTools.Result validation = ExternalTools.xmllintValidate(aida);
        assertEquals(0, validation.exitCode(), validation.output());

        JsonObject report = JsonParser.parseString(Files.readString(dir.resolve("out/closure.json"))).getAsJsonObject();
        JsonObject events = report.getAsJsonObject("events");
        assertEquals(selected, events.get("events").getAsInt());
        assertEquals(selected, events.get("detector").getAsInt(), "the redrawn detector accepts every selected event");
        assertEquals(selected, events.get("floor").getAsInt());
        assertEquals(selected, events.get("even").getAsInt() + events.get("odd").getAsInt());
        JsonObject paper = report.getAsJsonObject("paper");
        for (String distance : new String[] {"decoder", "chain", "encoder", "floorX", "floorZ", "identity"}) {
            double value = paper.get(distance).getAsDouble();
            assertTrue(value > 0 && Double.isFinite(value), distance + " = " + value);
        }
        JsonObject sameZ = report.getAsJsonObject("sameZ");
        assertTrue(sameZ.get("floor").getAsDouble() > 0);
        assertEquals(sameZ.get("fastSim").getAsDouble() / sameZ.get("floor").getAsDouble(),
                sameZ.get("ratio").getAsDouble(), 1e-12);
        assertEquals(sameZ.get("identity").getAsDouble() / sameZ.get("floor").getAsDouble(),
                sameZ.get("identityRatio").getAsDouble(), 1e-12);
        // The bootstrap interval of the identity's R_same brackets a ratio of the same kind as the point value.
        JsonObject identityInterval = sameZ.getAsJsonObject("identityInterval");
        double identityRatio = sameZ.get("identity").getAsDouble() / sameZ.get("floor").getAsDouble();
        assertEquals(100, identityInterval.get("replicas").getAsInt());
        assertTrue(identityInterval.get("low").getAsDouble() < identityInterval.get("high").getAsDouble(),
                identityInterval.toString());
        assertTrue(identityInterval.get("low").getAsDouble() < 2 * identityRatio, identityInterval + " " + identityRatio);
        assertTrue(identityInterval.get("high").getAsDouble() > identityRatio / 2, identityInterval + " " + identityRatio);
        assertEquals(9, report.getAsJsonObject("projections").size(), "8 components and the pair mass");
        assertEquals(3, report.getAsJsonArray("resolutions").size());
        JsonObject detectorWindow = report.getAsJsonObject("massWindow").getAsJsonObject("detector");
        // The CMS-card detector keeps most Z -> ee pairs near the Z mass; the full example gives 0.80.
        double fraction = detectorWindow.get("fraction").getAsDouble();
        assertTrue(fraction > 0.6 && fraction < 0.95, "detector mass-window fraction " + fraction);
        String text = Files.readString(dir.resolve("out/closure.txt"));
        assertTrue(text.contains("R_same of the identity map"), text);
        assertTrue(text.contains("Closure criteria"), text);
        assertTrue(text.contains("16th to 84th percentile over 100 resamplings of the test events"), text);

        // Two redraws of one draw each read fast-sim draws 0 and 1 and replica draws 0 to 3. Each redraw
        // compares one sample per event, and R_same divides the mean distances.
        JsonObject redrawn = JsonParser.parseString(Files.readString(dir.resolve("out/redrawn.json")))
                .getAsJsonObject().getAsJsonObject("sameZ");
        assertEquals(selected, redrawn.get("samples").getAsInt());
        var redraws = redrawn.getAsJsonArray("redraws");
        assertEquals(2, redraws.size());
        double fastSum = 0;
        double floorSum = 0;
        for (var element : redraws) {
            fastSum += element.getAsJsonObject().get("fastSim").getAsDouble();
            floorSum += element.getAsJsonObject().get("floor").getAsDouble();
        }
        assertEquals(fastSum / 2, redrawn.get("fastSim").getAsDouble(), 1e-12);
        assertEquals(floorSum / 2, redrawn.get("floor").getAsDouble(), 1e-12);
        assertEquals(fastSum / floorSum, redrawn.get("ratio").getAsDouble(), 1e-12);
        assertTrue(redraws.get(0).getAsJsonObject().get("floor").getAsDouble()
                != redraws.get(1).getAsJsonObject().get("floor").getAsDouble(), "the redraws use other draws");
        assertEquals(2 * selected, JsonParser.parseString(Files.readString(dir.resolve("out/redrawn.json")))
                .getAsJsonObject().getAsJsonObject("events").get("detector").getAsInt());
        assertTrue(Files.readString(dir.resolve("out/redrawn.txt")).contains("single redraws: R_same"));
    }
}
