package org.otusj.io.lhe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the start of a Les Houches Event file up to and including {@code </init>}: the
 * {@code <LesHouchesEvents>} start tag, the header and the {@code <init>} block.
 */
final class LheInitParser {

    private static final Logger LOG = LoggerFactory.getLogger(LheInitParser.class);

    private static final String ROOT_TAG = "<LesHouchesEvents";
    private static final String INIT_FIELDS =
            "IDBMUP(1) IDBMUP(2) EBMUP(1) EBMUP(2) PDFGUP(1) PDFGUP(2) PDFSUP(1) PDFSUP(2) IDWTUP NPRUP";
    private static final String PROCESS_FIELDS = "XSECUP XERRUP XMAXUP LPRUP";

    private final LheLineReader reader;
    private final LineTokens tokens;
    private final WeightDefinitionScanner weightScanner;

    private final StringBuilder header = new StringBuilder();
    private final StringBuilder prologue = new StringBuilder();
    private final List<LheWeightDefinition> weightDefinitions = new ArrayList<>();
    private final List<LheWeightDefinition> weightInfos = new ArrayList<>();

    LheInitParser(LheLineReader reader) {
        this.reader = reader;
        this.tokens = new LineTokens(reader);
        this.weightScanner = new WeightDefinitionScanner(reader);
    }

    /**
     * Reads from the first line through {@code </init>}.
     *
     * @throws LheFormatException if the file does not start with {@code <LesHouchesEvents>}, or the
     *     {@code <init>} block is missing or invalid
     */
    LheInit parse() throws IOException {
        String version = readRootTag();
        readHeaderSection();
        return readInitBlock(version);
    }

    /** Skips an XML declaration, comments and blank lines before the root start tag and returns its version. */
    private String readRootTag() throws IOException {
        while (true) {
            String line = reader.readLine();
            if (line == null) {
                throw reader.errorAt(Math.max(reader.lineNumber(), 1), "not an LHE file: expected "
                        + "<LesHouchesEvents version=\"...\">, found the end of the file", reader.lastLine());
            }
            int start = LheMarkup.firstNonBlank(line);
            if (start == line.length() || line.startsWith("<?xml", start)) {
                continue;
            }
            if (line.startsWith("<!--", start)) {
                reader.skipComment(line, start);
                continue;
            }
            if (!LheMarkup.startsWithTag(line, start, ROOT_TAG)) {
                throw reader.error("not an LHE file: expected <LesHouchesEvents version=\"...\"> as the first "
                        + "element", line);
            }

            int end = LheMarkup.tagEnd(line, start);
            Map<String, String> attributes = LheMarkup.attributes(line, start, end < 0 ? line.length() : end);
            String version = attributes.get("version");
            if (version == null) {
                LOG.warn("{}:{}: <LesHouchesEvents> has no version attribute; reading it as LHEF 1.0 or later",
                        reader.path(), reader.lineNumber());
                return "";
            }
            return version.strip();
        }
    }

    /** Reads the lines between the root start tag and {@code <init>}. */
    private void readHeaderSection() throws IOException {
        while (true) {
            String line = reader.readLine();
            if (line == null) {
                throw reader.errorAt(Math.max(reader.lineNumber(), 1), "missing <init> block: expected <init> "
                        + "before the end of the file", reader.lastLine());
            }
            int start = LheMarkup.firstNonBlank(line);
            if (LheMarkup.startsWithTag(line, start, "<init")) {
                return;
            }
            if (LheMarkup.startsWithTag(line, start, "<event") || line.startsWith("</LesHouchesEvents", start)) {
                throw reader.error("missing <init> block: expected <init> before the first event", line);
            }
            if (LheMarkup.startsWithTag(line, start, "<header")) {
                readHeaderBlock(line, start);
            } else if (LheMarkup.startsWithTag(line, start, "<initrwgt")) {
                // Some writers put <initrwgt> outside <header>; its weights count all the same.
                String block = readBlock(line, "</initrwgt>", "<initrwgt>");
                appendLine(prologue, block);
            } else {
                appendLine(prologue, line);
            }
        }
    }

    /** Reads {@code <header>} to {@code </header>}, keeping the text between them. */
    private void readHeaderBlock(String line, int start) throws IOException {
        long startLine = reader.lineNumber();
        int tagEnd = LheMarkup.tagEnd(line, start);
        String current = tagEnd < 0 ? "" : line.substring(tagEnd + 1);
        while (true) {
            int close = current.indexOf("</header>");
            if (close >= 0) {
                String last = current.substring(0, close);
                if (!last.isBlank()) {
                    appendLine(header, last);
                }
                return;
            }

            int blockStart = LheMarkup.firstNonBlank(current);
            if (LheMarkup.startsWithTag(current, blockStart, "<initrwgt")) {
                String block = readBlock(current, "</initrwgt>", "<initrwgt>");
                int blockClose = block.indexOf("</header>");
                if (blockClose >= 0) {
                    appendLine(header, block.substring(0, blockClose));
                    return;
                }
                appendLine(header, block);
            } else if (reader.lineNumber() > startLine || !current.isBlank()) {
                appendLine(header, current);
            }

            current = reader.readLine();
            if (current == null) {
                throw reader.errorAt(startLine, "unclosed <header> block: expected </header> before the end of "
                        + "the file", line);
            }
        }
    }

    /**
     * Reads lines from {@code firstLine} (already read) until one contains {@code closeTag}, scans them for
     * weight definitions and returns them joined with newlines.
     */
    private String readBlock(String firstLine, String closeTag, String openTag) throws IOException {
        long startLine = reader.lineNumber();
        StringBuilder block = new StringBuilder(firstLine);
        String current = firstLine;
        while (current.indexOf(closeTag) < 0) {
            current = reader.readLine();
            if (current == null) {
                throw reader.errorAt(startLine, "unclosed " + openTag + " block: expected " + closeTag
                        + " before the end of the file", firstLine);
            }
            block.append('\n').append(current);
        }
        String text = block.toString();
        weightScanner.scan(text, startLine, weightDefinitions, weightInfos);
        return text;
    }

    /** Reads the {@code <init>} block; the {@code <init>} line has just been read. */
    private LheInit readInitBlock(String version) throws IOException {
        long initLine = reader.lineNumber();

        String line = nextContentLine(initLine);
        if (line.startsWith("<", LheMarkup.firstNonBlank(line))) {
            throw reader.error("invalid <init> block: expected the line " + INIT_FIELDS + ", found a tag", line);
        }
        int count = tokens.split(line);
        if (count != 10) {
            throw reader.error("invalid <init> line: expected 10 fields (" + INIT_FIELDS + "), found " + count,
                    line);
        }
        int beamId1 = tokens.intField(0, "IDBMUP(1)");
        int beamId2 = tokens.intField(1, "IDBMUP(2)");
        double beamEnergy1 = tokens.doubleField(2, "EBMUP(1)");
        double beamEnergy2 = tokens.doubleField(3, "EBMUP(2)");
        int pdfGroup1 = tokens.intField(4, "PDFGUP(1)");
        int pdfGroup2 = tokens.intField(5, "PDFGUP(2)");
        int pdfSet1 = tokens.intField(6, "PDFSUP(1)");
        int pdfSet2 = tokens.intField(7, "PDFSUP(2)");
        int weightStrategy = tokens.intField(8, "IDWTUP");
        int processCount = tokens.intField(9, "NPRUP");
        if (processCount < 0) {
            throw reader.error("invalid NPRUP: expected a number of processes of 0 or more, found "
                    + processCount, line);
        }

        List<LheProcess> processes = readProcessLines(initLine, processCount);
        String extra = readInitExtra(initLine, processCount);
        return new LheInit(version, header.toString(), prologue.toString(), beamId1, beamId2, beamEnergy1,
                beamEnergy2, pdfGroup1, pdfGroup2, pdfSet1, pdfSet2, weightStrategy, processes, extra,
                uniqueById(weightDefinitions), weightInfos);
    }

    private List<LheProcess> readProcessLines(long initLine, int processCount) throws IOException {
        List<LheProcess> processes = new ArrayList<>(Math.min(processCount, 64));
        for (int i = 0; i < processCount; i++) {
            String line = nextContentLine(initLine);
            if (line.startsWith("<", LheMarkup.firstNonBlank(line))) {
                throw reader.error("invalid <init> block: NPRUP is " + processCount + ", but only " + i
                        + " process lines (" + PROCESS_FIELDS + ") come before this tag", line);
            }
            int count = tokens.split(line);
            if (count != 4) {
                throw reader.error("invalid process line " + (i + 1) + " of " + processCount
                        + " in <init>: expected 4 fields (" + PROCESS_FIELDS + "), found " + count, line);
            }
            processes.add(new LheProcess(tokens.doubleField(0, "XSECUP"), tokens.doubleField(1, "XERRUP"),
                    tokens.doubleField(2, "XMAXUP"), tokens.intField(3, "LPRUP")));
        }
        return processes;
    }

    /**
     * Reads the rest of {@code <init>} up to {@code </init>} as raw text and scans it for LHEF 3.0 weight
     * definitions.
     */
    private String readInitExtra(long initLine, int processCount) throws IOException {
        long firstLine = reader.lineNumber() + 1;
        StringBuilder extra = new StringBuilder();
        boolean firstContent = true;
        while (true) {
            String line = reader.readLine();
            if (line == null) {
                throw reader.errorAt(Math.max(reader.lineNumber(), 1), "unclosed <init> block (opened at line "
                        + initLine + "): expected </init> before the end of the file", reader.lastLine());
            }
            int start = LheMarkup.firstNonBlank(line);
            int close = line.indexOf("</init>");
            if (close >= 0) {
                if (close > start) {
                    appendLine(extra, line.substring(0, close));
                }
                break;
            }
            if (LheMarkup.startsWithTag(line, start, "<event")) {
                throw reader.error("unclosed <init> block (opened at line " + initLine + "): expected </init> "
                        + "before the first event", line);
            }
            if (firstContent && start < line.length()) {
                firstContent = false;
                rejectExtraProcessLine(line, processCount);
            }
            appendLine(extra, line);
        }

        String text = extra.toString();
        weightScanner.scan(text, firstLine, weightDefinitions, weightInfos);
        return text;
    }

    /** Rejects a process line after the NPRUP declared ones, because it means a corrupt count, not free text. */
    private void rejectExtraProcessLine(String line, int processCount) throws LheFormatException {
        if (tokens.split(line) != 4 || !tokens.isInteger(3)) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            try {
                Double.parseDouble(tokens.field(i));
            } catch (NumberFormatException notNumber) {
                return;
            }
        }
        throw reader.error("invalid <init> block: NPRUP is " + processCount + ", but another process line ("
                + PROCESS_FIELDS + ") follows", line);
    }

    /** Returns the next line that is neither blank nor a {@code #} comment, failing at the end of the file. */
    private String nextContentLine(long initLine) throws IOException {
        while (true) {
            String line = reader.readLine();
            if (line == null) {
                throw reader.errorAt(Math.max(reader.lineNumber(), 1), "unclosed <init> block (opened at line "
                        + initLine + "): the file ends before the init line and NPRUP process lines",
                        reader.lastLine());
            }
            int start = LheMarkup.firstNonBlank(line);
            if (start < line.length() && line.charAt(start) != '#') {
                return line;
            }
        }
    }

    /**
     * Keeps the first definition of each weight id, because some files repeat the {@code <initrwgt>}
     * block of the header inside {@code <init>}.
     */
    private List<LheWeightDefinition> uniqueById(List<LheWeightDefinition> definitions) {
        Set<String> seen = new HashSet<>();
        List<LheWeightDefinition> unique = new ArrayList<>(definitions.size());
        int repeated = 0;
        for (LheWeightDefinition definition : definitions) {
            if (seen.add(definition.id())) {
                unique.add(definition);
            } else {
                repeated++;
            }
        }
        if (repeated > 0) {
            LOG.debug("{}: {} weight definitions repeat an earlier id; keeping the first of each",
                    reader.path(), repeated);
        }
        return unique;
    }

    private static void appendLine(StringBuilder text, String line) {
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(line);
    }
}
