package org.otusj.core.loop;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.otusj.core.event.NameList;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.GlobalSettings;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;

/**
 * Checks a built chain without reading events, for {@code otusj run --dry-run}: calls each processor's
 * {@link Processor#checkConfiguration} and reads the run header of each input with {@link
 * org.otusj.core.processor.EventSource#readHeaders}. No processor's {@code init} or {@code end} runs.
 */
public final class DryRun {

    /**
     * Findings of a dry run.
     *
     * @param description the chain in execution order and the input headers, one line each
     * @param problems one line per failed check, empty if the chain is ready to run
     */
    public record Report(List<String> description, List<String> problems) {

        public Report {
            description = List.copyOf(description);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DryRun() {
    }

    /** Runs the checks that need no events. */
    public static Report check(Chain chain) {
        List<String> description = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        GlobalSettings global = chain.global();
        description.add(String.format(Locale.ROOT, "%s: %d processors, %d thread(s), shard %s, batch size %d",
                chain.steeringFile(), chain.processors().size(), global.threads(), global.shard(), global.batchSize()));

        for (ConfiguredProcessor configured : chain.processors()) {
            description.add(describe(configured));
        }
        problems.addAll(configurationProblems(chain));

        try {
            List<RunHeader> headers = chain.source().readHeaders(global.inputFiles());
            for (RunHeader header : headers) {
                description.add("  " + header + ": header attributes " + describe(header));
            }
            if (headers.isEmpty()) {
                description.add("  " + global.inputFiles().size() + " input file(s); the source reads no header"
                        + " in a dry run");
            }
        } catch (IOException | RuntimeException failed) {
            problems.add("event source '" + chain.processors().get(0).name() + "' cannot read its inputs: "
                    + failed.getMessage());
        }
        return new Report(description, problems);
    }

    /**
     * Runs every processor's {@link Processor#checkConfiguration}, which reads no events and writes
     * nothing. A real run calls this too, so that an invalid setting stops it before any processor starts.
     *
     * @return one line per processor with an invalid setting, naming the processor; empty if all are valid
     */
    public static List<String> configurationProblems(Chain chain) {
        List<String> problems = new ArrayList<>();
        for (ConfiguredProcessor configured : chain.processors()) {
            try {
                configured.processor().checkConfiguration(new ProcessorContext(configured.name(), chain.global()));
            } catch (IllegalArgumentException | IOException failed) {
                // Messages meant for a real run may already name the processor, so it is not repeated.
                String message = failed.getMessage();
                boolean named = message != null && message.startsWith("processor '" + configured.name() + "'");
                problems.add(named ? message : "processor '" + configured.name() + "' (" + configured.type() + "): "
                        + message);
            }
        }
        return problems;
    }

    private static String describe(ConfiguredProcessor configured) {
        Processor processor = configured.processor();
        StringBuilder line = new StringBuilder("  " + configured.name() + " (" + configured.type() + ")");
        if (configured.isConditional()) {
            line.append(" if ").append(configured.condition());
        }
        line.append(", ").append(processor.parallelism().name().toLowerCase(Locale.ROOT));
        appendCollections(line, "reads", processor.inputCollections());
        appendCollections(line, "writes", processor.outputCollections());
        return line.toString();
    }

    /** Lists the attribute names of a header, with the values of numbers and short strings. */
    private static String describe(RunHeader header) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> attribute : header.attributes().entrySet()) {
            Object value = attribute.getValue();
            boolean shortValue = value instanceof Number || value instanceof String text && text.length() <= 40;
            parts.add(shortValue ? attribute.getKey() + "=" + value : attribute.getKey());
        }
        return String.join(", ", parts);
    }

    private static void appendCollections(StringBuilder line, String verb, Set<String> collections) {
        if (!collections.isEmpty()) {
            // Sorted, because processors often declare them in a Set.of, whose order changes between runs.
            List<String> names = new ArrayList<>(collections);
            names.sort(DryRun::compareNames);
            line.append(", ").append(verb).append(' ').append(NameList.shortened(names, " "));
        }
    }

    /**
     * Compares collection names as text, except that runs of digits compare as numbers, so that the extra
     * draws Electrons_2 ... Electrons_10 of a detector are listed in their order.
     */
    static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                int byCharacter = Character.compare(a.charAt(i), b.charAt(j));
                if (byCharacter != 0) {
                    return byCharacter;
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        // Names equal up to leading zeros ("E_01" and "E_1") still need a fixed order.
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
