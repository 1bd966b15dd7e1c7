package org.otusj.core.processor;

/**
 * Ways the event loop may run a processor when the global {@code Threads} is above 1. With one thread
 * every processor runs as {@link #SERIAL}.
 */
public enum Parallelism {

    /**
     * One instance receives every run header and every batch in input order, one call at a time. Readers,
     * writers, histogramming and training are serial.
     */
    SERIAL,

    /**
     * Each worker thread gets its own instance, created with the same parameters and its own {@link
     * Processor#init} and {@link Processor#end}, and batches go to whichever instance is free. Only correct
     * for processors whose output for an event depends on nothing but that event, its run header and the
     * per-event random generator ({@link ProcessorContext#eventRandom}).
     */
    REPLICATED
}
