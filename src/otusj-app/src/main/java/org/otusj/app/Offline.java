package org.otusj.app;

/** Keeps DJL from reaching the network: no engine download, no usage tracking. */
final class Offline {

    private Offline() {
    }

    /** Sets the DJL switches as system properties, overriding anything the caller set. */
    static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        // DJL reads OPT_OUT_TRACKING from the environment or, failing that, from system properties.
        System.setProperty("OPT_OUT_TRACKING", "true");
    }
}
