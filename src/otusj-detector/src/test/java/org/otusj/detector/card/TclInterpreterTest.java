package org.otusj.detector.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tcl syntax and error cases, on small cards written to a temporary folder. */
class TclInterpreterTest {

    @TempDir
    Path directory;

    private DelphesCard card(String text) throws IOException {
        Path file = directory.resolve("card.tcl");
        Files.writeString(file, text);
        return DelphesCard.read(file);
    }

    private CardModule module(String body) throws IOException {
        return card("module Test M {\n" + body + "\n}\n").module("M").orElseThrow();
    }

    private CardException failure(String text) {
        return assertThrows(CardException.class, () -> card(text));
    }

    @Test
    void setBracesQuotesAndSubstitution() throws IOException {
        CardModule m = module("""
                set a 1.5
                set b {literal $a [expr 1]}
                set c "quoted $a and [expr {2 * $a}]"
                set d $a
                set e ${a}x
                """);
        assertEquals("1.5", m.require("a").text());
        assertEquals("literal $a [expr 1]", m.require("b").text());
        assertEquals("quoted 1.5 and 3.0", m.require("c").text());
        assertEquals(1.5, m.require("d").toDouble(), 0.0);
        assertEquals("1.5x", m.require("e").text());
    }

    @Test
    void commentsSemicolonsAndContinuation() throws IOException {
        DelphesCard card = card("""
                # a top-level comment may hold an unbalanced { brace \\
                  and a backslash continues it on this line
                set a 1; set b 2 ;# trailing comment
                add L x \\
                      y
                """);
        assertEquals(1, card.globals().get("a").toLong());
        assertEquals(2, card.globals().get("b").toLong());
        assertEquals(2, card.globals().get("L").size());
        assertEquals("y", card.globals().get("L").element(1).text());
        assertFalse(card.globals().containsKey("and"));
    }

    @Test
    void braceInCommentInsideBodyCounts() {
        // As in Tcl, a brace in a comment inside a braced body still counts when the body is matched.
        CardException error = failure("module Test M {\n  # comment with {\n  set a 1\n}\n");
        assertEquals(1, error.line());
        assertTrue(error.getMessage().contains("missing close-brace"), error.getMessage());
    }

    @Test
    void backslashNewlineInBracesBecomesSpace() throws IOException {
        CardModule m = module("set f {a +\\\n      b}");
        assertEquals("a + b", m.require("f").text());
    }

    @Test
    void addAppendsListElements() throws IOException {
        CardModule m = module("""
                add L {11} {1.0}
                lappend L {a b}
                set Inner {1 2 3}
                add Outer 0 $Inner
                """);
        assertEquals(3, m.require("L").size());
        assertEquals("a b", m.require("L").element(2).text());
        assertEquals(2, m.require("Outer").size());
        assertEquals(3, m.require("Outer").element(1).size());
        assertEquals("0 {1 2 3}", m.require("Outer").text());
    }

    @Test
    void forLoopCountsLikeTcl() throws IOException {
        // for {set i -3} {$i <= 3} {incr i}: seven values -3..3, each times 0.5.
        CardModule m = module("""
                set L {}
                for {set i -3} {$i <= 3} {incr i} {
                  add L [expr {$i * 0.5}]
                }
                """);
        assertEquals(7, m.require("L").size());
        assertEquals(-1.5, m.require("L").element(0).toDouble(), 0.0);
        assertEquals(1.5, m.require("L").element(6).toDouble(), 0.0);
        assertEquals(4, m.require("i").toLong());
    }

    @Test
    void foreachOverList() throws IOException {
        CardModule m = module("""
                foreach {x y} {1 2 3 4 5} {
                  add Pairs [expr {$x * 10}] $y
                }
                """);
        // Three rounds: (1, 2), (3, 4), (5, "") -> elements 10 2 30 4 50 {}.
        assertEquals(6, m.require("Pairs").size());
        assertEquals(50, m.require("Pairs").element(4).toLong());
        assertEquals("", m.require("Pairs").element(5).text());
    }

    @Test
    void exprIntegerAndFloatRules() throws IOException {
        CardModule m = module("""
                set div [expr {-7 / 2}]
                set mod [expr {-7 % 2}]
                set fdiv [expr {-7 / 2.0}]
                set prec [expr {1 + 2 * 3 - 4 / 2}]
                set cmp [expr {3 >= 2 && !(1 > 2) || 0}]
                set tern [expr {2 > 1 ? 10 : 20}]
                set fn [expr {pow(2, 10) + abs(-3) + int(2.7) + round(-2.5) + sqrt(16.0)}]
                set short [expr {0 && [nosuchcommand]}]
                set unbraced [expr 1 + 2]
                """);
        // Tcl integer division and remainder round towards negative infinity: -7/2 = -4, -7%2 = 1.
        assertEquals(-4, m.require("div").toLong());
        assertEquals(1, m.require("mod").toLong());
        assertEquals(-3.5, m.require("fdiv").toDouble(), 0.0);
        // 1 + 6 - 2 = 5
        assertEquals(5, m.require("prec").toLong());
        assertEquals(1, m.require("cmp").toLong());
        assertEquals(10, m.require("tern").toLong());
        // 1024 + 3 + 2 + (-3) + 4 = 1030
        assertEquals(1030.0, m.require("fn").toDouble(), 0.0);
        assertEquals(0, m.require("short").toLong());
        assertEquals(3, m.require("unbraced").toLong());
    }

    @Test
    void moduleScopeReadsGlobals() throws IOException {
        DelphesCard card = card("""
                set Shared 2.5
                module Test A {
                  set x [expr {$Shared * 2}]
                }
                module Test B {
                  set x 7
                }
                """);
        assertEquals(5.0, card.module("A").orElseThrow().require("x").toDouble(), 0.0);
        assertEquals(7, card.module("B").orElseThrow().require("x").toLong());
        assertFalse(card.globals().containsKey("x"));
        assertEquals(2.5, card.globals().get("Shared").toDouble(), 0.0);
    }

    @Test
    void duplicateModuleMergesParameters() throws IOException {
        DelphesCard card = card("""
                module Efficiency E { set A 1 }
                module Other E { set B 2 }
                """);
        assertEquals(1, card.modules().size());
        CardModule module = card.module("E").orElseThrow();
        assertEquals("Efficiency", module.type());
        assertTrue(module.has("A"));
        assertTrue(module.has("B"));
    }

    @Test
    void sourceReadsFileBesideTheCard() throws IOException {
        Files.writeString(directory.resolve("part.tcl"), "set FromPart 42\n");
        CardModule m = module("source part.tcl");
        assertEquals(42, m.require("FromPart").toLong());
    }

    @Test
    void unknownCommandNamesFileAndLine() {
        CardException error = failure("set a 1\n\nmodule Test M {\n  set b 2\n  if {1} {set c 3}\n}\n");
        assertEquals(5, error.line());
        assertTrue(error.getMessage().startsWith(directory.resolve("card.tcl") + ":5: unknown command 'if'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("set, add"), error.getMessage());
    }

    @Test
    void errorInLoopBodyNamesItsLine() {
        CardException error = failure("for {set i 0} {$i < 2} {incr i} {\n  set a 1\n  set b $nothing\n}\n");
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("can't read \"nothing\": no such variable"), error.getMessage());
    }

    @Test
    void missingCloseBrace() {
        CardException error = failure("set a 1\nmodule Test M {\n  set b 2\n");
        assertEquals(2, error.line());
        assertTrue(error.getMessage().contains("missing close-brace"), error.getMessage());
    }

    @Test
    void missingCloseBracket() {
        CardException error = failure("set a [expr {1 + 2}\n");
        assertTrue(error.getMessage().contains("missing close-bracket"), error.getMessage());
    }

    @Test
    void extraCharactersAfterBrace() {
        CardException error = failure("set a {1}x\n");
        assertTrue(error.getMessage().contains("extra characters after close-brace"), error.getMessage());
    }

    @Test
    void wrongArgumentCount() {
        CardException error = failure("set a 1 2\n");
        assertTrue(error.getMessage().contains("wrong # args: should be \"set varName ?newValue?\""),
                error.getMessage());
    }

    @Test
    void exprErrors() {
        assertTrue(failure("set a [expr {1 / 0}]").getMessage().contains("divide by zero"));
        assertTrue(failure("set a [expr {sqrt(-1)}]").getMessage().contains("domain error"));
        assertTrue(failure("set a [expr {nofunction(1)}]").getMessage().contains("unknown math function"));
        assertTrue(failure("set a [expr {1 +}]").getMessage().contains("missing operand"));
        assertTrue(failure("set s abc\nset a [expr {$s + 1}]").getMessage().contains("is not a number"));
    }

    @Test
    void incrNeedsInteger() {
        CardException error = failure("set i 1.5\nincr i\n");
        assertEquals(2, error.line());
        assertTrue(error.getMessage().contains("must be an integer"), error.getMessage());
    }

    @Test
    void arrayVariablesRejected() {
        assertTrue(failure("set a(1) 2").getMessage().contains("array variables are not supported"));
    }

    @Test
    void missingSourcedFile() {
        CardException error = failure("source absent.tcl\n");
        assertTrue(error.getMessage().contains("sourced file not found"), error.getMessage());
    }

    @Test
    void selfSourcingStops() throws IOException {
        Path file = directory.resolve("loop.tcl");
        Files.writeString(file, "source loop.tcl\n");
        CardException error = assertThrows(CardException.class, () -> DelphesCard.read(file));
        assertTrue(error.getMessage().contains("nested evaluations"), error.getMessage());
    }

    @Test
    void wrongParameterKindNamesLine() throws IOException {
        CardModule m = module("set EnergyMin abc\nset Flag maybe");
        IllegalArgumentException number =
                assertThrows(IllegalArgumentException.class, () -> m.doubleValue("EnergyMin", 0));
        assertTrue(number.getMessage().contains("card.tcl:2: parameter 'EnergyMin' of module 'M' must be a number"),
                number.getMessage());
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class, () -> m.booleanValue("Flag", true));
        assertTrue(flag.getMessage().contains("must be a boolean"), flag.getMessage());
    }
}
