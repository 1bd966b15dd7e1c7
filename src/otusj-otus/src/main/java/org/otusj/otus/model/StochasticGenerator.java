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
 *   <li>The noise network gives a mean and a width (softplus of its second half) of a Gaussian
 *       conditioned on u; eps = mean + width * n for standard normal n ("conditional noise").</li>
 *   <li>The core network maps [u, eps] to the standardised output three-momenta.</li>
 *   <li>Unstandardise: multiply by the output standard deviations, then add the output means, or, for a
 *       residual generator, the input three-momenta (whose core network starts with a zero last layer,
 *       so the generator starts as the identity map).</li>
 *   <li>Set each energy by the Minkowski constraint E = sqrt(|p|^2 + m^2) with the slot's fixed mass, so
 *       the network never predicts energies.</li>
 * </ol>
 *
 * Shapes: input [batch, dim(U)], noise n [batch, 3 * slots(V)], output [batch, dim(V)], all in GeV.
 */
public final class StochasticGenerator {

    private final GeneratorSpec spec;
    private final Mlp noiseNetwork;
    private final Mlp coreNetwork;
    private final NDArray inputMean;
    private final NDArray inputStd;
    private final NDArray outputMean;
    private final NDArray outputStd;
    private final NDArray massesSquared;
    private final boolean massless;

    private StochasticGenerator(NDManager manager, GeneratorSpec spec, Mlp noiseNetwork, Mlp coreNetwork) {
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
        Mlp noise = new Mlp(manager, spec.noiseNetworkSizes(), random);
        Mlp core = new Mlp(manager, spec.coreNetworkSizes(), random, spec.residual());
        return new StochasticGenerator(manager, spec, noise, core);
    }

    /** Creates a generator from stored parameters (noise network first, then core network). */
    public static StochasticGenerator fromParameters(NDManager manager, GeneratorSpec spec, List<NDArray> parameters) {
        int noiseCount = 2 * (spec.noiseNetworkSizes().length - 1);
        Mlp noise = new Mlp(spec.noiseNetworkSizes(), parameters.subList(0, noiseCount));
        Mlp core = new Mlp(spec.coreNetworkSizes(), parameters.subList(noiseCount, parameters.size()));
        return new StochasticGenerator(manager, spec, noise, core);
    }

    public GeneratorSpec spec() {
        return spec;
    }

    /** Trainable parameters: noise network, then core network. */
    public List<NDArray> parameters() {
        List<NDArray> parameters = new ArrayList<>(noiseNetwork.parameters());
        parameters.addAll(coreNetwork.parameters());
        return parameters;
    }

    /**
     * Maps a batch of input vectors to output vectors.
     *
     * @param input [batch, dim(U)] in GeV
     * @param standardNormal [batch, noise dimension] draws of N(0, 1)
     * @return [batch, dim(V)] in GeV, energies from the Minkowski constraint
     */
    public NDArray sample(NDArray input, NDArray standardNormal) {
        int j = spec.noiseDimension();
        long batch = input.getShape().get(0);

        NDArray u = input.sub(inputMean).div(inputStd);
        NDArray noiseParameters = noiseNetwork.forward(u);
        NDArray mean = noiseParameters.get(new NDIndex(":, 0:" + j));
        NDArray width = Activation.softPlus(noiseParameters.get(new NDIndex(":, " + j + ":")));
        NDArray eps = mean.add(width.mul(standardNormal));

        NDArray correction = coreNetwork.forward(u.concat(eps, 1)).mul(outputStd);
        NDArray momenta = spec.residual() ? correction.add(inputMomenta(input, batch)) : correction.add(outputMean);
        return withEnergies(momenta, batch);
    }

    /** The three-momentum columns of the input: [batch, 4K] to [batch, 3K]. */
    private NDArray inputMomenta(NDArray input, long batch) {
        int slots = spec.inputLayout().slots().size();
        return input.reshape(batch, slots, 4).get(new NDIndex(":, :, 0:3")).reshape(batch, 3L * slots);
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
        NDArray energy = p2.maximum(1e-12f).sqrt();
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
