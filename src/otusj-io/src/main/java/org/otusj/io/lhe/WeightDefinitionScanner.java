package org.otusj.io.lhe;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the weight definitions in a block of header or {@code <init>} text: {@code <weight id="...">}
 * elements, inside {@code <weightgroup>} or not, and LHEF 3.0 {@code <weightinfo name="...">} elements.
 * Other tags and text are skipped, and so is anything inside {@code <!-- -->} comments.
 */
final class WeightDefinitionScanner {

    private final LheLineReader reader;

    WeightDefinitionScanner(LheLineReader reader) {
        this.reader = reader;
    }

    /**
     * Scans {@code block}, whose first line is line {@code firstLine} of the file, appending definitions
     * in file order.
     *
     * @param weights receives the {@code <weight>} definitions
     * @param weightInfos receives the {@code <weightinfo>} definitions
     * @throws LheFormatException for a {@code <weight>} without {@code id} or a {@code <weightinfo>}
     *     without {@code name}, or an element that is not closed
     */
    void scan(String block, long firstLine, List<LheWeightDefinition> weights, List<LheWeightDefinition> weightInfos)
            throws LheFormatException {
        Deque<String> groups = new ArrayDeque<>();
        int i = block.indexOf('<');
        while (i >= 0) {
            if (block.startsWith("<!--", i)) {
                int close = block.indexOf("-->", i + 4);
                if (close < 0) {
                    return;
                }
                i = block.indexOf('<', close + 3);
                continue;
            }

            String name = LheMarkup.tagName(block, i);
            int end = LheMarkup.tagEnd(block, i);
            if (end < 0) {
                // A lone '<' in free text, as in "x < y" in a comment line, is not a tag.
                i = block.indexOf('<', i + 1);
                continue;
            }

            int next = end + 1;
            switch (name) {
                case "weightgroup":
                    if (!LheMarkup.isSelfClosing(block, end)) {
                        groups.push(groupName(block, i, end));
                    }
                    break;
                case "/weightgroup":
                    if (!groups.isEmpty()) {
                        groups.pop();
                    }
                    break;
                case "weight":
                    next = definition(block, firstLine, i, end, "weight", "id", groups, weights);
                    break;
                case "weightinfo":
                    next = definition(block, firstLine, i, end, "weightinfo", "name", groups, weightInfos);
                    break;
                default:
                    break;
            }
            i = block.indexOf('<', next);
        }
    }

    private static String groupName(String block, int start, int end) {
        Map<String, String> attributes = LheMarkup.attributes(block, start, end);
        String name = attributes.get("name");
        if (name == null) {
            name = attributes.getOrDefault("type", "");
        }
        return name;
    }

    /** Reads one element starting at {@code start}; returns the index after it. */
    private int definition(String block, long firstLine, int start, int end, String element, String idAttribute,
            Deque<String> groups, List<LheWeightDefinition> into) throws LheFormatException {
        Map<String, String> attributes = new LinkedHashMap<>(LheMarkup.attributes(block, start, end));
        String id = attributes.remove(idAttribute);
        if (id == null) {
            throw error(block, firstLine, start, "invalid <" + element + "> element: expected the " + idAttribute
                    + " attribute");
        }

        String description = "";
        int next = end + 1;
        if (!LheMarkup.isSelfClosing(block, end)) {
            String closeTag = "</" + element + ">";
            int close = block.indexOf(closeTag, end + 1);
            if (close < 0) {
                throw error(block, firstLine, start, "unclosed <" + element + " " + idAttribute + "=\"" + id
                        + "\"> element: expected " + closeTag);
            }
            description = block.substring(end + 1, close).strip();
            next = close + closeTag.length();
        }
        String group = groups.isEmpty() ? "" : groups.peek();
        into.add(new LheWeightDefinition(id.strip(), description, group, attributes));
        return next;
    }

    /** Creates an error at the file line that holds {@code offset} of {@code block}. */
    private LheFormatException error(String block, long firstLine, int offset, String problem) {
        return reader.errorAt(LheMarkup.lineAt(block, firstLine, offset), problem, LheMarkup.lineText(block, offset));
    }
}
