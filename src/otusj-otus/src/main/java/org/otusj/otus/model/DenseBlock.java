package org.otusj.otus.model;

import java.util.Arrays;

/**
 * The loops of a dense layer on a block of events laid out structure-of-arrays: one float[] per feature,
 * indexed by event. The innermost loops run over events with fixed weights, so the JIT compiles them to
 * SIMD instructions. Each event's sum is taken in the same order wherever the event sits in the block,
 * so its result does not depend on the block or the batch.
 */
final class DenseBlock {

    private DenseBlock() {
    }

    /**
     * Sets y[e] = bias + sum over k of w[offset + k] x[k][e], for k below {@code count} and e below
     * {@code n}.
     */
    static void affine(float[] y, float bias, float[][] x, int count, float[] w, int offset, int n) {
        Arrays.fill(y, 0, n, bias);
        accumulate(y, x, count, w, offset, n);
    }

    /**
     * Adds sum over k of w[offset + k] x[k][e] to y[e], for k below {@code count} and e below {@code n}.
     * Four inputs per pass over the events: HotSpot C2 (JDK 17) turns a loop body of that size into SIMD
     * code. A body of eight inputs stayed scalar, 3.5 times slower, unless -XX:LoopUnrollLimit was raised
     * (measured on the AVX-512 machine of docs/benchmarks.md).
     */
    static void accumulate(float[] y, float[][] x, int count, float[] w, int offset, int n) {
        int k = 0;
        for (; k + 4 <= count; k += 4) {
            add4(y, x, k, w, offset + k, n);
        }
        if (k + 2 <= count) {
            add2(y, x[k], x[k + 1], w[offset + k], w[offset + k + 1], n);
            k += 2;
        }
        if (k < count) {
            add1(y, x[k], w[offset + k], n);
        }
    }

    /** Sets y[e] = max(y[e], 0) for e below {@code n}. */
    static void relu(float[] y, int n) {
        for (int e = 0; e < n; e++) {
            y[e] = Math.max(y[e], 0f);
        }
    }

    private static void add4(float[] y, float[][] x, int k, float[] w, int at, int n) {
        float[] x0 = x[k];
        float[] x1 = x[k + 1];
        float[] x2 = x[k + 2];
        float[] x3 = x[k + 3];
        float w0 = w[at];
        float w1 = w[at + 1];
        float w2 = w[at + 2];
        float w3 = w[at + 3];
        for (int e = 0; e < n; e++) {
            y[e] = Math.fma(w3, x3[e], Math.fma(w2, x2[e], Math.fma(w1, x1[e], Math.fma(w0, x0[e], y[e]))));
        }
    }

    private static void add2(float[] y, float[] x0, float[] x1, float w0, float w1, int n) {
        for (int e = 0; e < n; e++) {
            y[e] = Math.fma(w1, x1[e], Math.fma(w0, x0[e], y[e]));
        }
    }

    private static void add1(float[] y, float[] x, float w, int n) {
        for (int e = 0; e < n; e++) {
            y[e] = Math.fma(w, x[e], y[e]);
        }
    }
}
