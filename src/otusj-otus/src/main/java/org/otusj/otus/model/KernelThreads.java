package org.otusj.otus.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the Java inference kernels ({@link BlockGenerator}) share: daemon threads, made as needed
 * and let go after a minute idle, so that neither a finished job nor a closed model has to shut them down.
 */
final class KernelThreads {

    /** System property with the intra-op thread count of the PyTorch engine, which the kernels follow. */
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "otusj-kernel-" + NEXT_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private KernelThreads() {
    }

    /**
     * Threads a batch is split across: the PyTorch intra-op setting if given, else one per available
     * processor, so the Java kernels use the machine as the engine would.
     */
    static int count() {
        Integer configured = Integer.getInteger(THREADS_PROPERTY);
        if (configured != null && configured > 0) {
            return configured;
        }
        return Runtime.getRuntime().availableProcessors();
    }

    static ExecutorService pool() {
        return POOL;
    }
}
