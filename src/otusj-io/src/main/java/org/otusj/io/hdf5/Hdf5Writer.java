package org.otusj.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otusj.core.event.Event;
import org.otusj.core.event.RunHeader;
import org.otusj.core.processor.Processor;
import org.otusj.core.processor.ProcessorContext;
import org.otusj.core.processor.ProcessorInfo;
import org.otusj.core.processor.ProcessorParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the OTUS event vectors that an earlier processor stored in event attributes and writes them at
 * the end of the job as an {@link OtusHdf5File}: z to the dataset {@value OtusHdf5File#Z_DATASET}, x to
 * {@value OtusHdf5File#X_DATASET}.
 *
 * <p>Contract with the processor that fills the vectors (see {@link EventAttributeVectorSource}): each
 * selected event carries a {@code double[]} of length D, in GeV unless the parameter {@code Units} gives another unit,
 * under the event attribute named by {@code ZAttribute} (default {@code OtusZ}) and under the one named
 * by {@code XAttribute} (default {@code OtusX}). The column names come from the parameters {@code
 * ZColumns} and {@code XColumns} or, when these are empty, from the run-header attributes {@code
 * OtusZColumns} and {@code OtusXColumns} (the attribute name followed by "Columns"); the layout name comes
 * from {@code Layout} or the run-header attribute {@value #LAYOUT_ATTRIBUTE}.
 *
 * <p>With {@code PairedOnly} true (the default) an event contributes only when it carries both vectors,
 * so row i of both datasets comes from the same event. With {@code TestEvents} above 0 the output is
 * two files, {@code NAME-train.h5} and {@code NAME-test.h5}, the test file holding the last {@code
 * TestEvents} rows of each dataset.
 *
 * <p>NOTE: all vectors stay in memory until {@link #end}, because jHDF writes a dataset in one piece:
 * about 8 D bytes per event and dataset, plus 16 bytes of array header (200 MB for a million events of
 * 24 values).
 */
@ProcessorInfo(description = "Collects OTUS event vectors (double[] event attributes, GeV) and writes them at the "
        + "end as an OTUS HDF5 training file: z to dataset FDL, x to dataset ROL, optionally split into "
        + "NAME-train.h5 and NAME-test.h5.")
public final class Hdf5Writer implements Processor {

    /** Run-header attribute with the name of the event layout, a {@code String}. */
    public static final String LAYOUT_ATTRIBUTE = "OtusLayout";

    private static final Logger LOG = LoggerFactory.getLogger(Hdf5Writer.class);

    @ProcessorParameter(description = "Output HDF5 file, relative to the global OutputDirectory. With TestEvents "
            + "above 0, NAME-train.h5 and NAME-test.h5 are written in its place.")
    private String outputFile = "otus.h5";

    @ProcessorParameter(description = "Number of events at the end of each dataset that go to the test file "
            + "NAME-test.h5; the events before them go to NAME-train.h5. 0 writes a single file.")
    private int testEvents = 0;

    @ProcessorParameter(description = "Event attribute with the parton-level vector z (double[]), written to "
            + "dataset FDL; empty to write no FDL dataset.")
    private String zAttribute = "OtusZ";

    @ProcessorParameter(description = "Event attribute with the reconstructed vector x (double[]), written to "
            + "dataset ROL; empty to write no ROL dataset.")
    private String xAttribute = "OtusX";

    @ProcessorParameter(description = "Column names of z, one per value; empty to take them from the run-header "
            + "attribute ZAttribute + \"Columns\".")
    private List<String> zColumns = new ArrayList<>();

    @ProcessorParameter(description = "Column names of x, one per value; empty to take them from the run-header "
            + "attribute XAttribute + \"Columns\".")
    private List<String> xColumns = new ArrayList<>();

    @ProcessorParameter(description = "Name of the event layout stored in the file, such as Zee; empty to take it "
            + "from the run-header attribute OtusLayout.")
    private String layout = "";

    @ProcessorParameter(description = "Unit of the vector values, stored with each dataset.")
    private String units = "GeV";

    @ProcessorParameter(description = "If true, an event is written only when it carries both vectors, so that "
            + "the rows of FDL and ROL stay paired; if false, each dataset takes every event that has its vector.")
    private boolean pairedOnly = true;

    private Path outputPath;
    private String processorName;
    private VectorCollector zCollector;
    private VectorCollector xCollector;
    private String runLayout = "";
    private long eventsSeen;
    private long eventsWithoutVectors;
    private long eventsWithOneVector;

    @Override
    public void init(ProcessorContext context) throws IOException {
        processorName = context.processorName();
        if (outputFile == null || outputFile.isBlank()) {
            throw new IllegalArgumentException("OutputFile of processor '" + processorName + "' must not be empty");
        }
        if (testEvents < 0) {
            throw new IllegalArgumentException("TestEvents of processor '" + processorName
                    + "' must be 0 (no split) or positive, found " + testEvents);
        }
        boolean writeZ = zAttribute != null && !zAttribute.isBlank();
        boolean writeX = xAttribute != null && !xAttribute.isBlank();
        if (!writeZ && !writeX) {
            throw new IllegalArgumentException("processor '" + processorName + "' has both ZAttribute and XAttribute "
                    + "empty, so it would write nothing; set at least one of them");
        }
        checkColumnParameter("ZColumns", zColumns, writeZ, "ZAttribute");
        checkColumnParameter("XColumns", xColumns, writeX, "XAttribute");

        zCollector = writeZ
                ? new VectorCollector(OtusHdf5File.Z_DATASET, new EventAttributeVectorSource(zAttribute, zColumns))
                : null;
        xCollector = writeX
                ? new VectorCollector(OtusHdf5File.X_DATASET, new EventAttributeVectorSource(xAttribute, xColumns))
                : null;
        outputPath = context.outputPath(outputFile);
        LOG.info("{} collects {}{} for {}", processorName, describeSources(),
                pairedOnly && writeZ && writeX ? " (paired)" : "", outputPath);
    }

    private void checkColumnParameter(String name, List<String> columns, boolean used, String attributeParameter) {
        if (!columns.isEmpty() && !used) {
            throw new IllegalArgumentException(name + " of processor '" + processorName + "' is set, but "
                    + attributeParameter + " is empty, so the columns would never be written");
        }
        try {
            // Checks blank and repeated names before the first event; the length is checked per event.
            OtusVectors.wrap(new double[0][], Math.max(columns.size(), 1), columns, units);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(name + " of processor '" + processorName + "': "
                    + invalid.getMessage(), invalid);
        }
    }

    private String describeSources() {
        List<String> parts = new ArrayList<>();
        for (VectorCollector collector : collectors()) {
            parts.add(collector.dataset() + " from " + collector.source());
        }
        return String.join(" and ", parts);
    }

    @Override
    public void processRunHeader(RunHeader header) {
        for (VectorCollector collector : collectors()) {
            collector.source().startRun(header);
        }
        if (layout.isEmpty()) {
            Optional<String> headerLayout = header.attribute(LAYOUT_ATTRIBUTE, String.class);
            if (headerLayout.isPresent() && !runLayout.isEmpty() && !runLayout.equals(headerLayout.get())) {
                throw new IllegalStateException(header + ": run-header attribute " + LAYOUT_ATTRIBUTE + " is '"
                        + headerLayout.get() + "', but an earlier run had '" + runLayout
                        + "'; one file holds one event layout");
            }
            headerLayout.ifPresent(name -> runLayout = name);
        }
    }

    @Override
    public void processEvent(Event event) {
        eventsSeen++;
        Optional<double[]> z = zCollector == null ? Optional.empty() : zCollector.extract(event);
        Optional<double[]> x = xCollector == null ? Optional.empty() : xCollector.extract(event);

        if (z.isEmpty() && x.isEmpty()) {
            eventsWithoutVectors++;
            return;
        }
        boolean paired = pairedOnly && zCollector != null && xCollector != null;
        if (paired && (z.isEmpty() || x.isEmpty())) {
            eventsWithOneVector++;
            return;
        }

        z.ifPresent(vector -> zCollector.add(vector));
        x.ifPresent(vector -> xCollector.add(vector));
    }

    @Override
    public void end() throws IOException {
        LOG.info("{}: {} events seen, {} without vectors, {} with only one of two vectors (dropped, PairedOnly is "
                + "{})", processorName, eventsSeen, eventsWithoutVectors, eventsWithOneVector, pairedOnly);
        OtusVectors z = takeVectors(zCollector);
        OtusVectors x = takeVectors(xCollector);
        if (z == null && x == null) {
            throw new IOException("nothing to write to " + outputPath + ": none of the " + eventsSeen + " events "
                    + "carried " + describeRequired() + ". Check that a processor before '" + processorName
                    + "' stores the vectors under these event attributes.");
        }
        warnIfEmpty(zCollector, z);
        warnIfEmpty(xCollector, x);

        OtusHdf5File content = new OtusHdf5File(layout.isEmpty() ? runLayout : layout, z, x);
        if (testEvents == 0) {
            content.write(outputPath);
            return;
        }
        try {
            TrainTestSplit<Path> written = content.writeSplit(outputPath, testEvents);
            LOG.info("{}: wrote {} and {} with the last {} events of each dataset as test events", processorName,
                    written.train(), written.test(), testEvents);
        } catch (IllegalArgumentException tooFew) {
            throw new IOException("cannot split " + outputPath + " with TestEvents = " + testEvents + ": "
                    + tooFew.getMessage(), tooFew);
        }
    }

    /** Returns the collected vectors, or null for a dataset that is not written or that got no rows. */
    private OtusVectors takeVectors(VectorCollector collector) {
        if (collector == null || collector.rowCount() == 0) {
            return null;
        }
        return collector.takeVectors(units);
    }

    private void warnIfEmpty(VectorCollector collector, OtusVectors vectors) {
        if (collector != null && vectors == null) {
            LOG.warn("{}: no event carried {}, so {} gets no dataset {}", processorName, collector.source(),
                    outputPath, collector.dataset());
        }
    }

    private String describeRequired() {
        List<String> parts = new ArrayList<>();
        for (VectorCollector collector : collectors()) {
            parts.add(collector.source().toString());
        }
        return String.join(pairedOnly ? " and " : " or ", parts);
    }

    private List<VectorCollector> collectors() {
        List<VectorCollector> collectors = new ArrayList<>();
        if (zCollector != null) {
            collectors.add(zCollector);
        }
        if (xCollector != null) {
            collectors.add(xCollector);
        }
        return collectors;
    }
}
