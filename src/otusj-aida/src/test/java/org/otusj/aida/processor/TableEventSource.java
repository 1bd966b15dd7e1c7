package org.otusj.aida.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.otusj.core.event.Event;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.InputRecord;
import org.otusj.core.event.Particle;
import org.otusj.core.event.RecoParticle;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.EventSource;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;

/**
 * A test event source reading events from text tables, one line per element, with the event number
 * first. Each input file is one run. Line forms (momenta and energies in GeV):
 *
 * <pre>
 * EVENT gen   COLLECTION PDG STATUS PX PY PZ E
 * EVENT reco  COLLECTION PDG PX PY PZ E
 * EVENT empty COLLECTION
 * EVENT weight W
 * </pre>
 *
 * Lines of one event must be consecutive; blank lines and lines starting with # are ignored.
 */
@ProcessorInfo(description = "Test source: reads events from a text table of particles.")
public final class TableEventSource implements EventSource {

    private final Deque<InputRecord> records = new ArrayDeque<>();

    @Override
    public void init(ProcessorContext context) {
    }

    @Override
    public void open(List<Path> inputs) throws IOException {
        for (int run = 0; run < inputs.size(); run++) {
            records.add(new RunHeader(run, inputs.get(run)));
            readEvents(run, inputs.get(run));
        }
    }

    @Override
    public InputRecord read() {
        return records.poll();
    }

    @Override
    public void close() {
        records.clear();
    }

    private void readEvents(int run, Path input) throws IOException {
        Long current = null;
        double weight = 1.0;
        Map<String, List<Object>> collections = new LinkedHashMap<>();
        for (String line : Files.readAllLines(input)) {
            String[] fields = line.strip().split("\\s+");
            if (line.isBlank() || fields[0].startsWith("#")) {
                continue;
            }
            long eventNumber = Long.parseLong(fields[0]);
            if (current != null && eventNumber != current) {
                records.add(event(run, current, weight, collections));
                collections = new LinkedHashMap<>();
                weight = 1.0;
            }
            current = eventNumber;

            switch (fields[1]) {
                case "weight":
                    weight = Double.parseDouble(fields[2]);
                    break;
                case "empty":
                    collections.computeIfAbsent(fields[2], name -> new ArrayList<>());
                    break;
                case "gen":
                    collections.computeIfAbsent(fields[2], name -> new ArrayList<>()).add(particle(fields));
                    break;
                case "reco":
                    collections.computeIfAbsent(fields[2], name -> new ArrayList<>()).add(recoParticle(fields));
                    break;
                default:
                    throw new IOException(input + ": unknown line kind '" + fields[1] + "' in: " + line);
            }
        }
        if (current != null) {
            records.add(event(run, current, weight, collections));
        }
    }

    private static Event event(int run, long number, double weight, Map<String, List<Object>> collections) {
        Event event = new Event(run, number);
        event.setWeight(weight);
        collections.forEach(event::addCollection);
        return event;
    }

    private static Particle particle(String[] fields) {
        FourVector momentum = vector(fields, 5);
        return new Particle(Integer.parseInt(fields[3]), Integer.parseInt(fields[4]), 0, 0, 0, 0, momentum,
                momentum.mass(), 0.0, 9.0);
    }

    private static RecoParticle recoParticle(String[] fields) {
        int pdgId = Integer.parseInt(fields[3]);
        // The charge follows from the sign of the id for the charged leptons these tests use.
        int charge = pdgId > 0 ? -1 : 1;
        return new RecoParticle(pdgId, charge, vector(fields, 4));
    }

    private static FourVector vector(String[] fields, int start) {
        return new FourVector(Double.parseDouble(fields[start]), Double.parseDouble(fields[start + 1]),
                Double.parseDouble(fields[start + 2]), Double.parseDouble(fields[start + 3]));
    }
}
