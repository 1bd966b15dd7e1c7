package org.otusj.otus.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;
import org.otusj.core.testing.TestPaths;
import org.otusj.otus.model.Architecture;
import org.otusj.otus.model.ModelMetadata;
import org.otusj.otus.model.ModelStore;
import org.otusj.otus.model.NoiseKind;

/**
 * The semileptonic ttbar workflow on the 100-event MadGraph example: top decays, the card detector with
 * jets and missing momentum, training of the ttbar networks (residual cores, standard noise, restricted
 * decoder), then fast simulation, unfolding and the closure report. Epochs are cut to seconds.
 */
class TtbarChainTest {

    @TempDir
    Path dir;

    private void run(String xml) throws IOException {
        Path steering = Files.writeString(dir.resolve("steering-" + Integer.toHexString(xml.hashCode()) + ".xml"), xml);
        new EventLoop(new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steering)), false).run();
    }

    private String head(String window) {
        return """
                <global>
                  <parameter name="InputFiles" value="%s"/>
                  <parameter name="OutputDirectory" value="%s"/>
                  <parameter name="ProgressInterval" value="0"/>
                  %s
                </global>
                <processor name="Reader" type="LheReader"/>
                <processor name="Decay" type="TopDecay">
                  <parameter name="OutputCollection" value="DecayedParticles"/>
                </processor>
                <processor name="Detector" type="CardDetector">
                  <parameter name="CardFile" value="%s"/>
                  <parameter name="InputCollection" value="DecayedParticles"/>
                  <parameter name="JetCollection" value="Jets"/>
                  <parameter name="MissingEtCollection" value="MissingET"/>
                  <parameter name="ExtraDraws" value="3"/>
                </processor>
                """.formatted(TestPaths.sharedFile("lhe/hep-ml-lab_pp2tt_run_01_unweighted_events.lhe.gz"),
                dir.resolve("out"), window, TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
    }

    @Test
    void workflowRunsEndToEnd() throws IOException {
        run("""
                <otusj>
                  <execute><processor name="Reader"/><processor name="Decay"/><processor name="Detector"/>
                    <processor name="Trainer"/></execute>
                  %s
                  <processor name="Trainer" type="OtusTrain">
                    <parameter name="Study" value="ttbar"/>
                    <parameter name="TruthCollection" value="DecayedParticles"/>
                    <parameter name="RecoCollection" value="Electrons MissingET Jets"/>
                    <parameter name="ExtraRecoDraws" value="3"/>
                    <parameter name="ModelDirectory" value="ttbar-model"/>
                    <parameter name="EncoderArchitecture" value="RESNET"/>
                    <parameter name="DecoderArchitecture" value="RESNET"/>
                    <parameter name="EncoderNoise" value="STANDARD"/>
                    <parameter name="DecoderNoise" value="STANDARD"/>
                    <parameter name="HiddenUnits" value="16"/>
                    <parameter name="Lambda" value="20"/>
                    <parameter name="DecoderMinimumPt" value="0 0 20 20 20 20"/>
                    <parameter name="EpochsWithAnchor" value="0"/>
                    <parameter name="EpochsWithoutAnchor" value="5"/>
                    <parameter name="FineTuneEpochs" value="2"/>
                    <parameter name="BatchSize" value="16"/>
                    <parameter name="ValidationFraction" value="0"/>
                  </processor>
                </otusj>
                """.formatted(head("<parameter name=\"MaxEvents\" value=\"80\"/>")));

        ModelMetadata metadata = ModelStore.readMetadata(dir.resolve("out/ttbar-model"));
        assertEquals("ttbar", metadata.study());
        assertEquals(24, metadata.decoder().inputLayout().dimension());
        assertEquals(24, metadata.decoder().outputLayout().dimension());
        assertEquals(Architecture.RESNET, metadata.decoder().architecture());
        assertEquals(NoiseKind.STANDARD, metadata.encoder().noise());
        assertTrue(metadata.decoder().restricted());
        assertTrue(metadata.summary().zEvents() >= 2 && metadata.summary().xEvents() > metadata.summary().zEvents(),
                metadata.summary().zEvents() + " z and " + metadata.summary().xEvents() + " x");
        double validFraction = metadata.summary().lastEpoch().validFraction();
        assertTrue(validFraction > 0 && validFraction <= 1, "P_D(S) " + validFraction);

        Path model = dir.resolve("out/ttbar-model");
        run("""
                <otusj>
                  <execute><processor name="Reader"/><processor name="Decay"/><processor name="Detector"/>
                    <processor name="Selection"/><processor name="Replica"/><processor name="FastSim"/>
                    <processor name="Unfold"/><processor name="Chain"/><processor name="Closure"/></execute>
                  %s
                  <processor name="Selection" type="OtusSelection">
                    <parameter name="Study" value="ttbar"/>
                    <parameter name="TruthCollection" value="DecayedParticles"/>
                    <parameter name="RecoCollection" value="Electrons MissingET Jets"/>
                  </processor>
                  <processor name="Replica" type="CardDetector">
                    <parameter name="CardFile" value="%s"/>
                    <parameter name="InputCollection" value="DecayedParticles"/>
                    <parameter name="OutputCollection" value="ElectronsReplica"/>
                    <parameter name="JetCollection" value="JetsReplica"/>
                    <parameter name="MissingEtCollection" value="MissingETReplica"/>
                    <parameter name="RequiredElectrons" value="1"/>
                    <parameter name="RequiredJets" value="4"/>
                    <parameter name="ExtraDraws" value="9"/>
                  </processor>
                  <processor name="FastSim" type="OtusFastSim">
                    <parameter name="ModelDirectory" value="%s"/>
                    <parameter name="TruthCollection" value="DecayedParticles"/>
                    <parameter name="OutputCollection" value="FastSimElectrons FastSimMissingET FastSimJets"/>
                    <parameter name="ExtraDraws" value="4"/>
                  </processor>
                  <processor name="Unfold" type="OtusUnfold">
                    <parameter name="ModelDirectory" value="%s"/>
                    <parameter name="RecoCollection" value="Electrons MissingET Jets"/>
                  </processor>
                  <processor name="Chain" type="OtusFastSim">
                    <parameter name="ModelDirectory" value="%s"/>
                    <parameter name="TruthCollection" value="UnfoldedParticles"/>
                    <parameter name="OutputCollection" value="ChainElectrons ChainMissingET ChainJets"/>
                  </processor>
                  <processor name="Closure" type="OtusClosureReport">
                    <parameter name="Study" value="ttbar"/>
                    <parameter name="TruthCollection" value="DecayedParticles"/>
                    <parameter name="DetectorCollection" value="Electrons MissingET Jets"/>
                    <parameter name="ReplicaCollection" value="ElectronsReplica MissingETReplica JetsReplica"/>
                    <parameter name="FastSimCollection" value="FastSimElectrons FastSimMissingET FastSimJets"/>
                    <parameter name="UnfoldCollection" value="UnfoldedParticles"/>
                    <parameter name="ChainCollection" value="ChainElectrons ChainMissingET ChainJets"/>
                    <parameter name="Draws" value="5"/>
                    <parameter name="Slices" value="100"/>
                    <parameter name="MassWindow" value="250 1000"/>
                    <parameter name="OutputFile" value="ttbar-closure.txt"/>
                  </processor>
                </otusj>
                """.formatted(head("<parameter name=\"SkipEvents\" value=\"80\"/>"),
                TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"), model, model, model));

        JsonObject report = JsonParser.parseString(Files.readString(dir.resolve("out/ttbar-closure.json"))).getAsJsonObject();
        int events = report.getAsJsonObject("events").get("events").getAsInt();
        assertTrue(events > 0, "selected test events: " + events);
        // Every selected event gets five redrawn detector samples, each accepted (one electron, four jets).
        assertEquals(5 * events, report.getAsJsonObject("events").get("detector").getAsInt());
        assertEquals(25, report.getAsJsonObject("projections").size(), "24 components and the visible mass");
        assertEquals(0, report.getAsJsonArray("resolutions").size(), "resolution tables are for Z to ee only");
        assertTrue(!report.getAsJsonObject("goals").get("judgedPhysics").getAsBoolean());
    }
}
