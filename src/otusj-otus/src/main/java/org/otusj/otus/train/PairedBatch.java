package org.otusj.otus.train;

/**
 * A batch of given (z, x) pairs for the semi-supervised losses, row-major.
 *
 * @param z parton-level rows
 * @param x detector-level rows, row i from the same event as z row i
 * @param count number of pairs
 */
record PairedBatch(float[] z, float[] x, int count) {
}
