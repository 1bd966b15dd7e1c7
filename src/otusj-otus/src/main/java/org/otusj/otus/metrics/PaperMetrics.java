package org.otusj.otus.metrics;

/**
 * The unpaired sliced-Wasserstein distances the OTUS paper reports (L = 1000, squared Euclidean cost,
 * GeV^2), between samples from different test events: generated from even test events against the
 * reference from odd test events.
 *
 * @param decoder d_SW(p(x), z -> x~'): fast sim D(z) against the detector
 * @param chain d_SW(p(x), x -> z~ -> x~): D(E(x)) against the detector; NaN when not run
 * @param encoder d_SW(p(z), x -> z~): E(x) against z; NaN when not run
 * @param floorX d_SW between the detector samples of even and of odd events
 * @param floorZ d_SW between the z samples of even and of odd events
 * @param identity d_SW(p(x), z): the undetected z against the detector
 */
public record PaperMetrics(double decoder, double chain, double encoder, double floorX, double floorZ,
        double identity) {
}
