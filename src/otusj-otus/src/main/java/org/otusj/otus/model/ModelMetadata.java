package org.otusj.otus.model;

import java.util.List;
import org.otusj.otus.train.TrainingSettings;
import org.otusj.otus.train.TrainingSummary;

/**
 * The JSON description stored beside a model's parameters: everything needed to rebuild the networks
 * and to know how they were trained.
 *
 * @param format always {@link #FORMAT}
 * @param formatVersion version of this layout, {@link #FORMAT_VERSION}
 * @param study study layout name, e.g. "zee"
 * @param createdAt ISO-8601 time of saving
 * @param otusjVersion version of otusj that trained the model
 * @param encoder encoder shape and standardisation (X to Z)
 * @param decoder decoder shape and standardisation (Z to X)
 * @param settings training hyperparameters, including the seed
 * @param summary training outcome
 * @param parameterNames names of the arrays in the parameter file, in order
 * @param samples where the training samples came from; null in models saved before it was recorded
 */
public record ModelMetadata(String format, int formatVersion, String study, String createdAt, String otusjVersion,
        GeneratorSpec encoder, GeneratorSpec decoder, TrainingSettings settings, TrainingSummary summary,
        List<String> parameterNames, SampleSource samples) {

    public static final String FORMAT = "otusj-model";
    public static final int FORMAT_VERSION = 2;

    /** Returns a copy with the sample source set. */
    public ModelMetadata withSamples(SampleSource source) {
        return new ModelMetadata(format, formatVersion, study, createdAt, otusjVersion, encoder, decoder, settings,
                summary, parameterNames, source);
    }
}
