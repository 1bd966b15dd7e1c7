package org.otusj.detector;

/**
 * The names of the Delphes card modules that define the jet response, so that cards with other instance
 * names can be used.
 *
 * @param finder the {@code FastJetFinder} module (algorithm, radius parameter, pt threshold)
 * @param energyScale the {@code EnergyScale} module with the jet energy scale formula
 * @param calorimeter the {@code SimpleCalorimeter} module whose resolution formula smears jet energies
 *     and whose tower grid sets the jet acceptance (the HCAL)
 */
public record JetModuleNames(String finder, String energyScale, String calorimeter) {

    /** The instance names of the Delphes CMS card ({@code cards/delphes_card_CMS.tcl}). */
    public static final JetModuleNames CMS = new JetModuleNames("FastJetFinder", "JetEnergyScale", "HCal");

    /** Checks that every name is given. */
    public JetModuleNames {
        requireName(finder, "finder");
        requireName(energyScale, "energyScale");
        requireName(calorimeter, "calorimeter");
    }

    private static void requireName(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the jet " + role + " module name must not be empty");
        }
    }
}
