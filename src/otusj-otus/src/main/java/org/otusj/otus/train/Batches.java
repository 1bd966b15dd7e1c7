package org.otusj.otus.train;

/** Copies selected rows of a sample into the row-major float arrays the networks take. */
final class Batches {

    private Batches() {
    }

    /** Rows {@code order[from]} .. {@code order[from + count - 1]} of {@code rows}, row-major. */
    static float[] gather(double[][] rows, int[] order, int from, int count) {
        int dimension = rows[0].length;
        float[] out = new float[count * dimension];
        for (int r = 0; r < count; r++) {
            double[] row = rows[order[from + r]];
            for (int j = 0; j < dimension; j++) {
                out[r * dimension + j] = (float) row[j];
            }
        }
        return out;
    }

    /** All rows of {@code rows}, row-major. */
    static float[] flatten(double[][] rows) {
        int[] identity = new int[rows.length];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return gather(rows, identity, 0, rows.length);
    }
}
