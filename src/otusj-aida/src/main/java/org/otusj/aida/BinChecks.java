package org.otusj.aida;

/** Consistency checks on bin contents read from a file, shared by the histogram and profile classes. */
final class BinChecks {

    private BinChecks() {
    }

    /**
     * Throws {@link IllegalArgumentException} naming bin {@code name} if its contents cannot come from
     * fills: negative entries, a non-finite height, a negative or non-finite error, or a bin without
     * entries but with a height or an error.
     */
    static void check(int entries, double height, double error, String name) {
        if (entries < 0) {
            throw new IllegalArgumentException("bin " + name + " has negative entries " + entries);
        }
        if (!Double.isFinite(height)) {
            throw new IllegalArgumentException("bin " + name + " has a non-finite height " + height);
        }
        if (!(error >= 0) || Double.isInfinite(error)) {
            throw new IllegalArgumentException("bin " + name + " has an invalid error " + error
                    + "; expected a finite value >= 0");
        }
        if (entries == 0 && (height != 0 || error != 0)) {
            throw new IllegalArgumentException("bin " + name + " has no entries but height " + height + " and error "
                    + error);
        }
    }

    /**
     * Throws {@link IllegalArgumentException} if the weighted RMS of {@code coordinate} in bin {@code name} is
     * negative. NaN is allowed for a bin whose weights sum to zero, and infinity for a bin filled at
     * +-infinity.
     */
    static void checkRms(double rms, String name, String coordinate) {
        if (rms < 0) {
            throw new IllegalArgumentException("bin " + name + " has a negative weighted RMS of " + coordinate + ", "
                    + rms);
        }
    }
}
