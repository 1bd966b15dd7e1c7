package org.otusj.core.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.otusj.core.testing.TestPaths;

class SchemaFileTest {

    @Test
    void docsCopyMatchesShippedSchema() throws IOException {
        String shipped;
        try (InputStream in = SteeringSchema.url().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String docs = Files.readString(TestPaths.repositoryFile("docs/steering.xsd"));

        assertEquals(shipped, docs, "docs/steering.xsd differs from " + SteeringSchema.RESOURCE + "; copy it over");
    }

    @Test
    void exampleSteeringFilesParse() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(TestPaths.repositoryRoot().resolve("steering"))) {
            examples = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
        assertTrue(examples.size() >= 3, examples.toString());
        for (Path example : examples) {
            SteeringFile parsed = new SteeringParser().parse(example);
            assertFalse(parsed.execute().isEmpty(), example + " has no <execute> entries");
        }
    }
}
