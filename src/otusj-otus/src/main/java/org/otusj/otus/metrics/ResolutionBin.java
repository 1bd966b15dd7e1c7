package org.otusj.otus.metrics;

/**
 * Resolution of one bin of true positron energy: the mean and standard deviation of a response quantity
 * for the fast simulation and for the detector on the same z, and whether they agree within the
 * tolerance: |mean_D - mean_Det| at most tolerance times std_Det, and |std_D - std_Det| at most
 * tolerance times std_Det.
 *
 * @param low lower bin edge of the true positron energy in GeV
 * @param high upper bin edge in GeV (infinite for the last bin)
 * @param fastSimCount fast-sim samples in the bin
 * @param detectorCount detector samples in the bin
 * @param fastSimMean mean of the quantity for the fast sim
 * @param fastSimStd standard deviation for the fast sim
 * @param detectorMean mean for the detector
 * @param detectorStd standard deviation for the detector
 * @param checked whether both counts reach the minimum for a verdict
 * @param agrees the verdict (false when not checked)
 */
public record ResolutionBin(double low, double high, int fastSimCount, int detectorCount, double fastSimMean,
        double fastSimStd, double detectorMean, double detectorStd, boolean checked, boolean agrees) {
}
