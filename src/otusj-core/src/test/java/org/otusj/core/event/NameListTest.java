package org.otusj.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameListTest {

    @Test
    void shortListUnchanged() {
        assertEquals("Electrons, Electrons_1", NameList.shortened(List.of("Electrons", "Electrons_1")));
    }

    @Test
    void longListCountsTheRest() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1040; i++) {
            names.add("E_" + i);
        }

        String text = NameList.shortened(names);

        assertTrue(text.startsWith("E_0, E_1, "), text);
        assertTrue(text.endsWith("E_19, ... and 1020 more"), text);
        assertTrue(NameList.shortened(names, " ").endsWith("E_18 E_19 ... and 1020 more"));
    }
}
