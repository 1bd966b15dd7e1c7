package org.otusj.detector;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/**
 * A random generator that returns given uniform and Gaussian numbers in order, so that a test can fix
 * every draw of the response and compute the result by hand. Any other use, or running out of numbers,
 * fails the test.
 */
public final class ScriptedRandom implements RandomGenerator {

    private final Deque<Double> uniforms = new ArrayDeque<>();
    private final Deque<Double> gaussians = new ArrayDeque<>();

    public ScriptedRandom uniform(double value) {
        uniforms.add(value);
        return this;
    }

    public ScriptedRandom gaussian(double value) {
        gaussians.add(value);
        return this;
    }

    /** Returns true when every scripted number has been drawn. */
    public boolean exhausted() {
        return uniforms.isEmpty() && gaussians.isEmpty();
    }

    @Override
    public double nextDouble() {
        if (uniforms.isEmpty()) {
            throw new AssertionError("unexpected uniform draw");
        }
        return uniforms.poll();
    }

    @Override
    public double nextGaussian() {
        if (gaussians.isEmpty()) {
            throw new AssertionError("unexpected Gaussian draw");
        }
        return gaussians.poll();
    }

    @Override
    public long nextLong() {
        throw new AssertionError("unexpected nextLong draw");
    }
}
