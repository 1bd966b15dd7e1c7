package org.otusj.io.root;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.BranchReader;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Tree;

/**
 * Reading speed of the ROOT reader, run by {@code docs/benchmarks/root/run.sh}, not by the test suite.
 *
 * <pre>
 * RootReadBenchmark time FILE TREE REPEATS [PREFIX...]   median entries/s reading all readable branches
 *                                                        (or those under the top-level PREFIXes)
 * RootReadBenchmark branches FILE TREE [PREFIX...]       the branch names timed, one per line
 * RootReadBenchmark baskets FILE TREE [PREFIX...]        "seek bytes" of each of their baskets
 * </pre>
 *
 * <p>Each timed repeat opens the file, reads the tree and every selected branch over all entries (basket
 * reads, decompression and decoding into primitive arrays). The cold rate counts the whole repeat. The
 * warm rate counts only the branch reading after the tree is open, the cost per entry of a long file.
 * Warm-up repeats before the timed ones let the JIT compile the decoders: at least 30 (or REPEATS) and
 * at least two seconds of them.
 */
public final class RootReadBenchmark {

    /**
     * Shortest warm-up. On two shared cores the JIT needs about 1.2 s of Delphes jobs before their time
     * settles, and {@code jsroot_bench.mjs} warms V8 up by the same rule.
     */
    private static final long MIN_WARMUP_NANOS = 2_000_000_000L;

    private RootReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: RootReadBenchmark time|branches|baskets FILE TREE [REPEATS] [PREFIX...]");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        String treeName = args[2];
        switch (args[0]) {
            case "time":
                time(file, treeName, Integer.parseInt(args[3]), List.of(args).subList(4, args.length));
                break;
            case "branches":
                try (RootFile root = RootFile.open(file)) {
                    for (Branch branch : selected(root.tree(treeName), List.of(args).subList(3, args.length))) {
                        System.out.println(branch.name());
                    }
                }
                break;
            case "baskets":
                try (RootFile root = RootFile.open(file)) {
                    for (Branch branch : selected(root.tree(treeName), List.of(args).subList(3, args.length))) {
                        for (int i = 0; i < branch.basketCount(); i++) {
                            System.out.println(branch.basketSeek(i) + " " + branch.basketBytes(i));
                        }
                    }
                }
                break;
            default:
                throw new IllegalArgumentException("unknown mode " + args[0] + "; expected time, branches or baskets");
        }
    }

    /**
     * Readable branches without sub-branches (the ones JSROOT reads by name), all or those under one of the
     * top-level branches named in {@code prefixes}. With prefixes, only those top-level branches and their
     * descendants are visited, as a user reading a few collections would, so the other branch bodies of
     * the tree record are never decoded.
     */
    private static List<Branch> selected(Tree tree, List<String> prefixes) {
        List<Branch> candidates = new ArrayList<>();
        if (prefixes.isEmpty()) {
            candidates.addAll(tree.allBranches());
        } else {
            for (Branch top : tree.branches()) {
                if (prefixes.contains(top.name())) {
                    candidates.add(top);
                    candidates.addAll(top.descendants());
                }
            }
        }
        List<Branch> branches = new ArrayList<>();
        for (Branch branch : candidates) {
            if (branch.branches().isEmpty() && tree.layout(branch).isReadable()) {
                branches.add(branch);
            }
        }
        return branches;
    }

    private static void time(Path file, String treeName, int repeats, List<String> prefixes) throws IOException {
        // The JIT needs many calls before the decoders are compiled; warm-up repeats are not counted. A count
        // alone is not enough: 30 repeats of a job of a few milliseconds leave most decoders interpreted.
        int minimumWarmup = Math.max(30, repeats);
        double[] cold = new double[repeats];
        double[] warm = new double[repeats];
        long entries = 0;
        long values = 0;
        int selected = 0;
        int warmup = 0;
        int timed = 0;
        long warmupStart = System.nanoTime();
        while (timed < repeats) {
            long start = System.nanoTime();
            boolean warming = warmup < minimumWarmup || start - warmupStart < MIN_WARMUP_NANOS;
            long opened;
            try (RootFile root = RootFile.open(file)) {
                Tree tree = root.tree(treeName);
                entries = tree.entries();
                List<Branch> branches = selected(tree, prefixes);
                selected = branches.size();
                opened = System.nanoTime();
                values = readAll(tree, branches, entries);
            }
            long end = System.nanoTime();
            if (warming) {
                warmup++;
            } else {
                cold[timed] = entries / ((end - start) * 1e-9);
                warm[timed] = entries / ((end - opened) * 1e-9);
                timed++;
            }
        }
        Arrays.sort(cold);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%s entries=%d branches=%d values=%d warmup=%d median_entries_per_s=%.0f "
                + "min=%.0f max=%.0f warm_median_entries_per_s=%.0f%n", file.getFileName(), entries, selected, values,
                warmup, cold[repeats / 2], cold[0], cold[repeats - 1], warm[repeats / 2]);
    }

    /** Reads every selected branch over all entries with fresh readers, so every basket is decompressed. */
    private static long readAll(Tree tree, List<Branch> branches, long entries) throws IOException {
        long values = 0;
        for (Branch branch : branches) {
            BranchReader reader = tree.reader(branch);
            Column column = reader.read(0, entries);
            values += column.size();
        }
        return values;
    }
}
