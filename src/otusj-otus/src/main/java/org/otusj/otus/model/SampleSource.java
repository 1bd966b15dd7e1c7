package org.otusj.otus.model;

/**
 * The origin of a model's training samples, recorded in model.json so that a saved model shows how its z
 * and x samples were built.
 *
 * @param truthCollection collection of generator particles giving z
 * @param recoCollection collections of reconstructed objects giving x
 * @param detectorDraws detector draws read per event: the collection itself and its extra draws
 * @param sharedEvents true if every selected event gave z and x; false for z from even and x from odd events
 */
public record SampleSource(String truthCollection, String recoCollection, int detectorDraws, boolean sharedEvents) {
}
