package org.otusj.core.loop;

import java.io.IOException;

/** Takes batches in input order through the processors after the source. */
interface BatchPipeline extends AutoCloseable {

    /** Called once per batch, in input order, after the batch has passed every processor. */
    interface Completion {
        void completed(BatchState state);
    }

    /** Processes {@code state}, now or later. */
    void submit(BatchState state) throws IOException;

    /** Waits until every submitted batch is complete, rethrowing the first failure. */
    void drain() throws IOException;

    /** Returns true once a batch has failed, so the reader can stop early. */
    boolean failed();

    @Override
    void close();
}
