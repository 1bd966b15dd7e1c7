package org.otusj.detector.jet;

import java.util.List;
import org.otusj.core.event.FourVector;

/**
 * A jet found by {@link JetClustering}.
 *
 * @param momentum four-momentum in GeV, the sum of the constituents' four-momenta (E-scheme)
 * @param constituents indices of the constituents in the clustering input, in increasing order
 */
public record ClusteredJet(FourVector momentum, List<Integer> constituents) {

    /** Copies the constituent list so the record stays immutable. */
    public ClusteredJet {
        constituents = List.copyOf(constituents);
    }
}
