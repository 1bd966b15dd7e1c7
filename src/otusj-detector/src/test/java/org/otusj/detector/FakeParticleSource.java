package org.otusj.detector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;

/**
 * A test event source reading a small text format: one particle per line as
 * {@code pdgId status px py pz E} (GeV), events separated by blank lines. Each input file is one run,
 * numbered from 0; events are numbered from 0 within it. The particles go to the collection named by
 * {@code OutputCollection}.
 */
@ProcessorInfo(description = "Test source: reads particles from a whitespace-separated text file.")
public final class FakeParticleSource implements EventSource {

    @ProcessorParameter(name = "OutputCollection", description = "Collection for the particles of each event.")
    private String outputCollection = "MCParticles";

    private final List<InputRecord> records = new ArrayList<>();
    private int next;

    @Override
    public void init(ProcessorContext context) {
    }

    @Override
    public void open(List<Path> inputs) throws IOException {
        for (int run = 0; run < inputs.size(); run++) {
            records.add(new RunHeader(run, inputs.get(run)));
            long eventNumber = 0;
            List<Particle> particles = new ArrayList<>();
            for (String line : Files.readAllLines(inputs.get(run))) {
                if (line.isBlank()) {
                    if (!particles.isEmpty()) {
                        records.add(event(run, eventNumber++, particles));
                        particles = new ArrayList<>();
                    }
                    continue;
                }
                String[] fields = line.strip().split("\\s+");
                FourVector momentum = new FourVector(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
                        Double.parseDouble(fields[4]), Double.parseDouble(fields[5]));
                particles.add(new Particle(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), 0, 0, 0, 0,
                        momentum, Math.max(momentum.mass(), 0.0), 0, 9));
            }
            if (!particles.isEmpty()) {
                records.add(event(run, eventNumber, particles));
            }
        }
    }

    private Event event(int run, long number, List<Particle> particles) {
        Event event = new Event(run, number);
        event.addCollection(outputCollection, particles);
        return event;
    }

    @Override
    public InputRecord read() {
        return next < records.size() ? records.get(next++) : null;
    }

    @Override
    public void close() {
    }
}
