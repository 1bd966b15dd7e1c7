package org.otusj.detector.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otusj.core.testing.TestPaths;

/** Reads the two real cards and checks values against the card text, counted or computed by hand. */
class DelphesCardTest {

    private static DelphesCard cms;
    private static DelphesCard otusPaper;

    @BeforeAll
    static void readCards() throws IOException {
        cms = DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
        otusPaper = DelphesCard.read(TestPaths.sharedFile("cards/otus_paper_delphes_card.tcl"));
    }

    @Test
    void exampleCardIsTheSharedCard() throws IOException {
        Path shared = TestPaths.sharedFile("cards/delphes_card_CMS.tcl");
        Path example = TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl");
        assertEquals(-1L, Files.mismatch(shared, example), "the example card must be a byte-identical copy");
    }

    @Test
    void cmsCardModulesAndExecutionPath() {
        // The card text has 34 "module" commands and 34 names in "set ExecutionPath {...}".
        assertEquals(34, cms.modules().size());
        assertEquals(34, cms.executionPath().size());
        assertEquals("ParticlePropagator", cms.executionPath().get(0));
        assertEquals("ElectronTrackingEfficiency", cms.executionPath().get(2));
        assertEquals("TreeWriter", cms.executionPath().get(33));
        for (String name : cms.executionPath()) {
            assertTrue(cms.module(name).isPresent(), "module of the execution path not defined: " + name);
        }
    }

    @Test
    void cmsCardModuleTypesAndOrder() {
        assertEquals("ParticlePropagator", cms.modules().get(0).name());
        assertEquals("ParticlePropagator", cms.modules().get(0).type());
        assertEquals("Efficiency", cms.module("ElectronTrackingEfficiency").orElseThrow().type());
        assertEquals("MomentumSmearing", cms.module("ElectronMomentumSmearing").orElseThrow().type());
        assertEquals("SimpleCalorimeter", cms.module("ECal").orElseThrow().type());
        assertEquals("Efficiency", cms.module("ElectronEfficiency").orElseThrow().type());
        assertEquals("TreeWriter", cms.modules().get(33).name());
    }

    @Test
    void ecalScalarParameters() {
        CardModule ecal = cms.module("ECal").orElseThrow();
        assertEquals(0.5, ecal.doubleValue("EnergyMin", -1), 0.0);
        assertEquals(2.0, ecal.doubleValue("EnergySignificanceMin", -1), 0.0);
        assertTrue(ecal.booleanValue("IsEcal", false));
        assertTrue(ecal.booleanValue("SmearTowerCenter", false));
        assertEquals("ParticlePropagator/stableParticles", ecal.string("ParticleInputArray", ""));
        assertEquals(-7.5, ecal.doubleValue("NotInTheCard", -7.5), 0.0);
    }

    @Test
    void ecalPiIsMathPi() {
        // "set pi [expr {acos(-1)}]" inside the ECal block.
        assertEquals(Math.PI, cms.module("ECal").orElseThrow().require("pi").toDouble(), 0.0);
    }

    @Test
    void ecalEtaPhiBinsFromLoops() {
        CardValue bins = cms.module("ECal").orElseThrow().require("EtaPhiBins");

        // Each "add EtaPhiBins $eta $PhiBins" appends one (eta, phi list) pair. The loops run
        // i = -85..86 (172 times), i = 1..84 twice (168) and the HF foreach has 23 values:
        // 172 + 168 + 23 = 363 pairs, 726 list elements.
        assertEquals(726, bins.size());

        // First pair: eta = -85 * 0.0174, phi edges i * pi / 180 for i = -180..180 (361 values).
        assertEquals(-85 * 0.0174, bins.element(0).toDouble(), 0.0);
        List<CardValue> barrelPhi = bins.element(1).elements();
        assertEquals(361, barrelPhi.size());
        assertEquals(-Math.PI, barrelPhi.get(0).toDouble(), 0.0);
        assertEquals(0.0, barrelPhi.get(180).toDouble(), 0.0);
        assertEquals(Math.PI, barrelPhi.get(360).toDouble(), 0.0);

        // Pair 172 (the first of the endcap loop): eta = -2.958 + 1 * 0.0174.
        assertEquals(-2.958 + 1 * 0.0174, bins.element(2 * 172).toDouble(), 0.0);

        // Last pair: eta 5 from the foreach, with the HF phi edges i * pi / 18 for i = -18..18 (37 values).
        assertEquals(5.0, bins.element(724).toDouble(), 0.0);
        List<CardValue> forwardPhi = bins.element(725).elements();
        assertEquals(37, forwardPhi.size());
        assertEquals(-17 * Math.PI / 18.0, forwardPhi.get(1).toDouble(), 0.0);
    }

    @Test
    void loopVariablesArePhiBinsOfLastLoop() {
        // As in Delphes, helper variables of the body are module parameters too. PhiBins is the list of
        // the last "set PhiBins {}" and its loop (37 HF edges), and i is the value that ended that loop.
        CardModule ecal = cms.module("ECal").orElseThrow();
        assertEquals(37, ecal.require("PhiBins").size());
        assertEquals(19, ecal.require("i").toLong());
    }

    @Test
    void hcalEtaPhiBinsFromForeach() {
        // HCal has three foreach lists of 38, 38 and 5 eta edges: 81 pairs.
        assertEquals(2 * 81, cms.module("HCal").orElseThrow().require("EtaPhiBins").size());
    }

    @Test
    void ecalEnergyFractions() {
        // 15 "add EnergyFraction {pdg} {fraction}" lines, the second one for electrons (11 -> 1.0).
        CardValue fractions = cms.module("ECal").orElseThrow().require("EnergyFraction");
        assertEquals(30, fractions.size());
        assertEquals(11, fractions.element(2).toLong());
        assertEquals(1.0, fractions.element(3).element(0).toDouble(), 0.0);
    }

    @Test
    void formulaTextKeptAsWritten() {
        String formula = cms.module("ECal").orElseThrow().require("ResolutionFormula").text();
        assertTrue(formula.contains("(abs(eta) <= 1.5) * (1+0.64*eta^2) * sqrt(energy^2*0.008^2 + energy*0.11^2 + 0.40^2)"),
                formula);
        assertTrue(formula.contains("(abs(eta) > 2.5 && abs(eta) <= 5.0) * sqrt(energy^2*0.107^2 + energy*2.08^2)"),
                formula);
    }

    @Test
    void bTaggingFormulasAreListPairs() {
        // "add EfficiencyFormula {5} {0.85*tanh(0.0025*pt)*(25.0/(1+0.063*pt))}" is the third of three pairs.
        CardValue formulas = cms.module("BTagging").orElseThrow().require("EfficiencyFormula");
        assertEquals(6, formulas.size());
        assertEquals("5", formulas.element(4).text());
        assertEquals("0.85*tanh(0.0025*pt)*(25.0/(1+0.063*pt))", formulas.element(5).text());
    }

    @Test
    void propagatorGeometry() {
        CardModule propagator = cms.module("ParticlePropagator").orElseThrow();
        assertEquals(1.29, propagator.doubleValue("Radius", 0), 0.0);
        assertEquals(3.00, propagator.doubleValue("HalfLength", 0), 0.0);
        assertEquals(3.8, propagator.doubleValue("Bz", 0), 0.0);
    }

    @Test
    void parameterLinesPointIntoTheCard() {
        // "module SimpleCalorimeter ECal {" is line 211 of the card and "set EnergyMin 0.5" line 221.
        CardModule ecal = cms.module("ECal").orElseThrow();
        assertEquals(211, ecal.line());
        assertEquals(221, ecal.lineOf("EnergyMin"));
    }

    @Test
    void otusPaperCardParses() {
        assertEquals(34, otusPaper.modules().size());
        assertEquals(cms.executionPath(), otusPaper.executionPath());
        assertEquals(726, otusPaper.module("ECal").orElseThrow().require("EtaPhiBins").size());
        assertEquals(cms.module("ElectronMomentumSmearing").orElseThrow().require("ResolutionFormula").text(),
                otusPaper.module("ElectronMomentumSmearing").orElseThrow().require("ResolutionFormula").text());
    }

    @Test
    void requireModuleChecksType() {
        IllegalArgumentException wrongType =
                assertThrows(IllegalArgumentException.class, () -> cms.requireModule("ECal", "Efficiency"));
        assertTrue(wrongType.getMessage().contains("is a SimpleCalorimeter, expected a Efficiency"),
                wrongType.getMessage());

        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> cms.requireModule("Ecal", "SimpleCalorimeter"));
        assertTrue(missing.getMessage().contains("no module named 'Ecal'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("ECal"), missing.getMessage());
    }

    @Test
    void missingCardNamesThePath(@TempDir Path directory) {
        Path absent = directory.resolve("absent.tcl");
        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> DelphesCard.read(absent));
        assertEquals(absent.toString(), error.getFile());
        assertFalse(Files.exists(absent));
    }
}
