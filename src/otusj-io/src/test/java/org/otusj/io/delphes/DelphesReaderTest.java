package org.otusj.io.delphes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.event.RunHeader;
import org.otusj.core.loop.Chain;
import org.otusj.core.loop.DryRun;
import org.otusj.core.loop.EventLoop;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;

/**
 * The {@link DelphesReader} in the event loop on the shared Delphes file (10 events), checked against the
 * JSROOT text dump of the same file.
 */
class DelphesReaderTest {

    private static DelphesReference reference;

    @TempDir
    Path tempDir;

    @BeforeAll
    static void loadReference() throws IOException {
        reference = DelphesReference.load();
    }

    /** Runs Reader then Recorder on {@code inputs} with extra reader parameters. */
    private DelphesRecorder run(List<Path> inputs, String readerParameters) throws IOException {
        Chain chain = chain(inputs, readerParameters);
        new EventLoop(chain, false).run();
        return (DelphesRecorder) chain.processors().get(1).processor();
    }

    /** Builds the chain Reader then Recorder on {@code inputs} with extra reader parameters. */
    private Chain chain(List<Path> inputs, String readerParameters) throws IOException {
        String inputFiles = inputs.stream().map(Path::toString).collect(Collectors.joining(" "));
        String steering = "<otusj>\n"
                + "  <execute>\n"
                + "    <processor name=\"Reader\"/>\n"
                + "    <processor name=\"Recorder\"/>\n"
                + "  </execute>\n"
                + "  <global>\n"
                + "    <parameter name=\"InputFiles\" value=\"" + inputFiles.replace("&", "&amp;") + "\"/>\n"
                + "    <parameter name=\"ProgressInterval\" value=\"0\"/>\n"
                + "  </global>\n"
                + "  <processor name=\"Reader\" type=\"DelphesReader\">\n"
                + readerParameters
                + "  </processor>\n"
                + "  <processor name=\"Recorder\" type=\"DelphesRecorder\"/>\n"
                + "</otusj>\n";
        Path steeringFile = tempDir.resolve("steering.xml");
        Files.writeString(steeringFile, steering, StandardCharsets.UTF_8);
        return new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steeringFile));
    }

    private static String parameter(String name, String value) {
        return "    <parameter name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    @Test
    void registeredWithDescription() {
        ProcessorRegistry registry = ProcessorRegistry.load();
        assertEquals(DelphesReader.class, registry.find("DelphesReader").orElseThrow());
        assertFalse(ProcessorRegistry.description(DelphesReader.class).isBlank());
    }

    @Test
    void collectionSizesMatchDump() throws IOException {
        DelphesRecorder recorder = run(List.of(DelphesReference.FILE), "");
        assertEquals(10, recorder.events.size());
        assertEquals(1, recorder.headers.size());
        assertEquals("Delphes;2", recorder.headers.get(0).attribute(DelphesReader.TREE_ATTRIBUTE, String.class)
                .orElseThrow());

        for (Map.Entry<Long, Map<String, Integer>> row : reference.sizes.entrySet()) {
            Event event = recorder.events.get(row.getKey().intValue());
            assertEquals(row.getKey().longValue(), event.eventNumber());
            Map<String, Integer> sizes = row.getValue();
            assertEquals(sizes.get("Electron").intValue(), event.collection("Electrons", RecoParticle.class).size());
            assertEquals(sizes.get("Muon").intValue(), event.collection("Muons", RecoParticle.class).size());
            assertEquals(sizes.get("Jet").intValue(), event.collection("Jets", RecoParticle.class).size());
            assertEquals(sizes.get("Photon").intValue(), event.collection("Photons", RecoParticle.class).size());
            assertEquals(sizes.get("MissingET").intValue(), event.collection("MissingET", RecoParticle.class).size());
            assertFalse(event.hasCollection("GenParticles"), "GenParticles only on request");
        }
    }

    @Test
    void objectsMatchDump() throws IOException {
        DelphesRecorder recorder = run(List.of(DelphesReference.FILE), "");
        for (Map.Entry<Long, Map<String, DelphesReference.Values>> entry : reference.entries.entrySet()) {
            Event event = recorder.events.get(entry.getKey().intValue());
            Map<String, DelphesReference.Values> values = entry.getValue();
            String at = " at entry " + entry.getKey();

            assertObjects(DelphesReader.objects(event, "Electrons"), values, "Electron", at);
            assertObjects(DelphesReader.objects(event, "Muons"), values, "Muon", at);
            assertObjects(DelphesReader.objects(event, "Jets"), values, "Jet", at);

            List<DelphesObject> met = DelphesReader.objects(event, "MissingET");
            assertEquals(1, met.size());
            assertEquals(Float.parseFloat(values.get("MissingET.MET").values().get(0)), (float) met.get(0).pt(), at);
            assertEquals(Float.parseFloat(values.get("MissingET.Phi").values().get(0)), (float) met.get(0).phi(), at);
            assertEquals(Float.parseFloat(values.get("Event.Weight").values().get(0)), (float) event.weight(), at);
        }
    }

    /** Compares PT, Eta, Phi (and Charge or Mass) of {@code objects} with the dump, in stored order. */
    private static void assertObjects(List<DelphesObject> objects, Map<String, DelphesReference.Values> values,
            String branch, String at) {
        List<String> pts = values.get(branch + ".PT").values();
        assertEquals(pts.size(), objects.size(), branch + " count" + at);
        for (int k = 0; k < objects.size(); k++) {
            DelphesObject object = objects.get(k);
            String what = branch + "[" + k + "]" + at;
            assertEquals(Float.parseFloat(pts.get(k)), (float) object.pt(), what + " PT");
            assertEquals(Float.parseFloat(values.get(branch + ".Eta").values().get(k)), (float) object.eta(), what);
            assertEquals(Float.parseFloat(values.get(branch + ".Phi").values().get(k)), (float) object.phi(), what);
            if (values.containsKey(branch + ".Charge")) {
                int charge = Integer.parseInt(values.get(branch + ".Charge").values().get(k));
                assertEquals(charge, object.charge(), what + " charge");
                assertEquals(charge, object.particle().charge(), what + " particle charge");
            }
            double mass = values.containsKey(branch + ".Mass")
                    ? Float.parseFloat(values.get(branch + ".Mass").values().get(k)) : 0.0;
            assertEquals(mass, object.mass(), what + " mass");
            FourVector expected = FourVector.fromPtEtaPhiM(object.pt(), object.eta(), object.phi(), mass);
            assertEquals(expected, object.particle().momentum(), what + " four-momentum");
        }
    }

    @Test
    void electronChargeAndPdgId() throws IOException {
        DelphesRecorder recorder = run(List.of(DelphesReference.FILE), "");
        // Entries 4 and 5 each hold one electron of charge +1 (a positron); entry 5 also a muon of charge -1.
        RecoParticle positron = recorder.events.get(4).collection("Electrons", RecoParticle.class).get(0);
        assertEquals(1, positron.charge());
        assertEquals(-11, positron.pdgId());
        RecoParticle muon = recorder.events.get(5).collection("Muons", RecoParticle.class).get(0);
        assertEquals(-1, muon.charge());
        assertEquals(13, muon.pdgId());
    }

    @Test
    void otusInputsAvailable() throws IOException {
        DelphesRecorder recorder = run(List.of(DelphesReference.FILE), "");
        for (Event event : recorder.events) {
            List<DelphesObject> jets = DelphesReader.objects(event, "Jets");
            for (int k = 1; k < jets.size(); k++) {
                assertTrue(jets.get(k - 1).pt() >= jets.get(k).pt(), "jets by descending pT in event "
                        + event.eventNumber());
            }
            for (DelphesObject jet : jets) {
                FourVector massless = jet.masslessMomentum();
                // E = sqrt((pT cosh eta)^2 + m^2) with m = 0
                assertEquals(jet.pt() * Math.cosh(jet.eta()), massless.e(), 1e-9 * massless.e());
                assertEquals(jet.pt(), massless.pt(), 1e-9 * jet.pt());
            }
            DelphesObject met = DelphesReader.objects(event, "MissingET").get(0);
            assertEquals(met.pt() * Math.cos(met.phi()), met.particle().momentum().px(), 1e-9 * met.pt());
            assertEquals(met.pt() * Math.cosh(met.eta()), met.particle().momentum().e(), 1e-9 * met.particle().momentum().e());
        }
        // The first event has 10 jets and no leptons: 4 leading jets exist for a ttbar layout.
        assertTrue(DelphesReader.objects(recorder.events.get(0), "Jets").size() >= 4);
    }

    @Test
    void genParticlesOnRequest() throws IOException {
        DelphesRecorder recorder = run(List.of(DelphesReference.FILE), parameter("ReadGenParticles", "true"));
        for (Map.Entry<Long, Map<String, Integer>> row : reference.sizes.entrySet()) {
            Event event = recorder.events.get(row.getKey().intValue());
            List<Particle> particles = event.collection("GenParticles", Particle.class);
            assertEquals(row.getValue().get("Particle").intValue(), particles.size());
        }
        for (Map.Entry<Long, Map<String, DelphesReference.Values>> entry : reference.entries.entrySet()) {
            List<Particle> particles = recorder.events.get(entry.getKey().intValue())
                    .collection("GenParticles", Particle.class);
            List<String> pids = entry.getValue().get("Particle.PID").values();
            for (int k = 0; k < pids.size(); k++) {
                assertEquals(Integer.parseInt(pids.get(k)), particles.get(k).pdgId(), "PID " + k);
            }
            // Both beam protons have no mother: Delphes stores -1, Particle uses 0.
            assertEquals(0, particles.get(0).mother1());
        }
    }

    @Test
    void chainOfTwoFiles() throws IOException {
        DelphesRecorder recorder = run(List.of(DelphesReference.FILE, DelphesReference.FILE), parameter("ChunkSize", "3"));
        assertEquals(20, recorder.events.size());
        assertEquals(2, recorder.headers.size());
        for (int i = 0; i < 2; i++) {
            RunHeader header = recorder.headers.get(i);
            assertEquals(i, header.runNumber());
            assertEquals(10L, header.attribute(DelphesReader.ENTRIES_ATTRIBUTE, Long.class).orElseThrow());
        }
        for (int i = 0; i < 20; i++) {
            Event event = recorder.events.get(i);
            assertEquals(i / 10, event.runNumber());
            assertEquals(i % 10, event.eventNumber());
        }
        assertEquals(recorder.events.get(4).collection("Jets", RecoParticle.class),
                recorder.events.get(14).collection("Jets", RecoParticle.class));
    }

    @Test
    void dryRunReadsHeadersOnly() throws IOException {
        DryRun.Report report = DryRun.check(chain(List.of(DelphesReference.FILE, DelphesReference.FILE), ""));
        assertTrue(report.ok(), report.problems().toString());

        List<RunHeader> headers = new DelphesReader().readHeaders(List.of(DelphesReference.FILE, DelphesReference.FILE));
        assertEquals(2, headers.size());
        // The JSROOT dump lists every cycle of the tree; the reader takes the highest.
        String latest = reference.entriesByCycle.keySet().stream()
                .max(Comparator.comparingInt(key -> Integer.parseInt(key.substring(key.indexOf(';') + 1))))
                .orElseThrow();
        for (int run = 0; run < 2; run++) {
            RunHeader header = headers.get(run);
            assertEquals(run, header.runNumber());
            assertEquals(latest, header.attribute(DelphesReader.TREE_ATTRIBUTE, String.class).orElseThrow());
            assertEquals(reference.entriesByCycle.get(latest),
                    header.attribute(DelphesReader.ENTRIES_ATTRIBUTE, Long.class).orElseThrow());
        }
    }

    @Test
    void dryRunNamesMissingBranch() throws IOException {
        DryRun.Report report = DryRun.check(chain(List.of(DelphesReference.FILE), parameter("JetBranch", "JetPUPPI")));
        assertFalse(report.ok());
        assertTrue(report.problems().toString().contains("JetPUPPI.PT"), report.problems().toString());
    }

    @Test
    void missingBranchNamed() {
        Exception error = assertThrows(Exception.class, () -> run(List.of(DelphesReference.FILE),
                parameter("JetBranch", "JetPUPPI")));
        String message = messages(error);
        assertTrue(message.contains("JetPUPPI.PT"), message);
        assertTrue(message.contains("JetBranch"), message);
        // The message lists the file's top-level branches, among them the other jet collections.
        assertTrue(message.contains("FatJet"), message);
        assertTrue(message.contains("GenJet"), message);
    }

    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append(" / ");
        }
        return text.toString();
    }
}
