package org.otusj.detector;

/**
 * The names of the Delphes card modules that make up the electron chain, so that cards with other
 * instance names can be used.
 *
 * @param propagator the {@code ParticlePropagator} module (tracker volume and magnetic field)
 * @param trackingEfficiency the {@code Efficiency} module for electron tracks
 * @param momentumSmearing the {@code MomentumSmearing} module for electron tracks
 * @param calorimeter the {@code SimpleCalorimeter} module that measures electrons (the ECAL)
 * @param electronEfficiency the {@code Efficiency} module for reconstructed electrons
 */
public record ElectronModuleNames(String propagator, String trackingEfficiency, String momentumSmearing,
        String calorimeter, String electronEfficiency) {

    /** The instance names of the Delphes CMS card ({@code cards/delphes_card_CMS.tcl}). */
    public static final ElectronModuleNames CMS = new ElectronModuleNames("ParticlePropagator",
            "ElectronTrackingEfficiency", "ElectronMomentumSmearing", "ECal", "ElectronEfficiency");

    /** Checks that every name is given. */
    public ElectronModuleNames {
        requireName(propagator, "propagator");
        requireName(trackingEfficiency, "trackingEfficiency");
        requireName(momentumSmearing, "momentumSmearing");
        requireName(calorimeter, "calorimeter");
        requireName(electronEfficiency, "electronEfficiency");
    }

    private static void requireName(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the " + role + " module name must not be empty");
        }
    }
}
