package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lenient tag scanning used for headers, {@code <event>} attributes and {@code <wgt>} ids. */
class LheMarkupTest {

    @Test
    void attributesInBothQuoteStyles() {
        // As in MadGraph 3.5 (single quotes) and the LHEF 3.0 examples of Pythia (double quotes).
        String tag = "<weight id='7' MUR=\"0.5\"  PDF = \"247000\" flag>";

        Map<String, String> attributes = LheMarkup.attributes(tag, 0, tag.length() - 1);

        assertEquals(Map.of("id", "7", "MUR", "0.5", "PDF", "247000", "flag", ""), attributes);
        assertEquals(List.of("id", "MUR", "PDF", "flag"), List.copyOf(attributes.keySet()));
    }

    @Test
    void attributeValueKeepsSpacesAndGreaterThan() {
        String tag = "<event npLO=\" -1 \" note='a > b'>";
        int end = LheMarkup.tagEnd(tag, 0);

        assertEquals(tag.length() - 1, end);
        assertEquals(Map.of("npLO", " -1 ", "note", "a > b"), LheMarkup.attributes(tag, 0, end));
    }

    @Test
    void singleAttributeLookup() {
        String tag = "<wgt id='145'>";

        assertEquals("145", LheMarkup.attribute(tag, 0, tag.length() - 1, "id"));
        assertNull(LheMarkup.attribute(tag, 0, tag.length() - 1, "i"));
        assertNull(LheMarkup.attribute("<wgt>", 0, 4, "id"));
    }

    @Test
    void startTagMatchesWholeName() {
        assertTrue(LheMarkup.startsWithTag("  <event>", 2, "<event"));
        assertTrue(LheMarkup.startsWithTag("<event npLO=\" 1 \">", 0, "<event"));
        assertTrue(LheMarkup.startsWithTag("<weightinfo name=\"a\"/>", 0, "<weightinfo"));
        assertFalse(LheMarkup.startsWithTag("<eventgroup>", 0, "<event"));
        assertFalse(LheMarkup.startsWithTag("<weights>", 0, "<weight"));
    }

    @Test
    void lineOfBlockOffset() {
        String block = "<rwgt>\n<wgt id='1'> 1.0 </wgt>\n<wgt id='2'> x </wgt>\n</rwgt>";
        int offset = block.indexOf("<wgt id='2'>");

        assertEquals(12, LheMarkup.lineAt(block, 10, offset));
        assertEquals("<wgt id='2'> x </wgt>", LheMarkup.lineText(block, offset));
        assertEquals("<rwgt>", LheMarkup.lineText(block, 0));
    }
}
