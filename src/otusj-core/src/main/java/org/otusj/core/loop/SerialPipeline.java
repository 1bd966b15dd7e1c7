package org.otusj.core.loop;

import java.io.IOException;
import java.util.List;
import org.otusj.core.processor.Processor;

/** Runs each batch through the chain on the calling thread, as soon as it is submitted. */
final class SerialPipeline implements BatchPipeline {

    private final List<ChainStep> steps;
    private final List<Processor> processors;
    private final Completion completion;

    /**
     * @param steps the steps after the source, in chain order
     * @param processors the instance for each step
     */
    SerialPipeline(List<ChainStep> steps, List<Processor> processors, Completion completion) {
        this.steps = steps;
        this.processors = processors;
        this.completion = completion;
    }

    @Override
    public void submit(BatchState state) throws IOException {
        for (int i = 0; i < steps.size(); i++) {
            if (state.batch().liveCount() == 0) {
                break;
            }
            steps.get(i).process(state, processors.get(i));
        }
        completion.completed(state);
    }

    @Override
    public void drain() {
    }

    @Override
    public boolean failed() {
        return false;
    }

    @Override
    public void close() {
    }
}
