package org.otusj.otus.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stochastic map G: U -> V between event spaces, the form of both the OTUS encoder and decoder.
 *
 * <ol>
 *   <li>Standardise the input u with the training mean and standard deviation.</li>
 *   <li>Noise: with conditional noise, a noise network gives a mean and a width (softplus of its second
 *       half) of a Gaussian conditioned on u and eps = mean + width * n; with standard noise eps = n; n is
 *       standard normal.</li>
 *   <li>The core network (MLP or residual core) maps [u, eps] to standardised output three-momenta.
 *       These are multiplied by the output standard deviations, then the output means are added
 *       ({@link ResidualMode#NONE}) or the input three-momenta ({@link ResidualMode#VECTOR}). With
 *       {@link ResidualMode#SCALE} the core gives one number s per object instead and the output is the
 *       input three-momentum times exp(s). With {@link ResidualMode#RESPONSE} and
 *       {@link ResidualMode#RESPONSE_TAIL} one small network maps each object's own momentum, |eta| and
 *       noise draws to its s ({@link ObjectResponse}). A residual
 *       generator's core network starts with a zero last layer, so the generator starts as the identity
 *       map.</li>
 *   <li>Set each energy by the Minkowski constraint E = sqrt(|p|^2 + m^2) with the slot's fixed mass, so
 *       the network never predicts energies.</li>
 * </ol>
 *
 * Shapes: input [batch, dim(U)], noise n [batch, {@link GeneratorSpec#noiseDimension}] (3 * slots(V) for
 * NONE and VECTOR), output [batch, dim(V)], all in GeV.
 */
public final class StochasticGenerator {

    private final GeneratorSpec spec;
    private final Network noiseNetwork;
    private final Network coreNetwork;
    private final NDArray inputMean;
    private final NDArray inputStd;
    private final NDArray outputMean;
    private final NDArray outputStd;
    private final NDArray massesSquared;
    private final boolean massless;

    private StochasticGenerator(NDManager manager, GeneratorSpec spec, Network noiseNetwork, Network coreNetwork) {
        this.spec = spec;
        this.noiseNetwork = noiseNetwork;
        this.coreNetwork = coreNetwork;
        this.inputMean = constant(manager, spec.inputScaling().mean());
        this.inputStd = constant(manager, spec.inputScaling().std());
        this.outputMean = constant(manager, spec.outputScaling().mean());
        this.outputStd = constant(manager, spec.outputScaling().std());

        double[] masses = spec.outputLayout().masses();
        float[] squares = new float[masses.length];
        boolean allZero = true;
        for (int i = 0; i < masses.length; i++) {
            squares[i] = (float) (masses[i] * masses[i]);
            allZero &= masses[i] == 0;
        }
        this.massesSquared = manager.create(squares, new Shape(1, masses.length, 1));
        this.massless = allZero;
    }

    /** Creates a generator with freshly initialised networks. */
    public static StochasticGenerator create(NDManager manager, GeneratorSpec spec, SplittableRandom random) {
        Network noise = spec.noise() == NoiseKind.CONDITIONAL ? new Mlp(manager, spec.noiseNetworkSizes(), random) : null;
        Network core = spec.architecture() == Architecture.MLP
                ? new Mlp(manager, spec.coreNetworkSizes(), random, spec.residual() != ResidualMode.NONE)
                : new ResidualCore(manager, spec.coreNetworkSizes(), random, spec.residual() != ResidualMode.NONE);
        return new StochasticGenerator(manager, spec, noise, core);
    }

    /** Creates a generator from stored arrays in the order of {@link #arrays()}. */
    public static StochasticGenerator fromArrays(NDManager manager, GeneratorSpec spec, List<NDArray> arrays) {
        int index = 0;
        Network noise = null;
        if (spec.noise() == NoiseKind.CONDITIONAL) {
            int count = Mlp.parameterCount(spec.noiseNetworkSizes());
            noise = new Mlp(spec.noiseNetworkSizes(), arrays.subList(index, index + count));
            index += count;
        }
        Network core;
        if (spec.architecture() == Architecture.MLP) {
            int count = Mlp.parameterCount(spec.coreNetworkSizes());
            core = new Mlp(spec.coreNetworkSizes(), arrays.subList(index, index + count));
            index += count;
        } else {
            int count = ResidualCore.parameterCount();
            int buffers = 2 * ResidualCore.BLOCKS;
            core = new ResidualCore(spec.coreNetworkSizes(), arrays.subList(index, index + count),
                    arrays.subList(index + count, index + count + buffers));
            index += count + buffers;
        }
        if (index != arrays.size()) {
            throw new IllegalArgumentException(spec.name() + " expects " + index + " arrays, found " + arrays.size());
        }
        return new StochasticGenerator(manager, spec, noise, core);
    }

    /** Number of stored arrays (parameters and buffers) of a generator of this shape. */
    public static int arrayCount(GeneratorSpec spec) {
        int count = spec.noise() == NoiseKind.CONDITIONAL ? Mlp.parameterCount(spec.noiseNetworkSizes()) : 0;
        if (spec.architecture() == Architecture.MLP) {
            return count + Mlp.parameterCount(spec.coreNetworkSizes());
        }
        return count + ResidualCore.parameterCount() + 2 * ResidualCore.BLOCKS;
    }

    public GeneratorSpec spec() {
        return spec;
    }

    /** The noise network, or null for standard noise. */
    Network noiseNetwork() {
        return noiseNetwork;
    }

    /** The core network. */
    Network coreNetwork() {
        return coreNetwork;
    }

    /** Trainable parameters: noise network (if any), then core network. */
    public List<NDArray> parameters() {
        List<NDArray> parameters = new ArrayList<>();
        if (noiseNetwork != null) {
            parameters.addAll(noiseNetwork.parameters());
        }
        parameters.addAll(coreNetwork.parameters());
        return parameters;
    }

    /** Every stored array: noise network parameters, core network parameters, core network buffers. */
    public List<NDArray> arrays() {
        List<NDArray> arrays = parameters();
        arrays.addAll(coreNetwork.buffers());
        return arrays;
    }

    /** Names of {@link #arrays()}, prefixed with {@code prefix}, e.g. "decoder.core.weight0". */
    public List<String> arrayNames(String prefix) {
        List<String> names = new ArrayList<>();
        if (noiseNetwork != null) {
            noiseNetwork.parameterNames().forEach(n -> names.add(prefix + ".noise." + n));
        }
        coreNetwork.parameterNames().forEach(n -> names.add(prefix + ".core." + n));
        coreNetwork.bufferNames().forEach(n -> names.add(prefix + ".core." + n));
        return names;
    }

    /**
     * Maps a batch of input vectors to output vectors, in inference mode.
     *
     * @param input [batch, dim(U)] in GeV
     * @param standardNormal [batch, noise dimension] draws of N(0, 1)
     * @return [batch, dim(V)] in GeV, energies from the Minkowski constraint
     */
    public NDArray sample(NDArray input, NDArray standardNormal) {
        return sample(input, standardNormal, false);
    }

    /**
     * Maps a batch of input vectors to output vectors.
     *
     * @param training true while training (batch normalisation uses and updates batch statistics)
     */
    public NDArray sample(NDArray input, NDArray standardNormal, boolean training) {
        long batch = input.getShape().get(0);
        if (spec.residual().perObject()) {
            // The response network reads each object's own momentum, not the standardised event, and its noise is
            // standard (GeneratorSpec rejects a noise network), so nothing below is needed.
            NDArray momenta = ObjectResponse.apply(coreNetwork, inputMomenta(input, batch), standardNormal, batch,
                    spec.inputLayout().slots().size(), spec.residual() == ResidualMode.RESPONSE_TAIL, training);
            return withEnergies(momenta, batch);
        }
        NDArray u = input.sub(inputMean).div(inputStd);

        NDArray eps = standardNormal;
        if (noiseNetwork != null) {
            int j = spec.noiseDimension();
            NDArray noiseParameters = noiseNetwork.forward(u, training);
            NDArray mean = noiseParameters.get(new NDIndex(":, 0:" + j));
            NDArray width = Activation.softPlus(noiseParameters.get(new NDIndex(":, " + j + ":")));
            eps = mean.add(width.mul(standardNormal));
        }

        NDArray momenta = switch (spec.residual()) {
            case NONE -> core(u, eps, training).mul(outputStd).add(outputMean);
            case VECTOR -> core(u, eps, training).mul(outputStd).add(inputMomenta(input, batch));
            case SCALE -> scaledMomenta(input, core(u, eps, training), batch);
            case RESPONSE, RESPONSE_TAIL -> throw new IllegalStateException("a per-object generator returns above");
        };
        return withEnergies(momenta, batch);
    }

    /** Runs the core network on [standardised input, noise]. */
    private NDArray core(NDArray u, NDArray eps, boolean training) {
        return coreNetwork.forward(u.concat(eps, 1), training);
    }

    /**
     * Returns a boolean mask [batch] of the outputs inside the valid set: every slot's transverse momentum
     * at or above its threshold. All true for an unrestricted generator.
     */
    public NDArray validity(NDArray output) {
        long batch = output.getShape().get(0);
        NDManager manager = output.getManager();
        NDArray valid = manager.ones(new Shape(batch)).toType(ai.djl.ndarray.types.DataType.BOOLEAN, false);
        double[] thresholds = spec.minimumPt();
        for (int slot = 0; slot < thresholds.length; slot++) {
            if (thresholds[slot] <= 0) {
                continue;
            }
            NDArray px = output.get(new NDIndex(":, " + 4 * slot));
            NDArray py = output.get(new NDIndex(":, " + (4 * slot + 1)));
            NDArray pt2 = px.square().add(py.square());
            valid = valid.logicalAnd(pt2.gte((float) (thresholds[slot] * thresholds[slot])));
        }
        return valid;
    }

    /** Each input object's three-momentum times exp(s) of its scale s: [batch, K] scales to [batch, 3K]. */
    private NDArray scaledMomenta(NDArray input, NDArray scales, long batch) {
        int slots = spec.inputLayout().slots().size();
        NDArray momenta = inputMomenta(input, batch).reshape(batch, slots, 3);
        return momenta.mul(scales.exp().reshape(batch, slots, 1)).reshape(batch, 3L * slots);
    }

    /** The three-momentum columns of the input: [batch, 4K] to [batch, 3K]. */
    private NDArray inputMomenta(NDArray input, long batch) {
        int slots = spec.inputLayout().slots().size();
        return input.reshape(batch, slots, 4).get(new NDIndex(":, :, 0:3")).reshape(batch, 3L * slots);
    }

    /** {@link #withEnergies} for {@link InferenceGenerator}. */
    NDArray withEnergiesForInference(NDArray momenta, long batch) {
        return withEnergies(momenta, batch);
    }

    /** Appends E = sqrt(|p|^2 + m^2) to each slot's three-momentum: [batch, 3K] to [batch, 4K]. */
    private NDArray withEnergies(NDArray momenta, long batch) {
        int slots = spec.outputLayout().slots().size();
        NDArray p = momenta.reshape(batch, slots, 3);
        NDArray p2 = p.square().sum(new int[] {2}, true);
        if (!massless) {
            p2 = p2.add(massesSquared);
        }
        // The floor keeps the square root's gradient finite for a momentum of exactly zero; 1e-12 GeV^2 is
        // far below float precision for any physical energy.
        NDArray energy = GraphScalars.atLeast(p2, 1e-12).sqrt();
        return p.concat(energy, 2).reshape(batch, 4L * slots);
    }

    private static NDArray constant(NDManager manager, double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return manager.create(floats, new Shape(values.length));
    }
}
