package org.otusj.io.lhe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;

/**
 * Reads one {@code <event>} block: the event line, NUP particle lines, then optional content up to
 * {@code </event>}. The {@code <rwgt>} and {@code <weights>} elements are parsed, while {@code #} comment
 * lines and other elements are kept as raw text.
 */
final class LheEventParser {

    private static final String EVENT_FIELDS = "NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP";
    private static final String PARTICLE_FIELDS =
            "IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PX PY PZ E M VTIMUP SPINUP";

    /** Capacity reserved before NUP is checked against the lines, so a corrupt NUP cannot exhaust memory. */
    private static final int MAX_RESERVED_PARTICLES = 256;

    private final LheLineReader reader;
    private final LineTokens tokens;
    private final StringBuilder extra = new StringBuilder();

    LheEventParser(LheLineReader reader) {
        this.reader = reader;
        this.tokens = new LineTokens(reader);
    }

    /**
     * Reads the event whose start tag is {@code startLine}, the line just read, with the tag at {@code
     * start}.
     *
     * @throws LheFormatException for an invalid event line or particle line, a particle count that
     *     disagrees with NUP, or a file that ends before {@code </event>}
     */
    LheEvent parse(String startLine, int start) throws IOException {
        long eventLine = reader.lineNumber();
        Map<String, String> attributes = eventAttributes(startLine, start);

        String line = nextEventLine(eventLine);
        int count = tokens.split(line);
        if (count != 6) {
            throw reader.error("invalid event line: expected 6 fields (" + EVENT_FIELDS + "), found " + count, line);
        }
        int particleCount = tokens.intField(0, "NUP");
        int processId = tokens.intField(1, "IDPRUP");
        double weight = tokens.doubleField(2, "XWGTUP");
        double scale = tokens.doubleField(3, "SCALUP");
        double alphaQed = tokens.doubleField(4, "AQEDUP");
        double alphaQcd = tokens.doubleField(5, "AQCDUP");
        if (particleCount < 0) {
            throw reader.error("invalid NUP: expected a number of particles of 0 or more, found " + particleCount,
                    line);
        }

        List<Particle> particles = readParticles(eventLine, particleCount);

        extra.setLength(0);
        EventTail tail = readTail(eventLine, particleCount);
        LheEventInfo info = new LheEventInfo(processId, weight, scale, alphaQed, alphaQcd, tail.namedWeights,
                tail.weights, attributes, extra.toString());
        return new LheEvent(info, particles, eventLine);
    }

    private static Map<String, String> eventAttributes(String line, int start) {
        int end = LheMarkup.tagEnd(line, start);
        if (end == start + "<event".length()) {
            return Map.of();
        }
        return LheMarkup.attributes(line, start, end < 0 ? line.length() : end);
    }

    /** Returns the event line, skipping blank and {@code #} lines before it. */
    private String nextEventLine(long eventLine) throws IOException {
        while (true) {
            String line = readInsideEvent(eventLine);
            int start = LheMarkup.firstNonBlank(line);
            if (start == line.length() || line.charAt(start) == '#') {
                continue;
            }
            if (line.charAt(start) == '<') {
                throw reader.error("invalid <event> block (opened at line " + eventLine + "): expected the event "
                        + "line " + EVENT_FIELDS + ", found a tag", line);
            }
            return line;
        }
    }

    /** Hot path: one call per particle line. */
    private List<Particle> readParticles(long eventLine, int particleCount) throws IOException {
        List<Particle> particles = new ArrayList<>(Math.min(particleCount, MAX_RESERVED_PARTICLES));
        while (particles.size() < particleCount) {
            String line = readInsideEvent(eventLine);
            int start = LheMarkup.firstNonBlank(line);
            if (start == line.length()) {
                continue;
            }
            char first = line.charAt(start);
            if (first == '<' || first == '#') {
                throw reader.error("event (opened at line " + eventLine + ") declares NUP = " + particleCount
                        + " particles, but only " + particles.size() + " particle lines come before this line",
                        line);
            }
            particles.add(parseParticle(line, particles.size() + 1, particleCount));
        }
        return particles;
    }

    private Particle parseParticle(String line, int position, int particleCount) throws LheFormatException {
        int count = tokens.split(line);
        if (count != 13) {
            throw reader.error("invalid particle line " + position + " of " + particleCount + ": expected 13 fields ("
                    + PARTICLE_FIELDS + "), found " + count, line);
        }
        int pdgId = tokens.intField(0, "IDUP");
        int status = tokens.intField(1, "ISTUP");
        int mother1 = tokens.intField(2, "MOTHUP1");
        int mother2 = tokens.intField(3, "MOTHUP2");
        int color1 = tokens.intField(4, "ICOLUP1");
        int color2 = tokens.intField(5, "ICOLUP2");
        double px = tokens.doubleField(6, "PX");
        double py = tokens.doubleField(7, "PY");
        double pz = tokens.doubleField(8, "PZ");
        double e = tokens.doubleField(9, "E");
        double mass = tokens.doubleField(10, "M");
        double lifetime = tokens.doubleField(11, "VTIMUP");
        double spin = tokens.doubleField(12, "SPINUP");
        return new Particle(pdgId, status, mother1, mother2, color1, color2, new FourVector(px, py, pz, e), mass,
                lifetime, spin);
    }

    /** The weights found after the particles. */
    private static final class EventTail {
        private List<LheWeight> namedWeights = List.of();
        private List<Double> weights = List.of();
    }

    /** Reads from after the last particle line through {@code </event>}. */
    private EventTail readTail(long eventLine, int particleCount) throws IOException {
        EventTail tail = new EventTail();
        while (true) {
            String line = readInsideEvent(eventLine);
            int start = LheMarkup.firstNonBlank(line);
            if (start == line.length()) {
                continue;
            }

            char first = line.charAt(start);
            if (first == '#') {
                appendExtra(line);
                continue;
            }
            if (first != '<') {
                rejectExtraParticleLine(line, eventLine, particleCount);
                appendExtra(line);
                continue;
            }

            if (LheMarkup.startsWithTag(line, start, "</event")) {
                return tail;
            }
            String last;
            if (LheMarkup.startsWithTag(line, start, "<rwgt")) {
                String block = readBlock(line, "</rwgt>", eventLine);
                tail.namedWeights = parseNamedWeights(block, reader.lineNumber() - lineCount(block) + 1);
                last = LheMarkup.lineText(block, block.length());
            } else if (LheMarkup.startsWithTag(line, start, "<weights")) {
                String block = readBlock(line, "</weights>", eventLine);
                tail.weights = parseWeightValues(block, reader.lineNumber() - lineCount(block) + 1);
                last = LheMarkup.lineText(block, block.length());
            } else if (LheMarkup.startsWithTag(line, start, "<event")) {
                throw reader.error("unclosed <event> block (opened at line " + eventLine + "): expected </event> "
                        + "before the next <event>", line);
            } else if (line.startsWith("</LesHouchesEvents", start)) {
                throw reader.error("unclosed <event> block (opened at line " + eventLine + "): expected </event> "
                        + "before </LesHouchesEvents>", line);
            } else {
                last = appendElement(line, start, eventLine);
                if (last == null) {
                    return tail;
                }
            }
            // Tolerates "</event>" at the end of another element's last line, as in "</rwgt></event>".
            if (last.indexOf("</event>") >= 0) {
                return tail;
            }
        }
    }

    /** Reads the next line, failing if the file ends, since the event is not complete. */
    private String readInsideEvent(long eventLine) throws IOException {
        String line = reader.readLine();
        if (line == null) {
            throw reader.errorAt(Math.max(reader.lineNumber(), 1), "truncated file: it ends inside the <event> "
                    + "block that starts at line " + eventLine + "; expected </event>", reader.lastLine());
        }
        return line;
    }

    /** Rejects a line of 13 fields after the particles, because it means that NUP is too small. */
    private void rejectExtraParticleLine(String line, long eventLine, int particleCount) throws LheFormatException {
        if (tokens.split(line) == 13 && tokens.isInteger(0) && tokens.isInteger(1)) {
            throw reader.error("event (opened at line " + eventLine + ") declares NUP = " + particleCount
                    + " particles, but another particle line follows them", line);
        }
    }

    /**
     * Appends an element that is not parsed, reading until its end tag. Returns its last line, or null if
     * {@code </event>} came first, in which case the element is taken to end there.
     */
    private String appendElement(String line, int start, long eventLine) throws IOException {
        appendExtra(line);
        String name = LheMarkup.tagName(line, start);
        String closeTag;
        if (line.startsWith("<!--", start)) {
            closeTag = "-->";
        } else if (name.isEmpty() || name.charAt(0) == '/' || line.indexOf("/>", start) >= 0) {
            return line;
        } else {
            closeTag = "</" + name;
        }

        String current = line;
        int searchFrom = start + 1;
        while (current.indexOf(closeTag, searchFrom) < 0) {
            current = readInsideEvent(eventLine);
            searchFrom = 0;
            if (LheMarkup.startsWithTag(current, LheMarkup.firstNonBlank(current), "</event")) {
                return null;
            }
            appendExtra(current);
        }
        return current;
    }

    /** Reads lines from {@code firstLine} (already read) until one contains {@code closeTag}. */
    private String readBlock(String firstLine, String closeTag, long eventLine) throws IOException {
        if (firstLine.indexOf(closeTag) >= 0) {
            return firstLine;
        }
        long blockLine = reader.lineNumber();
        StringBuilder block = new StringBuilder(firstLine);
        while (true) {
            String line = readInsideEvent(eventLine);
            int start = LheMarkup.firstNonBlank(line);
            if (LheMarkup.startsWithTag(line, start, "</event")) {
                throw reader.error("unclosed element at line " + blockLine + " in the <event> block (opened at line "
                        + eventLine + "): expected " + closeTag + " before </event>", line);
            }
            block.append('\n').append(line);
            if (line.indexOf(closeTag) >= 0) {
                return block.toString();
            }
        }
    }

    /** Parses the {@code <wgt id="...">value</wgt>} elements of a {@code <rwgt>} block. */
    private List<LheWeight> parseNamedWeights(String block, long firstLine) throws LheFormatException {
        List<LheWeight> weights = new ArrayList<>();
        int i = block.indexOf("<wgt");
        while (i >= 0) {
            if (!LheMarkup.startsWithTag(block, i, "<wgt")) {
                i = block.indexOf("<wgt", i + 4);
                continue;
            }
            int end = LheMarkup.tagEnd(block, i);
            int close = end < 0 ? -1 : block.indexOf("</wgt>", end);
            if (close < 0) {
                throw blockError(block, firstLine, i, "unclosed <wgt> element: expected <wgt id=\"...\"> value "
                        + "</wgt>");
            }
            String id = LheMarkup.attribute(block, i, end, "id");
            if (id == null) {
                throw blockError(block, firstLine, i, "invalid <wgt> element: expected an id attribute");
            }
            String text = block.substring(end + 1, close).strip();
            try {
                weights.add(new LheWeight(id, LineTokens.parseDouble(text)));
            } catch (NumberFormatException invalid) {
                throw blockError(block, firstLine, i, "invalid value of <wgt id=\"" + id + "\">: expected a "
                        + "floating-point number, found '" + text + "'");
            }
            i = block.indexOf("<wgt", close + "</wgt>".length());
        }
        return weights;
    }

    /** Parses the white-space separated numbers of a {@code <weights>} element. */
    private List<Double> parseWeightValues(String block, long firstLine) throws LheFormatException {
        int open = block.indexOf("<weights");
        int end = LheMarkup.tagEnd(block, open);
        int close = end < 0 ? -1 : block.indexOf("</weights>", end);
        if (close < 0) {
            throw blockError(block, firstLine, open, "invalid <weights> element: expected <weights> numbers "
                    + "</weights>");
        }

        List<Double> weights = new ArrayList<>();
        int i = end + 1;
        while (i < close) {
            while (i < close && block.charAt(i) <= ' ') {
                i++;
            }
            int valueStart = i;
            while (i < close && block.charAt(i) > ' ') {
                i++;
            }
            if (i == valueStart) {
                break;
            }
            String text = block.substring(valueStart, i);
            try {
                weights.add(LineTokens.parseDouble(text));
            } catch (NumberFormatException invalid) {
                throw blockError(block, firstLine, valueStart, "invalid value " + (weights.size() + 1)
                        + " of <weights>: expected a floating-point number, found '" + text + "'");
            }
        }
        return weights;
    }

    private LheFormatException blockError(String block, long firstLine, int offset, String problem) {
        return reader.errorAt(LheMarkup.lineAt(block, firstLine, offset), problem, LheMarkup.lineText(block, offset));
    }

    private static int lineCount(String block) {
        int lines = 1;
        for (int i = 0; i < block.length(); i++) {
            if (block.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private void appendExtra(String line) {
        if (extra.length() > 0) {
            extra.append('\n');
        }
        extra.append(line);
    }
}
