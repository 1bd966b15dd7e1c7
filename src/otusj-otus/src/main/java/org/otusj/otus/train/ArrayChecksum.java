package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * An exact fingerprint of float arrays, for the DEBUG log of training: a 64-bit hash of every value's
 * bits, which distinguishes two runs from the first differing bit on, and the sum of the values, which shows
 * how far apart they are.
 *
 * @param hash hash of the raw float bits, in array order
 * @param sum sum of all values
 */
record ArrayChecksum(long hash, double sum) {

    /** Computes the checksum of {@code arrays}, read back from native memory. */
    static ArrayChecksum of(List<NDArray> arrays) {
        long hash = 1;
        double sum = 0;
        for (NDArray array : arrays) {
            for (float value : array.toFloatArray()) {
                hash = 31 * hash + Float.floatToRawIntBits(value);
                sum += value;
            }
        }
        return new ArrayChecksum(hash, sum);
    }

    /** Computes the checksum of the rows of a sample, as the float values the networks see. */
    static ArrayChecksum of(double[][] rows) {
        long hash = 1;
        double sum = 0;
        for (double[] row : rows) {
            for (double value : row) {
                hash = 31 * hash + Float.floatToRawIntBits((float) value);
                sum += value;
            }
        }
        return new ArrayChecksum(hash, sum);
    }

    @Override
    public String toString() {
        return String.format("%016x (sum %.17g)", hash, sum);
    }
}
