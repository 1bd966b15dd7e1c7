package org.otusj.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast path must give exactly the double of {@link Double#parseDouble}, or NaN to fall back. */
class DecimalParserTest {

    private static void assertSameAsJdk(String text) {
        double fast = DecimalParser.parse(("  " + text + " ").toCharArray(), 2, 2 + text.length());
        if (Double.isNaN(fast)) {
            return;
        }
        double expected = Double.parseDouble(text);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(fast), text);
    }

    @Test
    void lheStyleNumbersTakeFastPath() {
        String[] texts = {"-0.5302766766E+01", "+1.1843183646e+02", "0.35000000000E+04", "1.20536E+03", "-0.0",
            "0", "7", "1.", ".5", "+.5e-3", "9007199254740992", "1e22", "1e-22", "0.0001234"};
        for (String text : texts) {
            double fast = DecimalParser.parse(text.toCharArray(), 0, text.length());
            assertTrue(!Double.isNaN(fast), text + " should take the fast path");
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
        }
    }

    @Test
    void otherFormsFallBack() {
        String[] texts = {"NaN", "Infinity", "-Infinity", "1.0D+03", "1.0d0", "0x1p3", "1.0f", "1e", "1e+", ".", "-",
            "", "1.2.3", "12345678901234567890", "9007199254740993", "1e23", "1e-23", "1e12345", "abc"};
        for (String text : texts) {
            double fast = DecimalParser.parse(text.toCharArray(), 0, text.length());
            assertTrue(Double.isNaN(fast), text + " should fall back");
        }
    }

    @Test
    void randomNumbersMatchJdk() {
        SplittableRandom random = new SplittableRandom(20220510L);
        for (int i = 0; i < 200_000; i++) {
            double value = Math.scalb(random.nextDouble(-1, 1), random.nextInt(-60, 60));
            int digits = random.nextInt(1, 17);
            assertSameAsJdk(String.format(Locale.ROOT, "%." + digits + "E", value));
            assertSameAsJdk(String.format(Locale.ROOT, "%." + digits + "f", value));
            assertSameAsJdk(Double.toString(value));
        }
    }
}
