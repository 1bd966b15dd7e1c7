package org.otusj.io.lhe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of an event that are not particles: the event header line (the HEPEUP common block
 * without the particle arrays), the alternative weights and whatever else the {@code <event>} block
 * holds.
 *
 * @param processId IDPRUP, the id of the process (an LPRUP of the {@code <init>} block)
 * @param weight XWGTUP, the event weight; in pb for IDWTUP = +-3 and +-4
 * @param scale SCALUP, the scale of the event in GeV
 * @param alphaQed AQEDUP, the QED coupling used for the event
 * @param alphaQcd AQCDUP, the QCD coupling used for the event
 * @param namedWeights the {@code <wgt id="...">} values of the {@code <rwgt>} block in file order;
 *     empty if the event has none
 * @param weights the values of the LHEF 3.0 {@code <weights>} element in file order; empty if the event
 *     has none
 * @param attributes the attributes of the {@code <event>} start tag in file order, values as written
 *     (LHEF 3.0 allows, for example, {@code npLO} and {@code npNLO})
 * @param extra the other lines of the event after the particles, unparsed and joined with newlines:
 *     {@code #} comment lines, {@code <scales>}, {@code <mgrwt>}, {@code <clustering>} and other tags;
 *     empty if there are none
 */
public record LheEventInfo(
        int processId,
        double weight,
        double scale,
        double alphaQed,
        double alphaQcd,
        List<LheWeight> namedWeights,
        List<Double> weights,
        Map<String, String> attributes,
        String extra) {

    public LheEventInfo {
        namedWeights = List.copyOf(namedWeights);
        weights = List.copyOf(weights);
        attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
