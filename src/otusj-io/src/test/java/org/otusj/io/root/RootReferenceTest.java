package org.otusj.io.root;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.otusj.io.root.describe.FileDescription;
import org.otusj.io.root.describe.KeyDescription;
import org.otusj.io.root.file.FileHeader;
import org.otusj.io.root.hist.Histogram1D;
import org.otusj.io.root.tree.Branch;
import org.otusj.io.root.tree.BranchLayout;
import org.otusj.io.root.tree.Column;
import org.otusj.io.root.tree.Tree;
import org.otusj.io.root.tree.ValueType;

/**
 * Every value of the JSROOT reference dumps of the shared ROOT files, reproduced exactly: file header,
 * keys, tree entry counts, branch types, the values of the listed entries, whole-tree per-branch counts
 * and sums, and histogram bins. Floats are compared bit for bit.
 */
class RootReferenceTest {

    @TestFactory
    Stream<DynamicNode> referenceDumps() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        for (JsrootReference reference : JsrootReference.all()) {
            files.add(DynamicContainer.dynamicContainer(reference.fileName(), fileTests(reference)));
        }
        assertFalse(files.isEmpty(), "no reference dumps found in the shared root folder");
        return files.stream();
    }

    private static List<DynamicNode> fileTests(JsrootReference reference) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("header", () -> checkHeader(reference)));
        tests.add(DynamicTest.dynamicTest("keys", () -> checkKeys(reference)));
        for (JsonElement tree : reference.trees()) {
            tests.add(treeTests(reference, tree.getAsJsonObject()));
        }
        for (JsonElement histogram : reference.histograms()) {
            JsonObject expected = histogram.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest("histogram " + expected.get("path").getAsString(),
                    () -> checkHistogram(reference, expected)));
        }
        tests.add(DynamicTest.dynamicTest("no JSROOT errors", () ->
                assertEquals(0, reference.json.getAsJsonArray("errors").size(), "the dump itself reports errors")));
        return tests;
    }

    private static void checkHeader(JsrootReference reference) throws IOException {
        JsonObject expected = reference.header();
        try (RootFile file = RootFile.open(reference.rootFile)) {
            FileHeader header = file.header();
            assertEquals(expected.get("fVersion").getAsInt(), header.version(), "fVersion");
            assertEquals(expected.get("fBEGIN").getAsLong(), header.begin(), "fBEGIN");
            assertEquals(expected.get("fEND").getAsLong(), header.end(), "fEND");
            assertEquals(expected.get("fCompress").getAsInt(), header.compress(), "fCompress");
            assertEquals(expected.get("fSeekInfo").getAsLong(), header.seekInfo(), "fSeekInfo");
            assertEquals(expected.get("fNbytesInfo").getAsInt(), header.nbytesInfo(), "fNbytesInfo");
            assertFalse(header.largeFile(), "files under 2 GB use the 32-bit layout");
        }
    }

    private static void checkKeys(JsrootReference reference) throws IOException {
        try (RootFile file = RootFile.open(reference.rootFile)) {
            FileDescription description = file.describe();
            JsonArray expected = reference.keys();
            List<KeyDescription> keys = description.keys();
            assertEquals(expected.size(), keys.size(), "number of keys");
            for (int i = 0; i < keys.size(); i++) {
                JsonObject key = expected.get(i).getAsJsonObject();
                KeyDescription actual = keys.get(i);
                assertEquals(key.get("path").getAsString(), actual.path(), "path of key " + i);
                assertEquals(key.get("class").getAsString(), actual.className(), "class of " + actual.path());
                assertEquals(key.get("cycle").getAsInt(), actual.cycle(), "cycle of " + actual.path());
                assertEquals(key.get("title").getAsString(), actual.title(), "title of " + actual.path());
                assertEquals(key.get("depth").getAsInt(), actual.depth(), "depth of " + actual.path());
            }
            assertTrue(description.problems().isEmpty(), "problems: " + description.problems());
        }
    }

    private static DynamicContainer treeTests(JsrootReference reference, JsonObject expected) {
        String keyPath = expected.get("path").getAsString();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("entries and branches", () -> checkBranches(reference, expected)));
        for (Map.Entry<String, JsonElement> row : expected.getAsJsonObject("rows").entrySet()) {
            long entry = Long.parseLong(row.getKey());
            tests.add(DynamicTest.dynamicTest("entry " + entry,
                    () -> checkRow(reference, keyPath, entry, row.getValue().getAsJsonObject())));
        }
        for (Map.Entry<String, JsonElement> aggregate : expected.getAsJsonObject("aggregates").entrySet()) {
            tests.add(DynamicTest.dynamicTest("totals of " + aggregate.getKey(), () -> checkAggregate(reference,
                    keyPath, aggregate.getKey(), aggregate.getValue().getAsJsonObject())));
        }
        return DynamicContainer.dynamicContainer("tree " + keyPath, tests);
    }

    private static void checkBranches(JsrootReference reference, JsonObject expected) throws IOException {
        try (RootFile file = RootFile.open(reference.rootFile)) {
            Tree tree = file.tree(expected.get("path").getAsString());
            assertEquals(expected.get("name").getAsString(), tree.name(), "tree name");
            assertEquals(expected.get("title").getAsString(), tree.title(), "tree title");
            assertEquals(expected.get("entries").getAsLong(), tree.entries(), "entries");
            JsonArray branches = expected.getAsJsonArray("branches");
            List<Branch> actual = tree.allBranches();
            assertEquals(branches.size(), actual.size(), "number of branches");
            for (int i = 0; i < actual.size(); i++) {
                JsonObject branch = branches.get(i).getAsJsonObject();
                Branch found = actual.get(i);
                String path = branch.get("path").getAsString();
                assertEquals(path, found.path(), "path of branch " + i);
                assertEquals(branch.get("branchClass").getAsString(), found.branchClass(), "class of " + path);
                assertEquals(branch.get("type").getAsString(), tree.layout(found).typeName(), "type of " + path);
                assertEquals(branch.get("readable").getAsBoolean(), tree.layout(found).isReadable(),
                        "readability of " + path);
                assertEquals(expected.get("entries").getAsLong(), found.entries(), "entries of " + path);
            }
        }
    }

    private static void checkRow(JsrootReference reference, String keyPath, long entry, JsonObject row)
            throws IOException {
        try (RootFile file = RootFile.open(reference.rootFile)) {
            Tree tree = file.tree(keyPath);
            for (Map.Entry<String, JsonElement> value : row.entrySet()) {
                String path = value.getKey();
                Column column = tree.reader(path).read(entry, entry + 1);
                assertEquals(1, column.entryCount(), path);
                assertValue(path + " at entry " + entry, tree.layout(tree.branch(path)), column, 0, value.getValue());
            }
        }
    }

    /** Compares entry {@code index} of {@code column} with the dump's value: a scalar or an array. */
    static void assertValue(String what, BranchLayout layout, Column column, int index, JsonElement expected) {
        boolean scalar = layout.kind() == BranchLayout.Kind.STRING
                || (layout.kind() == BranchLayout.Kind.FIXED && layout.fixedCount() == 1);
        int start = column.start(index);
        if (scalar) {
            assertEquals(1, column.count(index), what + ": values per entry");
            assertElement(what, column, start, expected);
            return;
        }
        assertTrue(expected.isJsonArray(), what + ": expected an array in the dump, found " + expected);
        JsonArray array = expected.getAsJsonArray();
        assertEquals(array.size(), column.count(index), what + ": number of values");
        for (int k = 0; k < array.size(); k++) {
            assertElement(what + "[" + k + "]", column, start + k, array.get(k));
        }
    }

    private static void assertElement(String what, Column column, int position, JsonElement expected) {
        ValueType type = column.type();
        switch (type) {
            case FLOAT32: {
                double reference = JsrootReference.number(expected);
                float actual = column.getFloat(position);
                assertEquals(Double.doubleToRawLongBits(reference), Double.doubleToRawLongBits(actual),
                        what + ": expected " + reference + ", found " + actual);
                break;
            }
            case FLOAT64:
            case DOUBLE32: {
                double reference = JsrootReference.number(expected);
                double actual = column.getDouble(position);
                assertEquals(Double.doubleToRawLongBits(reference), Double.doubleToRawLongBits(actual),
                        what + ": expected " + reference + ", found " + actual);
                break;
            }
            case BOOL:
                assertEquals(expected.getAsBoolean(), column.getBoolean(position), what);
                break;
            case STRING:
                assertEquals(expected.getAsString(), column.getString(position), what);
                break;
            default:
                assertEquals(new BigInteger(expected.getAsString()), integer(column, position), what);
                break;
        }
    }

    private static BigInteger integer(Column column, int position) {
        long value = column.getLong(position);
        return column.type() == ValueType.UINT64 ? new BigInteger(Long.toUnsignedString(value)) : BigInteger.valueOf(value);
    }

    private static void checkAggregate(JsrootReference reference, String keyPath, String path, JsonObject expected)
            throws IOException {
        try (RootFile file = RootFile.open(reference.rootFile)) {
            Tree tree = file.tree(keyPath);
            Column column = tree.reader(path).readAll();
            assertEquals(expected.get("entries").getAsLong(), column.entryCount(), path + ": entries");
            assertEquals(expected.get("elements").getAsLong(), column.size(), path + ": elements");

            String kind = expected.get("sumKind").getAsString();
            JsonElement sum = expected.get("sum");
            if (column.size() == 0) {
                assertTrue(sum == null || sum.isJsonNull(), path + ": no elements, so no sum");
                return;
            }
            switch (kind) {
                case "int": {
                    BigInteger total = BigInteger.ZERO;
                    for (int i = 0; i < column.size(); i++) {
                        total = total.add(integer(column, i));
                    }
                    assertEquals(new BigInteger(sum.getAsString()), total, path + ": sum");
                    break;
                }
                case "f32":
                case "f64": {
                    // Same order as the dump: entries in order, elements in order, summed as doubles.
                    double total = 0;
                    for (int i = 0; i < column.size(); i++) {
                        total += column.getDouble(i);
                    }
                    assertEquals(Double.doubleToRawLongBits(JsrootReference.number(sum)),
                            Double.doubleToRawLongBits(total), path + ": sum " + total + " vs " + sum);
                    break;
                }
                case "bool": {
                    long trues = 0;
                    for (int i = 0; i < column.size(); i++) {
                        trues += column.getBoolean(i) ? 1 : 0;
                    }
                    assertEquals(sum.getAsLong(), trues, path + ": number of true values");
                    break;
                }
                case "str": {
                    long length = 0;
                    for (int i = 0; i < column.size(); i++) {
                        length += column.getString(i).length();
                    }
                    assertEquals(sum.getAsLong(), length, path + ": total string length");
                    break;
                }
                default:
                    fail(path + ": unexpected sum kind " + kind);
            }
        }
    }

    private static void checkHistogram(JsrootReference reference, JsonObject expected) throws IOException {
        try (RootFile file = RootFile.open(reference.rootFile)) {
            Histogram1D histogram = file.histogram(expected.get("path").getAsString());
            assertEquals(expected.get("class").getAsString(), histogram.className(), "class");
            assertEquals(expected.get("name").getAsString(), histogram.name(), "name");
            assertEquals(expected.get("title").getAsString(), histogram.title(), "title");
            JsonObject axis = expected.getAsJsonArray("axes").get(0).getAsJsonObject();
            assertEquals(axis.get("nbins").getAsInt(), histogram.axis().bins(), "bins");
            assertEquals(axis.get("min").getAsDouble(), histogram.axis().min(), "axis min");
            assertEquals(axis.get("max").getAsDouble(), histogram.axis().max(), "axis max");
            assertEquals(axis.get("name").getAsString(), histogram.axis().name(), "axis name");
            assertEquals(expected.get("entries").getAsDouble(), histogram.entries(), "entries");
            assertEquals(expected.get("fTsumw").getAsDouble(), histogram.sumWeights(), "fTsumw");
            assertEquals(expected.get("fTsumw2").getAsDouble(), histogram.sumWeights2(), "fTsumw2");
            assertEquals(expected.get("fTsumwx").getAsDouble(), histogram.sumWeightsX(), "fTsumwx");
            assertEquals(expected.get("fTsumwx2").getAsDouble(), histogram.sumWeightsX2(), "fTsumwx2");
            assertEquals(expected.get("fMaximum").getAsDouble(), histogram.maximum(), "fMaximum");
            assertEquals(expected.get("fMinimum").getAsDouble(), histogram.minimum(), "fMinimum");
            assertArrayEquals(doubles(expected.getAsJsonArray("contents")), histogram.contents(), 0.0, "contents");
            JsonElement sumw2 = expected.get("sumw2");
            if (sumw2 == null || sumw2.isJsonNull()) {
                assertEquals(0, histogram.sumw2().length, "sumw2 should be empty");
            } else {
                assertArrayEquals(doubles(sumw2.getAsJsonArray()), histogram.sumw2(), 0.0, "sumw2");
            }
            assertNull(expected.get("binEntries"), "the dump has bin entries, which a TH1 lacks");
        }
    }

    private static double[] doubles(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = JsrootReference.number(array.get(i));
        }
        return values;
    }
}
