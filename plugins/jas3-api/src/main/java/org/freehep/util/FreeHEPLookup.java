package org.freehep.util;

/**
 * Stand-in for FreeHEP's service registry, where JAS3 plugins register services such as file handlers.
 * This stand-in keeps nothing; test subclasses override {@link #add} and {@link #remove} to record.
 */
public class FreeHEPLookup {

    /** Creates an empty lookup. */
    public FreeHEPLookup() {
    }

    /** Registers {@code instance} as a service. */
    public void add(Object instance) {
    }

    /** Removes a service registered with {@link #add}. */
    public void remove(Object instance) {
    }
}
