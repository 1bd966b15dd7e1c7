package org.otusj.otus.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
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
import org.otusj.otus.model.AtomicDirectory;
import org.otusj.otus.model.Json;

/**
 * A training checkpoint: a directory with {@code checkpoint.json} ({@link CheckpointState}) and
 * {@code state.ndlist} holding, in order, the model arrays, the best model arrays so far (if any) and the
 * Adam moments. Written atomically, so a crash during a save keeps the previous checkpoint.
 */
public final class Checkpoint {

    static final String STATE_FILE = "checkpoint.json";
    static final String ARRAY_FILE = "state.ndlist";

    private Checkpoint() {
    }

    /** The arrays of a loaded checkpoint, split as they were saved. */
    record Arrays(List<NDArray> model, List<NDArray> best, List<NDArray> optimizer) {
    }

    /** Saves a checkpoint to {@code directory}, replacing an earlier one. */
    static void save(Path directory, CheckpointState state, List<NDArray> model, List<NDArray> best,
            List<NDArray> optimizer) throws IOException {
        AtomicDirectory.write(directory, STATE_FILE, staging -> {
            try (Writer writer = Files.newBufferedWriter(staging.resolve(STATE_FILE), StandardCharsets.UTF_8)) {
                Json.GSON.toJson(state, writer);
            }
            List<NDArray> arrays = new ArrayList<>(model);
            if (best != null) {
                arrays.addAll(best);
            }
            arrays.addAll(optimizer);
            try (OutputStream out = Files.newOutputStream(staging.resolve(ARRAY_FILE))) {
                new NDList(arrays).encode(out);
            }
        });
    }

    /** Returns true if {@code directory} contains a checkpoint. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(STATE_FILE)) && Files.isRegularFile(directory.resolve(ARRAY_FILE));
    }

    /** Reads the state of the checkpoint in {@code directory}. */
    static CheckpointState readState(Path directory) throws IOException {
        Path file = directory.resolve(STATE_FILE);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CheckpointState state = Json.GSON.fromJson(reader, CheckpointState.class);
            if (state == null || state.adamSteps() == null) {
                throw new IOException(file + ": not a training checkpoint");
            }
            return state;
        } catch (JsonParseException invalid) {
            throw new IOException(file + ": invalid checkpoint: " + invalid.getMessage(), invalid);
        }
    }

    /**
     * Reads the arrays of the checkpoint in {@code directory}.
     *
     * @param modelCount number of model arrays
     * @param hasBest whether a best-model copy was saved
     */
    static Arrays readArrays(Path directory, NDManager manager, int modelCount, boolean hasBest) throws IOException {
        Path file = directory.resolve(ARRAY_FILE);
        NDList list;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            list = NDList.decode(manager, in);
        } catch (IllegalArgumentException | UnsupportedOperationException invalid) {
            throw new IOException(file + ": cannot decode checkpoint arrays: " + invalid.getMessage(), invalid);
        }
        int bestCount = hasBest ? modelCount : 0;
        if (list.size() < modelCount + bestCount) {
            throw new IOException(file + ": expected at least " + (modelCount + bestCount) + " arrays, found " + list.size());
        }
        List<NDArray> all = new ArrayList<>(list);
        return new Arrays(all.subList(0, modelCount), hasBest ? all.subList(modelCount, 2 * modelCount) : null,
                all.subList(modelCount + bestCount, all.size()));
    }
}
