package org.otusj.core.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.otusj.core.processor.ProcessorRegistry;
import org.otusj.core.steering.ChainBuilder;
import org.otusj.core.steering.SteeringParser;

/** Writes steering files and run-count inputs for the core tests. */
final class SteeringFixture {

    private SteeringFixture() {
    }

    /** Writes a run file holding the number of events of that run. */
    static Path runFile(Path dir, String name, int events) throws IOException {
        return Files.writeString(dir.resolve(name), Integer.toString(events));
    }

    static Path write(Path dir, String xml) throws IOException {
        return Files.writeString(dir.resolve("steering.xml"), xml);
    }

    static Chain build(Path steering) throws IOException {
        return new ChainBuilder(ProcessorRegistry.load()).build(new SteeringParser().parse(steering));
    }
}
