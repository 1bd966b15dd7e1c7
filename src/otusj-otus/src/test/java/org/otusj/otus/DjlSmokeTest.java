package org.otusj.otus;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class DjlSmokeTest {
    @Test
    void engineLoads() {
        System.out.println("offline=" + System.getProperty("ai.djl.offline"));
        Engine e = Engine.getEngine("PyTorch");
        System.out.println(e.getEngineName() + " " + e.getVersion());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[] {3, 1, 2});
            System.out.println(a.sort());
        }
    }
}
