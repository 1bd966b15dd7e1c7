package org.otusj.io.root.describe;

import java.util.Locale;

/** Renders a {@link FileDescription} as plain text, one line per key, branch and histogram. */
public final class DescriptionRenderer {

    private DescriptionRenderer() {
    }

    /** Renders {@code description} as a text listing. */
    public static String render(FileDescription description) {
        StringBuilder text = new StringBuilder();
        text.append(description.file()).append(": ROOT ").append(versionText(description.rootVersion()))
                .append(", ").append(description.fileBytes()).append(" bytes, ")
                .append(description.largeFile() ? "64-bit" : "32-bit").append(" seeks, compression ")
                .append(compressionText(description.compression())).append('\n');

        text.append("keys (").append(description.keys().size()).append("):\n");
        for (KeyDescription key : description.keys()) {
            text.append("  ").append("  ".repeat(key.depth())).append(key.path()).append(';').append(key.cycle())
                    .append("  ").append(key.className()).append("  ").append(key.objectBytes()).append(" bytes (")
                    .append(key.storedBytes()).append(" on file)");
            if (!key.title().isEmpty()) {
                text.append("  \"").append(key.title()).append('"');
            }
            text.append('\n');
        }

        for (TreeDescription tree : description.trees()) {
            text.append("tree ").append(tree.keyPath()).append(": ").append(tree.entries()).append(" entries, ")
                    .append(tree.branches().size()).append(" branches\n");
            for (BranchDescription branch : tree.branches()) {
                text.append("  ").append("  ".repeat(branch.depth())).append(branch.name()).append("  ")
                        .append(branch.type().isEmpty() ? "-" : branch.type()).append("  ")
                        .append(branch.branchClass());
                if (!branch.leaves().isEmpty()) {
                    text.append("  leaves ").append(branch.leaves());
                }
                text.append("  ").append(branch.entries()).append(" entries in ").append(branch.baskets())
                        .append(branch.baskets() == 1 ? " basket" : " baskets");
                if (!branch.readable() && !branch.note().isEmpty()) {
                    text.append("  (").append(branch.note()).append(')');
                }
                text.append('\n');
            }
        }

        for (HistogramDescription histogram : description.histograms()) {
            text.append(histogram.className()).append(' ').append(histogram.keyPath()).append(": ")
                    .append(histogram.bins()).append(" bins in [").append(number(histogram.min())).append(", ")
                    .append(number(histogram.max())).append("], ").append(number(histogram.entries()))
                    .append(" entries\n");
        }

        for (String problem : description.problems()) {
            text.append("problem: ").append(problem).append('\n');
        }
        return text.toString();
    }

    private static String versionText(int version) {
        return String.format(Locale.ROOT, "%d.%02d/%02d", version / 10000, version / 100 % 100, version % 100);
    }

    private static String compressionText(int compress) {
        int algorithm = compress / 100;
        int level = compress % 100;
        if (level == 0) {
            return "none";
        }
        String name;
        switch (algorithm) {
            case 0:
            case 1:
                name = "zlib";
                break;
            case 2:
                name = "lzma";
                break;
            case 4:
                name = "lz4";
                break;
            case 5:
                name = "zstd";
                break;
            default:
                name = "algorithm " + algorithm;
                break;
        }
        return name + " level " + level;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
