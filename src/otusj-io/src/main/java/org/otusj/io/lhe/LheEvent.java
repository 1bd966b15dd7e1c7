package org.otusj.io.lhe;

import java.util.List;
import org.otusj.core.event.Particle;

/**
 * One {@code <event>} block of a Les Houches Event file.
 *
 * @param info IDPRUP, XWGTUP, SCALUP, AQEDUP, AQCDUP, the alternative weights and other content
 * @param particles the NUP particle lines in file order, so MOTHUP values are 1-based positions in this
 *     list. Momenta and masses are in GeV, VTIMUP (the lifetime c*tau) in mm.
 * @param lineNumber the 1-based line of the {@code <event>} start tag in the uncompressed text
 */
public record LheEvent(LheEventInfo info, List<Particle> particles, long lineNumber) {

    public LheEvent {
        particles = List.copyOf(particles);
    }
}
