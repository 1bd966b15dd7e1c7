package org.otusj.io.lhe;

/**
 * One alternative weight of an event, from {@code <wgt id="...">value</wgt>} inside {@code <rwgt>}.
 *
 * @param id the weight id, defined in the {@code <initrwgt>} block of the header
 * @param value the event weight for that variation, in the units of XWGTUP
 */
public record LheWeight(String id, double value) {
}
