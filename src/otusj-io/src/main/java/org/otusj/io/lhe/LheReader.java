package org.otusj.io.lhe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.otusj.core.event.Event;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event source for Les Houches Event files: reads the global {@code InputFiles} in order as one chain,
 * one file at a time.
 *
 * <p>Each file starts a run whose number is the 0-based position of the file among the inputs; its
 * {@link RunHeader} carries the {@link LheInit} under {@value #INIT_ATTRIBUTE}. The events of a file are
 * numbered from 0 in file order. Each event gets XWGTUP as its weight, the particles (momenta in GeV) as
 * the collection named by {@code CollectionName}, and the {@link LheEventInfo} under {@value
 * #EVENT_INFO_ATTRIBUTE}.
 */
@ProcessorInfo(description = "Reads Les Houches Event files (LHEF 1.0 and 3.0, plain or gzipped) given as "
        + "InputFiles, one run per file; writes the particles of each event as a collection and the event "
        + "line and weights as the LheEventInfo attribute.")
public final class LheReader implements EventSource {

    /** Name of the run-header attribute that contains the file's {@link LheInit}. */
    public static final String INIT_ATTRIBUTE = "LheInit";

    /** Name of the event attribute that contains the event's {@link LheEventInfo}. */
    public static final String EVENT_INFO_ATTRIBUTE = "LheEventInfo";

    private static final Logger LOG = LoggerFactory.getLogger(LheReader.class);

    @ProcessorParameter(description = "Name of the event collection that receives the particles of each "
            + "event, in file order.")
    private String collectionName = "MCParticles";

    @ProcessorParameter(description = "If true, a file that ends without </LesHouchesEvents> stops the run "
            + "with an error; if false, it is read to its last complete event with a warning.")
    private boolean requireEndTag = false;

    private List<Path> inputs = List.of();
    private int nextInput;
    private LheFile current;
    private int runNumber = -1;

    @Override
    public void init(ProcessorContext context) {
        checkConfiguration(context);
    }

    @Override
    public void checkConfiguration(ProcessorContext context) {
        if (collectionName == null || collectionName.isBlank()) {
            throw new IllegalArgumentException("CollectionName of processor '" + context.processorName()
                    + "' must not be empty");
        }
    }

    @Override
    public Set<String> outputCollections() {
        return Set.of(collectionName);
    }

    /** Reads the init block of each input, which sits before the first event, and closes the file again. */
    @Override
    public List<RunHeader> readHeaders(List<Path> inputFiles) throws IOException {
        List<RunHeader> headers = new ArrayList<>();
        for (int run = 0; run < inputFiles.size(); run++) {
            try (LheFile file = LheFile.open(inputFiles.get(run))) {
                RunHeader header = new RunHeader(run, inputFiles.get(run));
                header.putAttribute(INIT_ATTRIBUTE, file.init());
                headers.add(header);
            }
        }
        return headers;
    }

    @Override
    public void open(List<Path> inputFiles) throws IOException {
        for (Path input : inputFiles) {
            if (!Files.isRegularFile(input)) {
                throw new NoSuchFileException(input.toString(), null, "LHE input file not found");
            }
        }
        inputs = List.copyOf(inputFiles);
        nextInput = 0;
        runNumber = -1;
    }

    @Override
    public InputRecord read() throws IOException {
        while (true) {
            if (current == null) {
                if (nextInput >= inputs.size()) {
                    return null;
                }
                return openNext();
            }

            LheEvent lheEvent = current.next();
            if (lheEvent != null) {
                return toEvent(lheEvent, current.eventsRead() - 1);
            }
            finishCurrent();
        }
    }

    private RunHeader openNext() throws IOException {
        Path path = inputs.get(nextInput);
        nextInput++;
        runNumber++;
        current = LheFile.open(path);

        LheInit init = current.init();
        LOG.info("Opened {} as run {}: LHEF {}{}, beams {} ({} GeV) and {} ({} GeV), {} processes, {} weight "
                + "definitions", path, runNumber, init.version(), current.isGzipped() ? " (gzip)" : "",
                init.beamId1(), init.beamEnergy1(), init.beamId2(), init.beamEnergy2(), init.processCount(),
                init.weightDefinitions().size() + init.weightInfos().size());

        RunHeader header = new RunHeader(runNumber, path);
        header.putAttribute(INIT_ATTRIBUTE, init);
        return header;
    }

    private Event toEvent(LheEvent lheEvent, long eventNumber) {
        Event event = new Event(runNumber, eventNumber);
        event.setWeight(lheEvent.info().weight());
        event.addCollection(collectionName, lheEvent.particles());
        event.putAttribute(EVENT_INFO_ATTRIBUTE, lheEvent.info());
        return event;
    }

    /** Closes the file that has no more events, checking its end tag if requested. */
    private void finishCurrent() throws IOException {
        LheFile finished = current;
        current = null;
        finished.close();
        LOG.info("Read {} events from {}", finished.eventsRead(), finished.path());
        if (requireEndTag && !finished.endTagFound()) {
            throw new LheFormatException(finished.path(), Math.max(finished.lineNumber(), 1),
                    "missing </LesHouchesEvents>: the file ends after " + finished.eventsRead()
                    + " complete events, and RequireEndTag is true", finished.lastLine());
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            LheFile open = current;
            current = null;
            open.close();
            LOG.info("Closed {} after {} events, before its end", open.path(), open.eventsRead());
        }
    }
}
