package org.otusj.io.hdf5;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * An OTUS training file: HDF5 with the parton-level vectors z in the dataset {@value #Z_DATASET} and the
 * reconstructed vectors x in the dataset {@value #X_DATASET}, each a matrix {@code [N, D]} of 64-bit
 * floats with one row per event, as the OTUS authors store their data. Either dataset may be absent (a
 * z-only or x-only file), but not both. OTUS training is unpaired, so the two datasets may have
 * different numbers of rows.
 *
 * <p>otusj adds attributes that the authors' files lack: on each dataset {@value #COLUMNS_ATTRIBUTE}
 * (the D column names, a string array) and {@value #UNITS_ATTRIBUTE} (a string such as {@code GeV}); on
 * the root group {@value #LAYOUT_ATTRIBUTE} (the name of the event layout, such as {@code Zee}),
 * {@value #CREATOR_ATTRIBUTE} (the program that wrote the file) and {@value #FORMAT_VERSION_ATTRIBUTE}
 * (the version of this layout, {@value #FORMAT_VERSION}). Files without these attributes are read with
 * empty column names, unit and layout.
 *
 * <pre>{@code
 * OtusVectors z = OtusVectors.of(rows, List.of("electron_px", ...), "GeV");
 * new OtusHdf5File("Zee", z, null).write(Path.of("zee.h5"));
 * OtusHdf5File file = OtusHdf5File.read(Path.of("zee.h5"));
 * }</pre>
 */
public final class OtusHdf5File {

    /** Dataset of the parton-level vectors z. */
    public static final String Z_DATASET = "FDL";

    /** Dataset of the reconstructed vectors x. */
    public static final String X_DATASET = "ROL";

    /** Dataset attribute with the column names, a string array of length D. */
    public static final String COLUMNS_ATTRIBUTE = "columns";

    /** Dataset attribute with the unit of the values, a string. */
    public static final String UNITS_ATTRIBUTE = "units";

    /** Root attribute with the name of the event layout, a string. */
    public static final String LAYOUT_ATTRIBUTE = "layout";

    /** Root attribute naming the program that wrote the file, a string. */
    public static final String CREATOR_ATTRIBUTE = "creator";

    /** Root attribute with the version of this file layout, an integer. */
    public static final String FORMAT_VERSION_ATTRIBUTE = "otusj_format_version";

    /** The version of the file layout that this class writes and the highest that it reads. */
    public static final int FORMAT_VERSION = 1;

    private final String layout;
    private final String creator;
    private final OtusVectors z;
    private final OtusVectors x;

    /**
     * Creates a file content whose creator is {@link #defaultCreator()}.
     *
     * @param layout name of the event layout, such as {@code Zee}; empty when unknown
     * @param z parton-level vectors, or null for an x-only file
     * @param x reconstructed vectors, or null for a z-only file
     * @throws IllegalArgumentException if both {@code z} and {@code x} are null
     */
    public OtusHdf5File(String layout, OtusVectors z, OtusVectors x) {
        this(layout, defaultCreator(), z, x);
    }

    /**
     * @param creator the program that wrote or writes the file; empty when unknown
     * @throws IllegalArgumentException if both {@code z} and {@code x} are null
     */
    public OtusHdf5File(String layout, String creator, OtusVectors z, OtusVectors x) {
        if (z == null && x == null) {
            throw new IllegalArgumentException("an OTUS training file needs the z vectors (" + Z_DATASET
                    + "), the x vectors (" + X_DATASET + ") or both; both are missing");
        }
        if (layout == null || creator == null) {
            throw new IllegalArgumentException("layout and creator must not be null; use empty strings when unknown");
        }
        this.layout = layout;
        this.creator = creator;
        this.z = z;
        this.x = x;
    }

    /**
     * Reads an OTUS training file.
     *
     * @throws Hdf5FormatException if the file is not HDF5, is truncated, has neither {@value #Z_DATASET}
     *     nor {@value #X_DATASET}, or if a dataset is not a rank-2 array of 64-bit floats or its
     *     attributes do not match it
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     */
    public static OtusHdf5File read(Path file) throws IOException {
        return OtusFileReader.read(file);
    }

    /**
     * Writes this content to {@code file}, replacing any existing file. The data go to a temporary file in
     * the same directory first, which is renamed to {@code file} once complete, so readers never see a
     * partial file.
     *
     * @throws IllegalArgumentException if a dataset has no rows, which jHDF 0.9.4 cannot write
     */
    public void write(Path file) throws IOException {
        OtusFileWriter.write(this, file);
    }

    /**
     * Splits this content into a training part and a test part. The last {@code testEvents} rows of each
     * dataset go to the test part and the rows before them to the training part, as the OTUS authors
     * held back the last 160,000 events of each sample. Each dataset is split on its own, because z and
     * x may have different numbers of rows.
     *
     * @param testEvents number of rows of each dataset for the test part, at least 1
     * @throws IllegalArgumentException if {@code testEvents} is below 1 or not below the number of rows
     *     of a dataset, which would leave a part empty
     */
    public TrainTestSplit<OtusHdf5File> split(int testEvents) {
        if (testEvents < 1) {
            throw new IllegalArgumentException("testEvents must be at least 1, found " + testEvents);
        }
        OtusVectors zTrain = null;
        OtusVectors zTest = null;
        if (z != null) {
            int first = firstTestRow(Z_DATASET, z, testEvents);
            zTrain = z.rowRange(0, first);
            zTest = z.rowRange(first, z.rows());
        }
        OtusVectors xTrain = null;
        OtusVectors xTest = null;
        if (x != null) {
            int first = firstTestRow(X_DATASET, x, testEvents);
            xTrain = x.rowRange(0, first);
            xTest = x.rowRange(first, x.rows());
        }
        return new TrainTestSplit<>(new OtusHdf5File(layout, creator, zTrain, xTrain),
                new OtusHdf5File(layout, creator, zTest, xTest));
    }

    private static int firstTestRow(String dataset, OtusVectors vectors, int testEvents) {
        if (testEvents >= vectors.rows()) {
            throw new IllegalArgumentException("cannot hold back " + testEvents + " test events from dataset "
                    + dataset + " of " + vectors.rows() + " rows; the training part would be empty. "
                    + "Use fewer test events or more events.");
        }
        return vectors.rows() - testEvents;
    }

    /**
     * Splits this content with {@link #split} and writes the parts beside {@code file}: for {@code
     * out/zee.h5} they are {@code out/zee-train.h5} and {@code out/zee-test.h5} (see {@link
     * #trainTestPaths}). Both parts are written to temporary files first and renamed only when both are
     * complete.
     *
     * @return the paths of the two files written
     * @throws IllegalArgumentException as {@link #split} and {@link #write} do
     */
    public TrainTestSplit<Path> writeSplit(Path file, int testEvents) throws IOException {
        TrainTestSplit<OtusHdf5File> parts = split(testEvents);
        TrainTestSplit<Path> paths = trainTestPaths(file);
        OtusFileWriter.writeAll(List.of(parts.train(), parts.test()), List.of(paths.train(), paths.test()));
        return paths;
    }

    /**
     * Returns the names of the split files for {@code file}: {@code NAME-train.EXT} and {@code
     * NAME-test.EXT} for {@code NAME.EXT} with the extension {@code .h5}, {@code .hdf5} or {@code .hdf},
     * and {@code NAME-train.h5} and {@code NAME-test.h5} for a name without one of these extensions.
     */
    public static TrainTestSplit<Path> trainTestPaths(Path file) {
        String name = file.getFileName().toString();
        String base = name;
        String extension = ".h5";
        for (String known : new String[] {".h5", ".hdf5", ".hdf"}) {
            if (name.length() > known.length() && name.endsWith(known)) {
                base = name.substring(0, name.length() - known.length());
                extension = known;
                break;
            }
        }
        return new TrainTestSplit<>(file.resolveSibling(base + "-train" + extension),
                file.resolveSibling(base + "-test" + extension));
    }

    /** Name of the event layout, such as {@code Zee}; empty when unknown. */
    public String layout() {
        return layout;
    }

    /** The program that wrote the file, such as {@code otusj 0.1.0}; empty when unknown. */
    public String creator() {
        return creator;
    }

    /** The parton-level vectors z, {@code [N, D]}, if the file has them. */
    public Optional<OtusVectors> z() {
        return Optional.ofNullable(z);
    }

    /** The reconstructed vectors x, {@code [N, D]}, if the file has them. */
    public Optional<OtusVectors> x() {
        return Optional.ofNullable(x);
    }

    /**
     * Returns "otusj" followed by the version of otusj-io when the jar states it (Maven puts a {@code
     * pom.properties} file into the jar); plain "otusj" when run from a build folder.
     */
    public static String defaultCreator() {
        String resource = "/META-INF/maven/org.otusj/otusj-io/pom.properties";
        try (InputStream in = OtusHdf5File.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "otusj";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isEmpty() ? "otusj" : "otusj " + version;
        } catch (IOException unreadable) {
            return "otusj";
        }
    }

    @Override
    public String toString() {
        return "OtusHdf5File[layout '" + layout + "', z " + (z == null ? "absent" : z) + ", x "
                + (x == null ? "absent" : x) + "]";
    }
}
