package org.otusj.core.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionParserTest {

    private static boolean evaluate(String text, Set<String> trueNames) {
        return ConditionParser.parse(text).evaluate(reference -> trueNames.contains(reference.name()));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals("(A or (B and C))", ConditionParser.parse("A or B and C").toString());
        assertEquals("((A and B) or C)", ConditionParser.parse("A && B || C").toString());
        assertEquals("(not A and B)", ConditionParser.parse("!A and B").toString());
        assertEquals("not (A or B)", ConditionParser.parse("not (A || B)").toString());
    }

    @Test
    void truthTableOfMixedOperators() {
        String text = "Sel and not Sel.veto || (Other && !Sel)";
        assertTrue(evaluate(text, Set.of("Sel")));
        assertFalse(evaluate(text, Set.of("Sel", "Sel.veto")));
        assertTrue(evaluate(text, Set.of("Other")));
        assertFalse(evaluate(text, Set.of("Other", "Sel", "Sel.veto")));
        assertFalse(evaluate(text, Set.of()));
        assertTrue(evaluate("TRUE", Set.of()));
        assertFalse(evaluate("false or false", Set.of()));
    }

    @Test
    void keywordsNeedWordBoundaries() {
        Condition condition = ConditionParser.parse("order and notable");
        assertEquals(List.of("order", "notable"), condition.references().stream().map(Condition.Reference::name)
                .toList());
    }

    @Test
    void referencesKeepColumns() {
        List<Condition.Reference> references = ConditionParser.parse("A and  Sel.flag").references();
        assertEquals(1, references.get(0).column());
        assertEquals(8, references.get(1).column());
    }

    @Test
    void errorsNameColumnAndExpectation() {
        IllegalArgumentException missingParenthesis = assertThrows(IllegalArgumentException.class,
                () -> ConditionParser.parse("(A and B"));
        assertEquals("invalid condition '(A and B' at column 9: expected ')', found the end of the condition",
                missingParenthesis.getMessage());

        IllegalArgumentException trailing = assertThrows(IllegalArgumentException.class,
                () -> ConditionParser.parse("A B"));
        assertTrue(trailing.getMessage().contains("at column 3: expected 'and', 'or' or the end"),
                trailing.getMessage());

        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> ConditionParser.parse(" "));
        assertTrue(empty.getMessage().startsWith("empty condition"), empty.getMessage());

        IllegalArgumentException operator = assertThrows(IllegalArgumentException.class,
                () -> ConditionParser.parse("A & B"));
        assertTrue(operator.getMessage().contains("column 3"), operator.getMessage());
    }

    @Test
    void splitPrefersLongestProcessorName() {
        assertEquals(new ConditionNames.Split("Sel.v2", "flag"),
                ConditionNames.split("Sel.v2.flag", List.of("Sel", "Sel.v2")).orElseThrow());
        assertEquals(new ConditionNames.Split("Sel", ""), ConditionNames.split("Sel", List.of("Sel")).orElseThrow());
        assertTrue(ConditionNames.split("Other.flag", List.of("Sel")).isEmpty());
    }
}
