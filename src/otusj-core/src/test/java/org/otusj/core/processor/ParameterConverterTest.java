package org.otusj.core.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Steering text to field values: every spelling that the steering documentation lists, and the errors. */
class ParameterConverterTest {

    /** Fields of every supported type; only their declared types matter. */
    @SuppressWarnings("unused")
    private static final class Fields {
        boolean flag;
        DayOfWeek day;
        int count;
        long seed;
        double width;
        Path file;
        List<Double> widths;
    }

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "yes, true", "Yes, true", "on, true", "ON, true", "1, true",
            "false, false", "False, false", "no, false", "NO, false", "off, false", "Off, false", "0, false"})
    void booleanSpellings(String text, boolean expected) {
        assertEquals(expected, ParameterConverter.convert(field("flag"), text));
    }

    @Test
    void invalidBooleanNamesSpellings() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ParameterConverter.convert(field("flag"), "maybe"));

        assertTrue(error.getMessage().contains("'maybe'"), error.getMessage());
        assertTrue(error.getMessage().contains("yes, no, on, off"), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"MONDAY", "monday", "Monday", " mOnDaY "})
    void enumIgnoresCase(String text) {
        assertEquals(DayOfWeek.MONDAY, ParameterConverter.convert(field("day"), text));
    }

    @Test
    void invalidEnumListsNames() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ParameterConverter.convert(field("day"), "Mon"));

        assertTrue(error.getMessage().contains("MONDAY, TUESDAY"), error.getMessage());
        assertTrue(error.getMessage().contains("(any case)"), error.getMessage());
        assertTrue(error.getMessage().contains("'Mon'"), error.getMessage());
    }

    @Test
    void numbersAndPaths() {
        assertEquals(-3, ParameterConverter.convert(field("count"), " -3 "));
        assertEquals(20220510L, ParameterConverter.convert(field("seed"), "20220510"));
        assertEquals(91.19, ParameterConverter.convert(field("width"), "91.19"));
        assertEquals(Path.of("out/model"), ParameterConverter.convert(field("file"), "out/model"));
    }

    @Test
    void invalidNumberNamesType() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ParameterConverter.convert(field("count"), "2.5"));

        assertEquals("expected 32-bit integer, found '2.5'", error.getMessage());
    }

    @Test
    void emptyPathRejected() {
        assertThrows(IllegalArgumentException.class, () -> ParameterConverter.convert(field("file"), "  "));
    }

    @Test
    void listSplitsAtWhiteSpace() {
        assertEquals(List.of(1.0, 2.5, 3.0), ParameterConverter.convert(field("widths"), " 1\t2.5\n 3 "));
        assertEquals(List.of(), ParameterConverter.convert(field("widths"), "  "));
        assertEquals("list of floating-point numbers", ParameterConverter.describe(field("widths")));
    }

    private static Field field(String name) {
        try {
            return Fields.class.getDeclaredField(name);
        } catch (NoSuchFieldException missing) {
            throw new AssertionError(missing);
        }
    }
}
