package org.otusj.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OtusVectorsTest {

    @Test
    void ofCopiesRows() {
        double[][] values = {{1, 2}, {3, 4}};
        OtusVectors vectors = OtusVectors.of(values, List.of("a", "b"), "GeV");

        values[0][0] = 99;
        vectors.toArray()[1][1] = 99;
        vectors.row(1)[0] = 99;

        assertEquals(1.0, vectors.get(0, 0), 0.0);
        assertArrayEquals(new double[] {3, 4}, vectors.row(1), 0.0);
        assertEquals(2, vectors.rows());
        assertEquals(2, vectors.dimension());
    }

    @Test
    void raggedRowsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OtusVectors.of(new double[][] {{1, 2}, {3}}, List.of(), ""));
        assertTrue(error.getMessage().contains("row 1"), error.getMessage());
        assertTrue(error.getMessage().contains("expected 2"), error.getMessage());
    }

    @Test
    void nullRowRejected() {
        assertThrows(IllegalArgumentException.class, () -> OtusVectors.of(new double[][] {{1}, null}, List.of(), ""));
    }

    @Test
    void zeroColumnsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OtusVectors.of(new double[][] {{}, {}}, List.of(), ""));
    }

    @Test
    void columnCountMustMatch() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OtusVectors.of(new double[][] {{1, 2, 3}}, List.of("a", "b"), "GeV"));
        assertTrue(error.getMessage().contains("2 column names"), error.getMessage());
        assertTrue(error.getMessage().contains("3 values"), error.getMessage());
    }

    @Test
    void repeatedOrBlankColumnRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> OtusVectors.of(new double[][] {{1, 2}}, List.of("a", "a"), "GeV"));
        assertThrows(IllegalArgumentException.class,
                () -> OtusVectors.of(new double[][] {{1, 2}}, List.of("a", " "), "GeV"));
    }

    @Test
    void rowRangeSelectsRows() {
        OtusVectors vectors = OtusVectors.of(new double[][] {{0}, {1}, {2}, {3}}, List.of("a"), "GeV");

        OtusVectors middle = vectors.rowRange(1, 3);

        assertEquals(2, middle.rows());
        assertEquals(1.0, middle.get(0, 0), 0.0);
        assertEquals(2.0, middle.get(1, 0), 0.0);
        assertEquals(List.of("a"), middle.columns());
        assertEquals(0, vectors.rowRange(4, 4).rows());
        assertThrows(IndexOutOfBoundsException.class, () -> vectors.rowRange(2, 5));
    }
}
