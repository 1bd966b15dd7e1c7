package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves and loads models as a directory containing {@code model.json} (the {@link ModelMetadata}) and
 * {@code parameters.ndlist} (parameters and buffers in DJL's NDList encoding, in the order the metadata
 * names them). Saving goes through {@link AtomicDirectory}, so an interrupted save never leaves a
 * half-written model under the requested name, and a directory that is not a model is never replaced.
 */
public final class ModelStore {

    public static final String METADATA_FILE = "model.json";
    public static final String PARAMETER_FILE = "parameters.ndlist";

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    private static final Gson GSON = Json.GSON;

    private ModelStore() {
    }

    /**
     * Saves {@code model} to {@code directory}, replacing an earlier model there.
     *
     * @throws IOException if writing fails, or if {@code directory} exists and is not an otusj model
     */
    public static void save(OtusModel model, Path directory) throws IOException {
        AtomicDirectory.write(directory, METADATA_FILE, staging -> {
            try (Writer writer = Files.newBufferedWriter(staging.resolve(METADATA_FILE), StandardCharsets.UTF_8)) {
                GSON.toJson(model.metadata(), writer);
            }
            try (OutputStream out = Files.newOutputStream(staging.resolve(PARAMETER_FILE))) {
                new NDList(model.arrays()).encode(out);
            }
        });
        LOG.info("Saved model to {}", directory.toAbsolutePath().normalize());
    }

    /**
     * Loads the model in {@code directory} into a new native memory scope.
     *
     * @throws IOException naming the file if the directory is missing or holds an invalid model
     */
    public static OtusModel load(Path directory) throws IOException {
        ModelMetadata metadata = readMetadata(directory);
        NDManager manager = NDManager.newBaseManager();
        try {
            List<NDArray> arrays = readParameters(directory.resolve(PARAMETER_FILE), manager, metadata);
            int encoderCount = StochasticGenerator.arrayCount(metadata.encoder());
            StochasticGenerator encoder = StochasticGenerator.fromArrays(manager, metadata.encoder(),
                    arrays.subList(0, encoderCount));
            StochasticGenerator decoder = StochasticGenerator.fromArrays(manager, metadata.decoder(),
                    arrays.subList(encoderCount, arrays.size()));
            return new OtusModel(manager, encoder, decoder, metadata);
        } catch (IOException | RuntimeException failure) {
            manager.close();
            if (failure instanceof IllegalArgumentException) {
                throw new IOException(directory.resolve(PARAMETER_FILE) + ": " + failure.getMessage(), failure);
            }
            throw failure;
        }
    }

    /** Reads and checks {@code model.json} of {@code directory}. */
    public static ModelMetadata readMetadata(Path directory) throws IOException {
        Path file = directory.resolve(METADATA_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no OTUS model in " + directory + ": " + METADATA_FILE
                    + " not found (train one with the OtusTrain processor)");
        }
        ModelMetadata metadata;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            metadata = GSON.fromJson(reader, ModelMetadata.class);
        } catch (JsonParseException | IllegalArgumentException invalid) {
            throw new IOException(file + ": invalid model metadata: " + invalid.getMessage(), invalid);
        }
        if (metadata == null || !ModelMetadata.FORMAT.equals(metadata.format())) {
            throw new IOException(file + ": not an otusj model (expected \"format\": \"" + ModelMetadata.FORMAT + "\")");
        }
        if (metadata.formatVersion() != ModelMetadata.FORMAT_VERSION) {
            throw new IOException(file + ": model format version " + metadata.formatVersion()
                    + " is not supported; this otusj reads version " + ModelMetadata.FORMAT_VERSION);
        }
        if (metadata.encoder() == null || metadata.decoder() == null || metadata.parameterNames() == null) {
            throw new IOException(file + ": model metadata lacks the encoder, decoder or parameterNames entry");
        }
        return metadata;
    }

    private static List<NDArray> readParameters(Path file, NDManager manager, ModelMetadata metadata)
            throws IOException {
        NDList list;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            list = NDList.decode(manager, in);
        } catch (IllegalArgumentException | UnsupportedOperationException | ai.djl.engine.EngineException invalid) {
            throw new IOException(file + ": cannot decode parameters: " + invalid.getMessage(), invalid);
        }
        int expected = StochasticGenerator.arrayCount(metadata.encoder()) + StochasticGenerator.arrayCount(metadata.decoder());
        if (list.size() != expected || metadata.parameterNames().size() != expected) {
            throw new IOException(file + ": expected " + expected + " parameter arrays, found " + list.size()
                    + " in the file and " + metadata.parameterNames().size() + " names in " + METADATA_FILE);
        }
        return new ArrayList<>(list);
    }

}
