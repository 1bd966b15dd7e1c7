package org.otusj.otus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.otusj.core.random.Seeds;

/**
 * A folded MLP generator run in plain Java: a batch is cut into blocks of {@link BlockKernel#BLOCK}
 * events, which threads take in turn. Each event is computed the same way whichever block, thread or
 * batch size it falls in, so outputs do not depend on the thread count.
 *
 * <p>Noise: callers pass their own standard normal draws, or none. Without draws, each block draws its
 * own from a {@link SplittableRandom} seeded by the generator's seed, the number of the call (1, 2, ...
 * since the generator was made) and the block's index, event by event in row-major order. A generator
 * made with the same seed thus gives the same outputs on the same calls, whatever the thread count.
 */
final class BlockGenerator {

    private static final long CALL_GAMMA = 0x9e3779b97f4a7c15L;
    private static final long BLOCK_GAMMA = 0xc2b2ae3d27d4eb4fL;

    private final FoldedWeights weights;
    private final int threads;
    private final long seed;
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param threads most threads a batch is split across, the calling thread included
     * @param seed seed of the noise drawn for calls without draws
     */
    BlockGenerator(FoldedWeights weights, int threads, long seed) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
        this.weights = weights;
        this.threads = threads;
        this.seed = seed;
    }

    /**
     * Maps {@code rows} input vectors to output vectors.
     *
     * @param input row-major [rows, dim(U)] in GeV
     * @param standardNormal row-major [rows, noise dimension] draws of N(0, 1), or null to draw them here
     * @return row-major [rows, dim(V)] in GeV, energies from the Minkowski constraint
     */
    float[] apply(float[] input, float[] standardNormal, int rows) {
        float[] output = new float[rows * 4 * weights.slots()];
        int blocks = (rows + BlockKernel.BLOCK - 1) / BlockKernel.BLOCK;
        long callSeed = standardNormal == null ? Seeds.mix(seed + CALL_GAMMA * calls.incrementAndGet()) : 0;
        AtomicInteger nextBlock = new AtomicInteger();
        Runnable work = () -> {
            BlockKernel kernel = new BlockKernel(weights);
            for (int block = nextBlock.getAndIncrement(); block < blocks; block = nextBlock.getAndIncrement()) {
                int first = block * BlockKernel.BLOCK;
                int count = Math.min(BlockKernel.BLOCK, rows - first);
                SplittableRandom random = standardNormal == null
                        ? new SplittableRandom(Seeds.mix(callSeed + BLOCK_GAMMA * (block + 1L)))
                        : null;
                kernel.run(input, standardNormal, random, output, first, count);
            }
        };

        List<Future<?>> helpers = new ArrayList<>();
        int helperCount = Math.min(threads, blocks) - 1;
        for (int i = 0; i < helperCount; i++) {
            helpers.add(KernelThreads.pool().submit(work));
        }
        try {
            work.run();
        } finally {
            awaitAll(helpers);
        }
        return output;
    }

    /** Waits for the helper threads; a failure of one is thrown here, on the calling thread. */
    private static void awaitAll(List<Future<?>> helpers) {
        boolean interrupted = false;
        RuntimeException failure = null;
        for (Future<?> helper : helpers) {
            while (true) {
                try {
                    helper.get();
                    break;
                } catch (InterruptedException e) {
                    // The blocks are being computed; finish waiting so no thread writes after return.
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("inference thread failed", e.getCause());
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
