package org.otusj.core.loop;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.otusj.core.processor.Processor;

/**
 * Runs batches through the chain on a pool of worker threads. The processors after the source form
 * stages: a run of consecutive {@link org.otusj.core.processor.Parallelism#REPLICATED} processors is a
 * replicated stage, which several batches pass at once, each on its own set of instances; a run of
 * serial processors is a serial stage, which batches pass one at a time in input order. Completion
 * (counting, progress) also happens in input order.
 *
 * <p>So serial processors see exactly the batches, in the order and with the contents, that they see
 * with one thread, and replicated processors, whose results depend only on the event, give the same
 * events.
 *
 * <p>NOTE: after a stop request, serial processors placed before the processor that stopped may already
 * have processed later batches that were in flight. With one thread they process none.
 */
final class ParallelPipeline implements BatchPipeline {

    private final List<Stage> stages;
    private final Completion completion;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final List<CompletableFuture<Void>> lastSerial = new ArrayList<>();
    private CompletableFuture<Void> lastCompletion = CompletableFuture.completedFuture(null);
    private final AtomicLong stopSequence = new AtomicLong(Long.MAX_VALUE);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** Consecutive processors of one kind, with the instance sets that workers take and give back. */
    record Stage(List<ChainStep> steps, boolean replicated, BlockingQueue<List<Processor>> instanceSets) {
    }

    /**
     * @param threads worker threads; at most {@code 2 * threads + 1} batches are in flight
     */
    ParallelPipeline(List<Stage> stages, int threads, Completion completion) {
        this.stages = List.copyOf(stages);
        this.completion = completion;
        this.pool = Executors.newFixedThreadPool(threads, new WorkerFactory());
        this.inFlight = new Semaphore(2 * threads + 1);
        for (int i = 0; i < stages.size(); i++) {
            lastSerial.add(CompletableFuture.completedFuture(null));
        }
    }

    /** Builds the stages from per-step instance lists: one instance for serial steps, one per thread otherwise. */
    static List<Stage> stages(List<ChainStep> steps, List<List<Processor>> instances, int threads) {
        List<Stage> stages = new ArrayList<>();
        int start = 0;
        while (start < steps.size()) {
            boolean replicated = instances.get(start).size() > 1;
            int end = start;
            while (end < steps.size() && (instances.get(end).size() > 1) == replicated) {
                end++;
            }
            int sets = replicated ? threads : 1;
            BlockingQueue<List<Processor>> queue = new ArrayBlockingQueue<>(sets);
            for (int r = 0; r < sets; r++) {
                List<Processor> set = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    set.add(instances.get(i).get(r));
                }
                queue.add(set);
            }
            stages.add(new Stage(steps.subList(start, end), replicated, queue));
            start = end;
        }
        return stages;
    }

    @Override
    public void submit(BatchState state) throws IOException {
        try {
            inFlight.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a free batch slot");
        }

        CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
        for (int k = 0; k < stages.size(); k++) {
            Stage stage = stages.get(k);
            if (stage.replicated()) {
                previous = previous.thenRunAsync(() -> runStage(stage, state), pool);
            } else {
                CompletableFuture<Void> serial = CompletableFuture.allOf(previous, lastSerial.get(k))
                        .thenRunAsync(() -> runStage(stage, state), pool);
                lastSerial.set(k, serial);
                previous = serial;
            }
        }

        CompletableFuture<Void> done = CompletableFuture.allOf(previous, lastCompletion)
                .thenRunAsync(() -> complete(state), pool);
        done.whenComplete((ignored, error) -> {
            inFlight.release();
            if (error != null) {
                failure.compareAndSet(null, unwrap(error));
            }
        });
        lastCompletion = done;
    }

    private void runStage(Stage stage, BatchState state) {
        if (state.sequence() > stopSequence.get()) {
            state.discard();
            return;
        }
        List<Processor> instances = takeInstances(stage);
        try {
            for (int i = 0; i < stage.steps().size(); i++) {
                stage.steps().get(i).process(state, instances.get(i));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            stage.instanceSets().add(instances);
        }
        if (state.batch().stopRequested()) {
            stopSequence.accumulateAndGet(state.sequence(), Math::min);
        }
    }

    private static List<Processor> takeInstances(Stage stage) {
        try {
            return stage.instanceSets().take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CompletionException(new InterruptedIOException("worker interrupted"));
        }
    }

    private void complete(BatchState state) {
        if (state.sequence() > stopSequence.get()) {
            state.discard();
        }
        completion.completed(state);
    }

    @Override
    public void drain() throws IOException {
        try {
            lastCompletion.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the workers");
        } catch (ExecutionException failed) {
            failure.compareAndSet(null, unwrap(failed));
        }
        Throwable first = failure.get();
        if (first != null) {
            rethrow(first);
        }
    }

    @Override
    public boolean failed() {
        return failure.get() != null;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (isWrapper(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        return cause;
    }

    private static boolean isWrapper(Throwable error) {
        return error instanceof CompletionException || error instanceof ExecutionException;
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IOException("worker failed: " + failure, failure);
    }

    /** Daemon threads named otusj-worker-N, so a stuck processor cannot keep the JVM alive. */
    private static final class WorkerFactory implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "otusj-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
