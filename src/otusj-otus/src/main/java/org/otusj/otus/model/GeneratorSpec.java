package org.otusj.otus.model;

import org.otusj.otus.layout.VectorLayout;

/**
 * The shape of one generator (encoder or decoder): the spaces it maps between, its networks, the
 * standardisations of its input vectors and output three-momenta, and the set of valid outputs.
 *
 * @param name "encoder" or "decoder"
 * @param inputLayout layout of the input vectors
 * @param outputLayout layout of the output vectors
 * @param architecture the core network
 * @param noise conditional Gaussian noise from a noise network, or standard normal noise
 * @param hiddenUnits width of the hidden layers (H of the MLP, K of the residual core and of the noise
 *     network)
 * @param residual how the output relates to the input (none, an added correction, or a scale per
 *     object); a residual generator needs as many input as output slots
 * @param inputScaling statistics of all input columns
 * @param outputScaling statistics of the output three-momentum columns (3 per slot)
 * @param minimumPt per output slot, the transverse momentum in GeV below which an output is invalid
 *     (a restricted generator, e.g. jets above 20 GeV); null or 0 for no threshold
 */
public record GeneratorSpec(String name, VectorLayout inputLayout, VectorLayout outputLayout, Architecture architecture,
        NoiseKind noise, int hiddenUnits, ResidualMode residual, Standardization inputScaling, Standardization outputScaling,
        double[] minimumPt) {

    public GeneratorSpec {
        if (inputScaling.columns() != inputLayout.dimension()) {
            throw new IllegalArgumentException(name + ": input scaling has " + inputScaling.columns()
                    + " columns, the input layout " + inputLayout.dimension());
        }
        if (outputScaling.columns() != outputLayout.momentumDimension()) {
            throw new IllegalArgumentException(name + ": output scaling has " + outputScaling.columns()
                    + " columns, the output layout has " + outputLayout.momentumDimension() + " momentum components");
        }
        if (residual != ResidualMode.NONE && inputLayout.slots().size() != outputLayout.slots().size()) {
            throw new IllegalArgumentException(name + ": a residual generator needs as many input as output slots, found "
                    + inputLayout.slots().size() + " and " + outputLayout.slots().size());
        }
        try {
            residual.checkCompatible(architecture, noise);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(name + ": " + invalid.getMessage(), invalid);
        }
        if (hiddenUnits < 1) {
            throw new IllegalArgumentException(name + ": hidden units must be positive, found " + hiddenUnits);
        }
        if (minimumPt != null && minimumPt.length != outputLayout.slots().size()) {
            throw new IllegalArgumentException(name + ": " + minimumPt.length + " pt thresholds for "
                    + outputLayout.slots().size() + " output slots");
        }
        minimumPt = minimumPt == null ? new double[outputLayout.slots().size()] : minimumPt.clone();
    }

    @Override
    public double[] minimumPt() {
        return minimumPt.clone();
    }

    /** Returns true if any output slot has a pt threshold. */
    public boolean restricted() {
        for (double threshold : minimumPt) {
            if (threshold > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Size of the noise vector and of the core network output: the output three-momenta, or one scale per
     * object for {@link ResidualMode#SCALE} and {@link ResidualMode#RESPONSE}, two per object for
     * {@link ResidualMode#RESPONSE_TAIL}.
     */
    public int noiseDimension() {
        int objects = outputLayout.slots().size();
        return switch (residual) {
            case SCALE, RESPONSE -> objects;
            case RESPONSE_TAIL -> 2 * objects;
            case NONE, VECTOR -> outputLayout.momentumDimension();
        };
    }

    /** Layer widths of the conditional noise network: input, hidden, mean and raw width (2 per component). */
    public int[] noiseNetworkSizes() {
        return new int[] {inputLayout.dimension(), hiddenUnits, 2 * noiseDimension()};
    }

    /**
     * Layer widths of the core network: input and noise, hidden, output three-momenta. For the per-object
     * kinds, those of the per-object network: features, hidden, and one log scale (three outputs with a
     * tail, see {@link ObjectResponse}).
     */
    public int[] coreNetworkSizes() {
        if (residual.perObject()) {
            return new int[] {ObjectResponse.FEATURES, hiddenUnits, ObjectResponse.outputs(residual)};
        }
        return new int[] {inputLayout.dimension() + noiseDimension(), hiddenUnits, noiseDimension()};
    }

    /** Indices of the three-momentum columns (px, py, pz of each slot) in a vector of {@code layout}. */
    public static int[] momentumColumns(VectorLayout layout) {
        int[] columns = new int[layout.momentumDimension()];
        for (int slot = 0; slot < layout.slots().size(); slot++) {
            for (int c = 0; c < 3; c++) {
                columns[3 * slot + c] = VectorLayout.index(slot, c);
            }
        }
        return columns;
    }
}
