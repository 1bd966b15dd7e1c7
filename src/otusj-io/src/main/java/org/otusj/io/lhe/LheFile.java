package org.otusj.io.lhe;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Les Houches Event file opened for reading one event at a time, usable with or without the event
 * loop:
 *
 * <pre>{@code
 * try (LheFile file = LheFile.open(path)) {
 *     double sqrtS = file.init().centreOfMassEnergy();
 *     for (LheEvent event = file.next(); event != null; event = file.next()) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Reads LHEF 1.0 and 3.0, plain or gzipped, and recognises gzip by its magic bytes, not by the file
 * name. LHEF 2.0 files are read like 3.0 files, and elements found only in 2.0, such as a per-event
 * {@code <weight name="...">}, end up as raw text in {@link LheEventInfo#extra}. Memory use does not grow
 * with the number of events, because the file is read as a stream and only the current event is kept.
 * The header is scanned as text, not parsed as XML, so no DTD or external entity is ever loaded.
 *
 * <p>A file whose last event is complete but which lacks {@code </LesHouchesEvents>} is read to the end
 * with a warning, since it may have been cut between two events. {@link #endTagFound} returns false for
 * such a file. Every other violation of the format throws {@link LheFormatException} with file, line
 * and text.
 *
 * <p>NOTE: events inside LHEF 3.0 {@code <eventgroup>} blocks are returned one by one; the grouping itself
 * is not kept. Instances are not thread-safe.
 */
public final class LheFile implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LheFile.class);

    /** Lines read after {@code </LesHouchesEvents>} to detect concatenated files; trailing text is short. */
    private static final int LINES_CHECKED_AFTER_END = 100;

    private final LheLineReader reader;
    private final LheInit init;
    private final LheEventParser eventParser;
    private long eventsRead;
    private boolean finished;
    private boolean endTagFound;
    private boolean closed;

    private LheFile(LheLineReader reader, LheInit init) {
        this.reader = reader;
        this.init = init;
        this.eventParser = new LheEventParser(reader);
    }

    /**
     * Opens {@code path} and reads everything up to the first event: the version, the header and the
     * {@code <init>} block.
     *
     * @throws LheFormatException if the file is not an LHE file or its {@code <init>} block is missing or
     *     invalid
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     */
    public static LheFile open(Path path) throws IOException {
        LheLineReader reader = LheLineReader.open(path);
        try {
            LheInit init = new LheInitParser(reader).parse();
            return new LheFile(reader, init);
        } catch (IOException | RuntimeException failure) {
            try {
                reader.close();
            } catch (IOException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            throw failure;
        }
    }

    /** The file as given to {@link #open}. */
    public Path path() {
        return reader.path();
    }

    /** Returns true if the file is gzip-compressed. */
    public boolean isGzipped() {
        return reader.isGzipped();
    }

    /** The version, header and {@code <init>} block. */
    public LheInit init() {
        return init;
    }

    /**
     * Reads the next event, or returns null after the last one.
     *
     * @throws LheFormatException if the event is invalid or the file ends inside it
     * @throws IllegalStateException if the file is closed
     */
    public LheEvent next() throws IOException {
        if (closed) {
            throw new IllegalStateException("LHE file " + reader.path() + " is closed");
        }
        while (!finished) {
            String line = reader.readLine();
            if (line == null) {
                finished = true;
                LOG.warn("{}: the file ends after line {} without </LesHouchesEvents>; it may have been cut between "
                        + "two events ({} complete events read)", reader.path(), reader.lineNumber(), eventsRead);
                return null;
            }

            int start = LheMarkup.firstNonBlank(line);
            if (start == line.length() || line.charAt(start) == '#') {
                continue;
            }
            if (line.charAt(start) != '<') {
                throw reader.error("unexpected text between events: expected <event> or </LesHouchesEvents>", line);
            }
            if (LheMarkup.startsWithTag(line, start, "<event")) {
                LheEvent event = eventParser.parse(line, start);
                eventsRead++;
                return event;
            }
            if (line.startsWith("</LesHouchesEvents", start)) {
                finished = true;
                endTagFound = true;
                warnIfConcatenated();
            } else if (line.startsWith("<!--", start)) {
                reader.skipComment(line, start);
            }
            // Other tags between events, such as <eventgroup> and </eventgroup>, carry no event data.
        }
        return null;
    }

    /**
     * Looks at up to {@value #LINES_CHECKED_AFTER_END} lines after {@code </LesHouchesEvents>}. Trailing
     * text, such as the random-number comment of POWHEG-BOX, is ignored, but another {@code
     * <LesHouchesEvents>} or {@code <event>} means that files were concatenated, and this reader does not
     * return the later events.
     */
    private void warnIfConcatenated() throws IOException {
        for (int i = 0; i < LINES_CHECKED_AFTER_END; i++) {
            String line = reader.readLine();
            if (line == null) {
                return;
            }
            int start = LheMarkup.firstNonBlank(line);
            boolean moreContent = LheMarkup.startsWithTag(line, start, "<LesHouchesEvents")
                    || LheMarkup.startsWithTag(line, start, "<event");
            if (moreContent) {
                LOG.warn("{}:{}: more LHE content follows </LesHouchesEvents>, as in concatenated files; only the "
                        + "{} events before it are read. Split the file to read the rest.", reader.path(),
                        reader.lineNumber(), eventsRead);
                return;
            }
        }
    }

    /** Number of events returned by {@link #next} so far. */
    public long eventsRead() {
        return eventsRead;
    }

    /** The 1-based number of the last line read in the uncompressed text. */
    public long lineNumber() {
        return reader.lineNumber();
    }

    /** The text of the last line read, for error messages of callers. */
    String lastLine() {
        return reader.lastLine();
    }

    /**
     * Returns true once {@link #next} has reached {@code </LesHouchesEvents>}; false before the end and
     * for a file that ends without it.
     */
    public boolean endTagFound() {
        return endTagFound;
    }

    /** Closes the file; calling it again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            reader.close();
        }
    }
}
