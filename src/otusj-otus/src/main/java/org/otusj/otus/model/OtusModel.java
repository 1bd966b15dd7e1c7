package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained (or training) OTUS model: the stochastic encoder E: X to Z (unfolding) and decoder
 * D: Z to X (fast simulation), their native memory and their metadata. Close it to free the memory.
 */
public final class OtusModel implements AutoCloseable {

    private final NDManager manager;
    private final StochasticGenerator encoder;
    private final StochasticGenerator decoder;
    private ModelMetadata metadata;

    public OtusModel(NDManager manager, StochasticGenerator encoder, StochasticGenerator decoder, ModelMetadata metadata) {
        this.manager = manager;
        this.encoder = encoder;
        this.decoder = decoder;
        this.metadata = metadata;
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

    /** All parameters, encoder first, in the order they are stored. */
    public List<NDArray> parameters() {
        List<NDArray> parameters = new ArrayList<>(encoder.parameters());
        parameters.addAll(decoder.parameters());
        return parameters;
    }

    /** Names matching {@link #parameters()}, e.g. "encoder.noise.weight0". */
    public static List<String> parameterNames(GeneratorSpec encoder, GeneratorSpec decoder) {
        List<String> names = new ArrayList<>();
        addNames(names, "encoder", encoder);
        addNames(names, "decoder", decoder);
        return names;
    }

    /**
     * Runs the decoder on rows of z.
     *
     * @param z row-major [rows, dim(Z)] in GeV
     * @param standardNormal row-major [rows, 3 * slots(X)] draws of N(0, 1)
     * @return row-major [rows, dim(X)] in GeV
     */
    public float[] decode(float[] z, float[] standardNormal, int rows) {
        return apply(decoder, z, standardNormal, rows);
    }

    /** Runs the encoder on rows of x; arguments as for {@link #decode}, with the spaces swapped. */
    public float[] encode(float[] x, float[] standardNormal, int rows) {
        return apply(encoder, x, standardNormal, rows);
    }

    private float[] apply(StochasticGenerator generator, float[] input, float[] standardNormal, int rows) {
        GeneratorSpec spec = generator.spec();
        try (NDManager scope = manager.newSubManager()) {
            NDArray in = scope.create(input, new Shape(rows, spec.inputLayout().dimension()));
            NDArray noise = scope.create(standardNormal, new Shape(rows, spec.noiseDimension()));
            return generator.sample(in, noise).toFloatArray();
        }
    }

    private static void addNames(List<String> names, String prefix, GeneratorSpec spec) {
        addNetwork(names, prefix + ".noise", spec.noiseNetworkSizes().length - 1);
        addNetwork(names, prefix + ".core", spec.coreNetworkSizes().length - 1);
    }

    private static void addNetwork(List<String> names, String prefix, int layers) {
        for (int layer = 0; layer < layers; layer++) {
            names.add(prefix + ".weight" + layer);
            names.add(prefix + ".bias" + layer);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
