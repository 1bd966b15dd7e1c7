package org.otusj.io.root;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.otusj.core.testing.TestPaths;

/**
 * A JSROOT reference dump ({@code NAME.root.reference.json} beside each shared ROOT file), written by
 * JSROOT 7.11 independently of this reader. Floats are JSON numbers (float32 widened exactly), 64-bit
 * integers outside +-2^53 are strings, and NaN and infinities are the strings "NaN", "Infinity" and
 * "-Infinity".
 */
final class JsrootReference {

    final Path rootFile;
    final JsonObject json;

    private JsrootReference(Path rootFile, JsonObject json) {
        this.rootFile = rootFile;
        this.json = json;
    }

    /** Loads the dump of every ROOT file under the shared {@code root/} folder that has one, sorted by name. */
    static List<JsrootReference> all() throws IOException {
        Path folder = TestPaths.sharedData().resolve("root");
        List<JsrootReference> references = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path dump : files.filter(p -> p.getFileName().toString().endsWith(".root.reference.json")).sorted()
                    .collect(Collectors.toList())) {
                String name = dump.getFileName().toString();
                Path root = folder.resolve(name.substring(0, name.length() - ".reference.json".length()));
                try (Reader reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
                    references.add(new JsrootReference(root, JsonParser.parseReader(reader).getAsJsonObject()));
                }
            }
        }
        return references;
    }

    String fileName() {
        return rootFile.getFileName().toString();
    }

    JsonObject header() {
        return json.getAsJsonObject("header");
    }

    JsonArray keys() {
        return json.getAsJsonArray("keys");
    }

    JsonArray trees() {
        return json.getAsJsonArray("trees");
    }

    JsonArray histograms() {
        return json.getAsJsonArray("histograms");
    }

    /** Converts a JSON number, or one of the strings "NaN", "Infinity", "-Infinity", to a double. */
    static double number(JsonElement element) {
        if (element.getAsJsonPrimitive().isString()) {
            String text = element.getAsString();
            switch (text) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    return Double.parseDouble(text);
            }
        }
        return element.getAsDouble();
    }
}
