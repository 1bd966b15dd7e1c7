package org.otusj.io.hdf5;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text that h5dump prints, parsed into nested blocks. A line ending in "{" opens a block, such as
 * {@code DATASET "FDL" {}, a line "}" closes it, and other lines are the block's content, such as
 * {@code DATATYPE  H5T_IEEE_F64LE} or {@code DATASPACE  SIMPLE { ( 3, 8 ) / ( 3, 8 ) }}.
 */
final class H5DumpOutput {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DIMENSIONS = Pattern.compile("SIMPLE \\{ \\( ([0-9, ]+) \\)");
    private static final Pattern INDEXED_VALUE = Pattern.compile("^\\(([0-9,]+)\\): (.*?),?$");

    /** One block: its keyword ("DATASET"), its name without quotes ("FDL"), content lines and children. */
    static final class Block {
        final String keyword;
        final String name;
        final List<String> lines = new ArrayList<>();
        final List<Block> children = new ArrayList<>();

        Block(String keyword, String name) {
            this.keyword = keyword;
            this.name = name;
        }

        /** Returns the first descendant block (depth first) with this keyword and name. */
        Optional<Block> find(String keyword, String name) {
            for (Block child : children) {
                if (child.keyword.equals(keyword) && child.name.equals(name)) {
                    return Optional.of(child);
                }
                Optional<Block> inner = child.find(keyword, name);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }

        /** Returns the direct child block of this keyword and name, failing if there is none. */
        Block child(String keyword, String name) {
            for (Block child : children) {
                if (child.keyword.equals(keyword) && child.name.equals(name)) {
                    return child;
                }
            }
            throw new AssertionError("no " + keyword + " \"" + name + "\" in " + this.keyword + " \"" + this.name
                    + "\"; children: " + childNames());
        }

        /** Returns the attribute {@code name} of this group or dataset. */
        Block attribute(String name) {
            return child("ATTRIBUTE", name);
        }

        List<String> childNames() {
            List<String> names = new ArrayList<>();
            for (Block child : children) {
                names.add(child.keyword + " " + child.name);
            }
            return names;
        }

        /** The datatype: the text after DATATYPE, or the keyword of a DATATYPE block such as H5T_STRING. */
        String datatype() {
            for (String line : lines) {
                if (line.startsWith("DATATYPE")) {
                    return line.substring("DATATYPE".length()).strip();
                }
            }
            for (Block child : children) {
                if (child.keyword.equals("DATATYPE")) {
                    return child.name;
                }
            }
            throw new AssertionError("no DATATYPE in " + keyword + " \"" + name + "\"");
        }

        /** The dataspace line after DATASPACE, such as {@code SIMPLE { ( 3, 8 ) / ( 3, 8 ) }} or SCALAR. */
        String dataspace() {
            for (String line : lines) {
                if (line.startsWith("DATASPACE")) {
                    return line.substring("DATASPACE".length()).strip();
                }
            }
            throw new AssertionError("no DATASPACE in " + keyword + " \"" + name + "\"");
        }

        /** The current dimensions of the dataspace; empty for SCALAR. */
        List<Long> dimensions() {
            Matcher matcher = DIMENSIONS.matcher(dataspace());
            if (!matcher.find()) {
                return List.of();
            }
            List<Long> dimensions = new ArrayList<>();
            for (String part : matcher.group(1).split(",")) {
                dimensions.add(Long.parseLong(part.strip()));
            }
            return dimensions;
        }

        /** Returns the numbers of the DATA block in the order printed (row-major), one per "(i,j): value" line. */
        List<Double> numbers() {
            List<Double> values = new ArrayList<>();
            for (String line : child("DATA", "").lines) {
                Matcher matcher = INDEXED_VALUE.matcher(line);
                if (!matcher.matches()) {
                    throw new AssertionError("unexpected h5dump data line: " + line);
                }
                for (String value : matcher.group(2).split(",")) {
                    values.add(Double.parseDouble(value.strip()));
                }
            }
            return values;
        }

        /** Returns the quoted strings of the DATA block in order. */
        List<String> strings() {
            List<String> values = new ArrayList<>();
            for (String line : child("DATA", "").lines) {
                Matcher matcher = QUOTED.matcher(line);
                while (matcher.find()) {
                    values.add(matcher.group(1));
                }
            }
            return values;
        }
    }

    private final Block root;

    private H5DumpOutput(Block root) {
        this.root = root;
    }

    static H5DumpOutput parse(String text) {
        Block top = new Block("", "");
        List<Block> open = new ArrayList<>();
        open.add(top);
        for (String rawLine : text.split("\n")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            Block current = open.get(open.size() - 1);
            if (line.equals("}")) {
                open.remove(open.size() - 1);
            } else if (line.endsWith("{")) {
                Block block = header(line.substring(0, line.length() - 1).strip());
                current.children.add(block);
                open.add(block);
            } else {
                current.lines.add(line);
            }
        }
        return new H5DumpOutput(top);
    }

    /** Splits {@code DATASET "FDL"} into keyword and name, and {@code DATATYPE  H5T_STRING} likewise. */
    private static Block header(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return new Block(text, "");
        }
        String keyword = text.substring(0, space);
        String rest = text.substring(space).strip();
        Matcher quoted = QUOTED.matcher(rest);
        return new Block(keyword, quoted.matches() ? quoted.group(1) : rest);
    }

    /** The root group "/". */
    Block rootGroup() {
        return root.children.get(0).child("GROUP", "/");
    }

    /** The dataset {@code name} of the root group. */
    Block dataset(String name) {
        return rootGroup().child("DATASET", name);
    }

    /** Returns true if the root group has a dataset {@code name}. */
    boolean hasDataset(String name) {
        return rootGroup().find("DATASET", name).isPresent();
    }
}
