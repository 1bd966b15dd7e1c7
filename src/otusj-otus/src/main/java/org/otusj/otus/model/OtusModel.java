package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained (or training) OTUS model: the stochastic encoder E: X to Z (unfolding) and decoder
 * D: Z to X (fast simulation), their native memory and their metadata. Close it to free the memory.
 */
public final class OtusModel implements AutoCloseable {

    /** Rows per network call when encoding or decoding large batches on the PyTorch engine. */
    public static final int CHUNK_ROWS = 8192;

    /** Seed of the noise the Java kernels draw when a caller passes none (see {@link BlockGenerator}). */
    private static final long KERNEL_NOISE_SEED = 0x6f7475736a4c4cL;

    private final NDManager manager;
    private final StochasticGenerator encoder;
    private final StochasticGenerator decoder;
    private ModelMetadata metadata;
    private InferenceBackend backend = InferenceBackend.JAVA;
    private final InferenceForms encoderForms;
    private final InferenceForms decoderForms;

    public OtusModel(NDManager manager, StochasticGenerator encoder, StochasticGenerator decoder, ModelMetadata metadata) {
        this.manager = manager;
        this.encoder = encoder;
        this.decoder = decoder;
        this.metadata = metadata;
        this.encoderForms = new InferenceForms(encoder, ~KERNEL_NOISE_SEED);
        this.decoderForms = new InferenceForms(decoder, KERNEL_NOISE_SEED);
    }

    public NDManager manager() {
        return manager;
    }

    public StochasticGenerator encoder() {
        return encoder;
    }

    public StochasticGenerator decoder() {
        return decoder;
    }

    public ModelMetadata metadata() {
        return metadata;
    }

    public void setMetadata(ModelMetadata metadata) {
        this.metadata = metadata;
    }

    /** Returns the code that runs {@link #decode} and {@link #encode}, {@link InferenceBackend#JAVA} by default. */
    public InferenceBackend inferenceBackend() {
        return backend;
    }

    public void setInferenceBackend(InferenceBackend backend) {
        this.backend = backend;
    }

    /**
     * Tells the model that its parameters have changed, so that {@link #decode} and {@link #encode} stop
     * using inference copies made from the old values. A caller that changes {@link #parameters()} or
     * {@link #arrays()} in place must call this before the next decode or encode.
     */
    public void parametersChanged() {
        encoderForms.invalidate();
        decoderForms.invalidate();
    }

    /** Trainable parameters, encoder first. */
    public List<NDArray> parameters() {
        List<NDArray> parameters = new ArrayList<>(encoder.parameters());
        parameters.addAll(decoder.parameters());
        return parameters;
    }

    /** Every stored array (parameters and buffers), encoder first, in the order of {@link #arrayNames()}. */
    public List<NDArray> arrays() {
        List<NDArray> arrays = new ArrayList<>(encoder.arrays());
        arrays.addAll(decoder.arrays());
        return arrays;
    }

    /** Names of {@link #arrays()}, e.g. "encoder.noise.weight0". */
    public List<String> arrayNames() {
        List<String> names = new ArrayList<>(encoder.arrayNames("encoder"));
        names.addAll(decoder.arrayNames("decoder"));
        return names;
    }

    /**
     * Runs the decoder on rows of z.
     *
     * @param z row-major [rows, dim(Z)] in GeV
     * @param standardNormal row-major [rows, noise dimension of the decoder] draws of N(0, 1) (see
     *     {@link GeneratorSpec#noiseDimension}), or null to draw them from a generator of the backend: the
     *     Java kernel's seeded streams (see {@link BlockGenerator}), or the engine's generator
     * @return row-major [rows, dim(X)] in GeV
     */
    public float[] decode(float[] z, float[] standardNormal, int rows) {
        return apply(decoder, z, standardNormal, rows);
    }

    /** Returns the code that {@link #decode} runs: the Java kernel only where it supports the decoder. */
    public InferenceBackend decoderBackend() {
        return backend == InferenceBackend.JAVA && decoderForms.foldable() ? InferenceBackend.JAVA
                : InferenceBackend.PYTORCH;
    }

    /** Runs the encoder on rows of x; arguments as for {@link #decode}, with the spaces swapped. */
    public float[] encode(float[] x, float[] standardNormal, int rows) {
        return apply(encoder, x, standardNormal, rows);
    }

    /**
     * Applies {@code generator} with the Java kernel where it supports the generator and the backend is
     * {@link InferenceBackend#JAVA}; otherwise on the PyTorch engine.
     */
    private float[] apply(StochasticGenerator generator, float[] input, float[] standardNormal, int rows) {
        GeneratorSpec spec = generator.spec();
        checkLength("input", input.length, rows * spec.inputLayout().dimension());
        if (standardNormal != null) {
            checkLength("noise", standardNormal.length, rows * spec.noiseDimension());
        }
        BlockGenerator kernel = backend == InferenceBackend.JAVA ? forms(generator).kernel() : null;
        if (kernel != null) {
            return kernel.apply(input, standardNormal, rows);
        }
        return applyOnEngine(generator, input, standardNormal, rows);
    }

    /**
     * Applies {@code generator} on the engine in chunks of {@link #CHUNK_ROWS} rows. The hidden activations of a chunk
     * (rows x 128 floats) then stay in the processor cache instead of streaming through main memory, which
     * doubled the throughput for batches of 65,536 events on a 2-core AMD EPYC (see docs/benchmarks.md).
     */
    private float[] applyOnEngine(StochasticGenerator generator, float[] input, float[] standardNormal, int rows) {
        GeneratorSpec spec = generator.spec();
        int inputDimension = spec.inputLayout().dimension();
        int noiseDimension = spec.noiseDimension();
        int outputDimension = spec.outputLayout().dimension();
        InferenceGenerator folded = forms(generator).onEngine(manager);

        float[] output = new float[rows * outputDimension];
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            int count = Math.min(CHUNK_ROWS, rows - from);
            try (NDManager scope = manager.newSubManager()) {
                NDArray in = scope.create(FloatBuffer.wrap(input, from * inputDimension, count * inputDimension),
                        new Shape(count, inputDimension));
                NDArray noise = standardNormal == null
                        ? scope.randomNormal(new Shape(count, noiseDimension))
                        : scope.create(FloatBuffer.wrap(standardNormal, from * noiseDimension, count * noiseDimension),
                                new Shape(count, noiseDimension));
                NDArray result = folded != null ? folded.sample(in, noise) : generator.sample(in, noise);
                float[] part = result.toFloatArray();
                System.arraycopy(part, 0, output, from * outputDimension, part.length);
            }
        }
        return output;
    }

    private InferenceForms forms(StochasticGenerator generator) {
        return generator == decoder ? decoderForms : encoderForms;
    }

    private static void checkLength(String what, int found, int expected) {
        if (found != expected) {
            throw new IllegalArgumentException(what + " has " + found + " numbers, expected " + expected);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
