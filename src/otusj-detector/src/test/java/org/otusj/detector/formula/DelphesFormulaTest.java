package org.otusj.detector.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;
import org.otusj.detector.card.DelphesCard;

/**
 * Formula values at chosen points against values computed by hand from the text of the CMS card, and
 * precedence and error cases.
 */
class DelphesFormulaTest {

    private static final double TOLERANCE = 1e-12;

    private static DelphesFormula trackingEfficiency;
    private static DelphesFormula momentumResolution;
    private static DelphesFormula ecalResolution;
    private static DelphesFormula electronEfficiency;

    @BeforeAll
    static void compileCardFormulas() throws IOException {
        DelphesCard card = DelphesCard.read(TestPaths.repositoryFile("delphes-examples/cards/delphes_card_CMS.tcl"));
        trackingEfficiency = DelphesFormula.compile(
                card.module("ElectronTrackingEfficiency").orElseThrow().require("EfficiencyFormula").text());
        momentumResolution = DelphesFormula.compile(
                card.module("ElectronMomentumSmearing").orElseThrow().require("ResolutionFormula").text());
        ecalResolution = DelphesFormula.compile(card.module("ECal").orElseThrow().require("ResolutionFormula").text());
        electronEfficiency = DelphesFormula.compile(
                card.module("ElectronEfficiency").orElseThrow().require("EfficiencyFormula").text());
    }

    private static double value(String formula) {
        return DelphesFormula.compile(formula).evaluate(0, 0, 0, 0);
    }

    @Test
    void trackingEfficiencyByRegion() {
        // |eta| <= 1.5 and 1.0 < pt <= 1.0e2: 0.95
        assertEquals(0.95, trackingEfficiency.evaluate(50, 0.3, 0, 0), TOLERANCE);
        // 1.5 < |eta| <= 2.5 and pt > 1.0e2: 0.90
        assertEquals(0.90, trackingEfficiency.evaluate(150, 2.0, 0, 0), TOLERANCE);
        // |eta| <= 1.5 and pt > 1.0e2: 0.99
        assertEquals(0.99, trackingEfficiency.evaluate(150, -0.3, 0, 0), TOLERANCE);
        // |eta| <= 1.5 and 0.1 < pt <= 1.0: 0.73; 1.5 < |eta| <= 2.5 and 0.1 < pt <= 1.0: 0.50
        assertEquals(0.73, trackingEfficiency.evaluate(0.5, 0.0, 0, 0), TOLERANCE);
        assertEquals(0.50, trackingEfficiency.evaluate(0.5, -2.0, 0, 0), TOLERANCE);
        // pt <= 0.1 or |eta| > 2.5: 0
        assertEquals(0.0, trackingEfficiency.evaluate(0.05, 0.0, 0, 0), TOLERANCE);
        assertEquals(0.0, trackingEfficiency.evaluate(50, 2.6, 0, 0), TOLERANCE);
    }

    @Test
    void trackingEfficiencyBoundariesFollowLessOrEqual() {
        // pt exactly 1.0e2 is in "pt <= 1.0e2" (0.95), just above it in "pt > 1.0e2" (0.99).
        assertEquals(0.95, trackingEfficiency.evaluate(100.0, 0.3, 0, 0), TOLERANCE);
        assertEquals(0.99, trackingEfficiency.evaluate(Math.nextUp(100.0), 0.3, 0, 0), TOLERANCE);
        // |eta| exactly 1.5 is barrel (0.95), just above it endcap (0.83); both signs.
        assertEquals(0.95, trackingEfficiency.evaluate(50, 1.5, 0, 0), TOLERANCE);
        assertEquals(0.95, trackingEfficiency.evaluate(50, -1.5, 0, 0), TOLERANCE);
        assertEquals(0.83, trackingEfficiency.evaluate(50, Math.nextUp(1.5), 0, 0), TOLERANCE);
        // |eta| exactly 2.5 is still endcap (0.83), above it 0.
        assertEquals(0.83, trackingEfficiency.evaluate(50, 2.5, 0, 0), TOLERANCE);
        assertEquals(0.0, trackingEfficiency.evaluate(50, Math.nextUp(2.5), 0, 0), TOLERANCE);
        // pt exactly 1.0 is in "pt > 0.1 && pt <= 1.0" (0.73); pt exactly 0.1 in "pt <= 0.1" (0).
        assertEquals(0.73, trackingEfficiency.evaluate(1.0, 0.0, 0, 0), TOLERANCE);
        assertEquals(0.0, trackingEfficiency.evaluate(0.1, 0.0, 0, 0), TOLERANCE);
    }

    @Test
    void momentumResolutionByRegion() {
        // |eta| <= 0.5: sqrt(0.03^2 + 50^2 * (1.3e-3)^2) = sqrt(0.0009 + 0.004225) = sqrt(0.005125)
        assertEquals(Math.sqrt(0.005125), momentumResolution.evaluate(50, 0.3, 0, 0), TOLERANCE);
        // |eta| exactly 0.5 is still the first region.
        assertEquals(Math.sqrt(0.005125), momentumResolution.evaluate(50, 0.5, 0, 0), TOLERANCE);
        // 0.5 < |eta| <= 1.5: sqrt(0.05^2 + 2500 * (1.7e-3)^2) = sqrt(0.0025 + 0.007225) = sqrt(0.009725)
        assertEquals(Math.sqrt(0.009725), momentumResolution.evaluate(50, -1.0, 0, 0), TOLERANCE);
        // 1.5 < |eta| <= 2.5: sqrt(0.15^2 + 2500 * (3.1e-3)^2) = sqrt(0.0225 + 0.024025) = sqrt(0.046525)
        assertEquals(Math.sqrt(0.046525), momentumResolution.evaluate(50, 2.0, 0, 0), TOLERANCE);
        // pt <= 0.1 gives 0, and so does |eta| > 2.5.
        assertEquals(0.0, momentumResolution.evaluate(0.1, 0.3, 0, 0), TOLERANCE);
        assertEquals(0.0, momentumResolution.evaluate(50, 3.0, 0, 0), TOLERANCE);
    }

    @Test
    void ecalResolutionByRegion() {
        // Barrel at eta 0.5, 50 GeV: (1 + 0.64 * 0.25) * sqrt(50^2 * 0.008^2 + 50 * 0.11^2 + 0.40^2)
        //   = 1.16 * sqrt(0.16 + 0.605 + 0.16) = 1.16 * sqrt(0.925)
        assertEquals(1.16 * Math.sqrt(0.925), ecalResolution.evaluate(0, 0.5, 0, 50), TOLERANCE);
        // Endcap at eta 2.0, 100 GeV: (2.16 + 5.6 * 0^2) * sqrt(0.64 + 1.21 + 0.16) = 2.16 * sqrt(2.01)
        assertEquals(2.16 * Math.sqrt(2.01), ecalResolution.evaluate(0, -2.0, 0, 100), TOLERANCE);
        // Forward at eta 3.0, 100 GeV: sqrt(100^2 * 0.107^2 + 100 * 2.08^2) = sqrt(114.49 + 432.64)
        assertEquals(Math.sqrt(547.13), ecalResolution.evaluate(0, 3.0, 0, 100), 1e-9);
        // |eta| exactly 1.5 is barrel: (1 + 0.64 * 2.25) = 2.44 times the energy term sqrt(0.925).
        assertEquals(2.44 * Math.sqrt(0.925), ecalResolution.evaluate(0, 1.5, 0, 50), TOLERANCE);
        // Beyond |eta| = 5 no region applies.
        assertEquals(0.0, ecalResolution.evaluate(0, 5.5, 0, 50), TOLERANCE);
    }

    @Test
    void electronEfficiencyByRegion() {
        // pt <= 10: 0; |eta| <= 1.5: 0.95; 1.5 < |eta| <= 2.5: 0.85; beyond: 0.
        assertEquals(0.0, electronEfficiency.evaluate(10.0, 0.0, 0, 0), TOLERANCE);
        assertEquals(0.95, electronEfficiency.evaluate(Math.nextUp(10.0), 0.0, 0, 0), TOLERANCE);
        assertEquals(0.85, electronEfficiency.evaluate(40, 2.0, 0, 0), TOLERANCE);
        assertEquals(0.0, electronEfficiency.evaluate(40, 2.7, 0, 0), TOLERANCE);
    }

    @Test
    void powerBindsTighterThanUnaryMinus() {
        // ROOT 6 TFormula rewrites -2^2 as -pow(2,2).
        assertEquals(-4.0, value("-2^2"), 0.0);
        assertEquals(-9.0, DelphesFormula.compile("-pt^2").evaluate(3, 0, 0, 0), 0.0);
        assertEquals(4.0, value("(-2)^2"), 0.0);
    }

    @Test
    void powerIsRightAssociativeWithSignedExponent() {
        assertEquals(512.0, value("2^3^2"), 0.0);
        assertEquals(0.5, value("2^-1"), 0.0);
        assertEquals(18.0, value("2*3^2"), 0.0);
        assertEquals(8.0, value("2**3"), 0.0);
        // The card writes (1.3e-3)^2 as 1.3e-3^2: the exponent of the literal is not the power.
        assertEquals(1.69e-6, value("1.3e-3^2"), 1e-20);
        assertEquals(0.25, value("(abs(-2.5)-2)^2"), 0.0);
    }

    @Test
    void arithmeticAndLogicPrecedence() {
        assertEquals(5.0, value("1 + 2 * 3 - 4 / 2"), 0.0);
        assertEquals(1.0, value("1 < 2 == 1"), 0.0);
        assertEquals(0.0, value("0 || 1 && 0"), 0.0);
        assertEquals(2.0, value("!0 + 1"), 0.0);
        assertEquals(1.0, value("!(1 > 2) && 3 != 4"), 0.0);
        assertEquals(20.0, value("1 > 2 ? 10 : 20"), 0.0);
        assertEquals(6.0, value("1.0e2 / 50 + .5 * 8"), 0.0);
    }

    @Test
    void variablesAndAliases() {
        DelphesFormula named = DelphesFormula.compile("pt * 1000 + eta * 100 + phi * 10 + energy");
        DelphesFormula aliases = DelphesFormula.compile("x * 1000 + y * 100 + z * 10 + t");
        assertEquals(1234.0, named.evaluate(1, 2, 3, 4), 0.0);
        assertEquals(1234.0, aliases.evaluate(1, 2, 3, 4), 0.0);
    }

    @Test
    void functionsAndConstants() {
        assertEquals(2.0 + 8.0 + Math.PI, value("TMath::Abs(-2) + TMath::Power(2, 3) + TMath::Pi()"), 1e-15);
        assertEquals(3.0, value("min(1, 2) + max(1, 2)"), 0.0);
        assertEquals(Math.tanh(0.5) + Math.cosh(0.5) + Math.exp(1), value("tanh(0.5) + cosh(0.5) + exp(1)"), 1e-15);
        assertEquals(Math.E + Math.PI, value("e + pi"), 1e-15);
        assertEquals(-3.0, value("sign(3, -1)"), 0.0);
        assertEquals(9.0, value("sq(3)"), 0.0);
    }

    @Test
    void unknownIdentifierNamesOffset() {
        FormulaException error = assertThrows(FormulaException.class, () -> DelphesFormula.compile("pt * 2 + theta"));
        assertEquals(9, error.offset());
        assertTrue(error.getMessage().startsWith("unknown identifier 'theta' at offset 9 of formula 'pt * 2 + theta'"),
                error.getMessage());
    }

    @Test
    void unknownFunction() {
        FormulaException error = assertThrows(FormulaException.class, () -> DelphesFormula.compile("pt + gaus(1)"));
        assertEquals(5, error.offset());
        assertTrue(error.getMessage().contains("unknown function 'gaus'"), error.getMessage());
    }

    @Test
    void wrongArgumentCount() {
        FormulaException error = assertThrows(FormulaException.class, () -> DelphesFormula.compile("sqrt(1, 2)"));
        assertTrue(error.getMessage().contains("function sqrt() takes 1 argument, found 2"), error.getMessage());
    }

    @Test
    void syntaxErrors() {
        FormulaException open = assertThrows(FormulaException.class, () -> DelphesFormula.compile("(pt + 1"));
        assertTrue(open.getMessage().contains("expected ')'"), open.getMessage());
        assertTrue(open.getMessage().contains("(at the end)"), open.getMessage());

        FormulaException trailing = assertThrows(FormulaException.class, () -> DelphesFormula.compile("pt +"));
        assertTrue(trailing.getMessage().contains("incomplete formula"), trailing.getMessage());

        FormulaException empty = assertThrows(FormulaException.class, () -> DelphesFormula.compile("  "));
        assertTrue(empty.getMessage().contains("empty formula"), empty.getMessage());

        FormulaException modulo = assertThrows(FormulaException.class, () -> DelphesFormula.compile("pt % 2"));
        assertEquals(3, modulo.offset());
        assertTrue(modulo.getMessage().contains("unexpected character '%'"), modulo.getMessage());

        FormulaException extra = assertThrows(FormulaException.class, () -> DelphesFormula.compile("pt 2"));
        assertEquals(3, extra.offset());
        assertTrue(extra.getMessage().contains("unexpected '2' after a complete expression"), extra.getMessage());
    }
}
