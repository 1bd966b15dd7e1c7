package org.otusj.io.delphes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otusj.core.testing.TestPaths;

/**
 * The JSROOT text dump of the shared Delphes file ({@code .reference.txt}, written by JSROOT 7 with
 * {@code delphes_dump.mjs}, independently of this reader): the branch listing, the values of selected
 * branches for some entries, and the collection sizes of all entries. Floats are printed with 9
 * significant digits, which identifies a float32 exactly.
 */
final class DelphesReference {

    /** The Delphes file. */
    static final Path FILE = TestPaths.sharedFile("delphes/seungjin-yang_tmp_debug_RDataFrame_delphes.root");

    /** One line of the branch listing. */
    record BranchLine(int depth, String name, String branchClass, String className, String leafClass,
            Integer streamerType, Integer split) {
    }

    /**
     * The values of one branch at one entry.
     *
     * @param values the printed values (all of them, or the first ones for a truncated line)
     * @param total number of values in the entry
     */
    record Values(List<String> values, int total) {
    }

    private static final Pattern BRANCH = Pattern.compile(
            "^( *)(\\S+)  \\[(\\w+)(?: class=(\\S+))?(?: leaf=(\\w+)(?:\\([^)]*\\))?)?(?: streamerType=(-?\\d+))?"
            + "(?: split=(-?\\d+))?\\]$");
    private static final Pattern VALUE = Pattern.compile("^  (\\S+)(?: \\(first \\d+ of (\\d+)\\))? = \\[(.*)\\]$");
    private static final Pattern SIZE = Pattern.compile("^  (\\w+) size = (\\d+)$");

    final List<String> topLevelKeys = new ArrayList<>();
    final Map<String, Long> entriesByCycle = new LinkedHashMap<>();
    final List<BranchLine> branches = new ArrayList<>();
    /** Entry number, then branch name, then values. */
    final Map<Long, Map<String, Values>> entries = new TreeMap<>();
    /** Entry number, then collection name, then size. */
    final Map<Long, Map<String, Integer>> sizes = new TreeMap<>();
    int declaredBranchCount = -1;

    static DelphesReference load() throws IOException {
        Path text = FILE.resolveSibling(FILE.getFileName() + ".reference.txt");
        DelphesReference reference = new DelphesReference();
        reference.parse(Files.readAllLines(text, StandardCharsets.UTF_8));
        return reference;
    }

    private void parse(List<String> lines) {
        String section = "";
        Long entry = null;
        List<String> sizeColumns = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("top-level keys: ")) {
                for (String key : line.substring("top-level keys: ".length()).split(", ")) {
                    topLevelKeys.add(key);
                }
                continue;
            }
            Matcher cycle = Pattern.compile("^  key (\\S+): fEntries=(\\d+),").matcher(line);
            if (cycle.find()) {
                entriesByCycle.put(cycle.group(1), Long.parseLong(cycle.group(2)));
                continue;
            }
            if (line.startsWith("branches (")) {
                declaredBranchCount = Integer.parseInt(line.replaceAll("\\D", ""));
                section = "branches";
                continue;
            }
            if (line.startsWith("dumped leaves") || line.startsWith("===")) {
                section = line.startsWith("=== collection sizes") ? "sizes" : "entries";
                continue;
            }
            if (line.startsWith("# ----")) {
                section = "";
                continue;
            }
            switch (section) {
                case "branches":
                    parseBranch(line);
                    break;
                case "entries":
                    if (line.startsWith("--- entry ")) {
                        entry = Long.parseLong(line.substring("--- entry ".length()).trim());
                        entries.putIfAbsent(entry, new LinkedHashMap<>());
                    } else if (entry != null) {
                        parseValue(entry, line);
                    }
                    break;
                case "sizes":
                    if (line.startsWith("entry ")) {
                        sizeColumns = List.of(line.substring("entry ".length()).trim().split(" "));
                    } else if (!line.isBlank()) {
                        String[] cells = line.trim().split(" ");
                        Map<String, Integer> row = new LinkedHashMap<>();
                        for (int i = 0; i < sizeColumns.size(); i++) {
                            row.put(sizeColumns.get(i), Integer.parseInt(cells[i + 1]));
                        }
                        sizes.put(Long.parseLong(cells[0]), row);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private void parseBranch(String line) {
        Matcher matcher = BRANCH.matcher(line);
        if (!matcher.matches()) {
            throw new IllegalStateException("unexpected branch line in the Delphes dump: " + line);
        }
        int depth = (matcher.group(1).length() - 2) / 2;
        branches.add(new BranchLine(depth, matcher.group(2), matcher.group(3), matcher.group(4), matcher.group(5),
                matcher.group(6) == null ? null : Integer.valueOf(matcher.group(6)),
                matcher.group(7) == null ? null : Integer.valueOf(matcher.group(7))));
    }

    private void parseValue(long entry, String line) {
        Matcher size = SIZE.matcher(line);
        if (size.matches()) {
            return;
        }
        Matcher matcher = VALUE.matcher(line);
        if (!matcher.matches()) {
            return;
        }
        String body = matcher.group(3).trim();
        List<String> values = body.isEmpty() ? List.of() : List.of(body.split(", "));
        int total = matcher.group(2) == null ? values.size() : Integer.parseInt(matcher.group(2));
        entries.get(entry).put(matcher.group(1), new Values(values, total));
    }
}
