package org.otusj.detector;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;
import org.otusj.core.event.RecoParticle;
import org.otusj.detector.card.CardModule;
import org.otusj.detector.card.DelphesCard;
import org.otusj.detector.formula.DelphesFormula;

/**
 * The parametric detector response of a Delphes card for one isolated, prompt electron or positron: it
 * either loses the particle or returns the reconstructed electron.
 *
 * <p>The chain follows the electron path of the Delphes CMS card (module names of
 * {@link ElectronModuleNames#CMS}). What each step does was read in the Delphes sources named, in the
 * TObjArray-based versions of the Delphes 3 series and in the current master, which agree on it:
 * <ol>
 *   <li><b>ParticlePropagator</b> (modules/ParticlePropagator.cc): the electron is followed along its
 *       helix from the origin to the surface of the tracker volume ({@code Radius}, {@code HalfLength},
 *       {@code Bz}); see {@link TrackerVolume}. The eta and phi of that exit position are what the
 *       formulas below see as {@code eta} and {@code phi}, as in Delphes, where the Efficiency and
 *       MomentumSmearing modules read them from the candidate position.</li>
 *   <li><b>Efficiency</b> ElectronTrackingEfficiency (modules/Efficiency.cc): the track is kept with
 *       probability {@code EfficiencyFormula(pt, eta, phi, E)} of the true momentum.</li>
 *   <li><b>MomentumSmearing</b> ElectronMomentumSmearing (modules/MomentumSmearing.cc): the relative
 *       resolution r = {@code ResolutionFormula(pt, eta, phi, E)}, capped at 1, gives a log-normal pt
 *       with mean pt and width r pt; eta and phi of the momentum stay. The TObjArray-based version
 *       makes the track massless (E = pt cosh(eta)), which this class follows; the current master keeps
 *       the mass, 0.511 MeV for an electron. r is stored as the track resolution.</li>
 *   <li><b>SimpleCalorimeter</b> ECal (modules/SimpleCalorimeter.cc): the smeared tower energy and the
 *       track are combined as described in {@link SimpleCalorimeterStep}; the track's pt is rescaled by
 *       the result, or kept when the calorimeter excess is significant.</li>
 *   <li><b>Efficiency</b> ElectronEfficiency: the electron is kept with probability
 *       {@code EfficiencyFormula} of its final momentum, with eta and phi of the exit position.</li>
 * </ol>
 * The result is a {@link RecoParticle#electron} with the final pt, the true direction and zero mass
 * (E = p), as Delphes stores electrons (pt, eta, phi only).
 *
 * <p>The random numbers are drawn in this order: one uniform for the tracking efficiency, one Gaussian
 * for the momentum, one Gaussian for the tower energy (when the tower gets energy), one uniform for the
 * electron efficiency. A lost electron draws no further numbers.
 *
 * <p>Between the calorimeter and the electron efficiency the CMS card has two more modules that this
 * class treats as passing the electron unchanged: the HCal (a SimpleCalorimeter with electron energy
 * fraction 0, which passes electron tracks on as they are if their position is inside its tower grid,
 * true for |eta| &lt; 5 in that card) and the ElectronFilter (a PdgCodeFilter that keeps |PDG id| 11
 * with PTMin 0). A card whose HCal takes a share of the electron energy or whose filter sets PTMin
 * would differ.
 *
 * <p>NOTE: only isolated prompt electrons are modelled, each alone in its calorimeter tower. Not
 * modelled: showering and bremsstrahlung, the ElectronIsolation module (an electron whose calorimeter
 * excess is significant would also leave a neutral object that can fail it), pile-up, fake electrons
 * from jets or photons, charge misidentification, photons, muons and jets.
 */
public final class ElectronResponse {

    private final ElectronModuleNames names;
    private final TrackerVolume tracker;
    private final DelphesFormula trackingEfficiency;
    private final boolean trackingUsesMomentum;
    private final DelphesFormula momentumResolution;
    private final boolean smearingUsesMomentum;
    private final SimpleCalorimeterStep calorimeter;
    private final DelphesFormula electronEfficiency;
    private final boolean efficiencyUsesMomentum;

    private ElectronResponse(ElectronModuleNames names, CardModule propagator, CardModule tracking,
            CardModule smearing, CardModule calorimeter, CardModule efficiency) {
        this.names = names;
        this.tracker = TrackerVolume.fromModule(propagator);
        // Delphes' defaults: efficiency 1.0 and resolution 0.0 when a module sets no formula.
        this.trackingEfficiency = ModuleFormulas.compile(tracking, "EfficiencyFormula", "1.0");
        this.momentumResolution = ModuleFormulas.compile(smearing, "ResolutionFormula", "0.0");
        this.calorimeter = SimpleCalorimeterStep.fromModule(calorimeter);
        this.electronEfficiency = ModuleFormulas.compile(efficiency, "EfficiencyFormula", "1.0");
        // UseMomentumVector exists only in later Delphes versions. The TObjArray-based ones always use the position.
        this.trackingUsesMomentum = tracking.booleanValue("UseMomentumVector", false);
        this.smearingUsesMomentum = smearing.booleanValue("UseMomentumVector", false);
        this.efficiencyUsesMomentum = efficiency.booleanValue("UseMomentumVector", false);
    }

    /**
     * Builds the response from the modules of {@code card} named by {@code names}.
     *
     * @throws IllegalArgumentException if a module is missing or of the wrong Delphes type, or one of
     *     its parameters is invalid. The message names the card file and line.
     */
    public static ElectronResponse fromCard(DelphesCard card, ElectronModuleNames names) {
        return new ElectronResponse(names,
                card.requireModule(names.propagator(), "ParticlePropagator"),
                card.requireModule(names.trackingEfficiency(), "Efficiency"),
                card.requireModule(names.momentumSmearing(), "MomentumSmearing"),
                card.requireModule(names.calorimeter(), "SimpleCalorimeter"),
                card.requireModule(names.electronEfficiency(), "Efficiency"));
    }

    /** Builds the response from the modules of {@code card} with the CMS card's names. */
    public static ElectronResponse fromCard(DelphesCard card) {
        return fromCard(card, ElectronModuleNames.CMS);
    }

    /** The module names the response was built from. */
    public ElectronModuleNames moduleNames() {
        return names;
    }

    /**
     * Applies the response to a generator-level electron or positron.
     *
     * @param particle a particle with |PDG id| 11, assumed to come from the origin
     * @param random the generator for the efficiency and smearing draws
     * @return the reconstructed electron, or empty if the detector loses it
     * @throws IllegalArgumentException if the particle is not an electron or positron
     */
    public Optional<RecoParticle> reconstruct(Particle particle, RandomGenerator random) {
        if (Math.abs(particle.pdgId()) != Pdg.ELECTRON) {
            throw new IllegalArgumentException("ElectronResponse takes electrons and positrons (PDG id 11 or -11), found "
                    + particle.pdgId());
        }
        return reconstruct(particle.momentum(), (int) Math.round(particle.charge()), random);
    }

    /**
     * Applies the response to an electron (charge -1) or positron (charge +1) with the given true momentum.
     *
     * @param momentum true four-momentum in GeV, of a particle produced at the origin
     * @param charge -1 or +1
     * @param random the generator for the efficiency and smearing draws
     * @return the reconstructed electron, or empty if the detector loses it
     */
    public Optional<RecoParticle> reconstruct(FourVector momentum, int charge, RandomGenerator random) {
        if (charge != -1 && charge != 1) {
            throw new IllegalArgumentException("electron charge must be -1 or +1, found " + charge);
        }

        TrackerVolume.ExitPoint exit = tracker.exitPoint(momentum, charge);
        if (exit == null) {
            return Optional.empty();
        }
        double positionEta = exit.eta();
        double positionPhi = exit.phi();
        double pt = momentum.pt();
        double energy = momentum.e();
        double eta = momentum.eta();
        double phi = momentum.phi();

        double efficiency = trackingEfficiency.evaluate(pt, trackingUsesMomentum ? eta : positionEta,
                trackingUsesMomentum ? phi : positionPhi, energy);
        if (!(random.nextDouble() < efficiency)) {
            return Optional.empty();
        }

        double resolution = momentumResolution.evaluate(pt, smearingUsesMomentum ? eta : positionEta,
                smearingUsesMomentum ? phi : positionPhi, energy);
        resolution = Math.min(resolution, 1.0);
        double trackPt = LogNormal.draw(pt, resolution * pt, random);
        double trackEnergy = trackPt * Math.cosh(eta);

        OptionalDouble scale = calorimeter.trackScale(Pdg.ELECTRON, energy, trackEnergy, resolution, positionEta,
                positionPhi, random);
        if (scale.isEmpty()) {
            return Optional.empty();
        }
        double finalPt = trackPt * scale.getAsDouble();
        double finalEnergy = finalPt * Math.cosh(eta);

        double identification = electronEfficiency.evaluate(finalPt, efficiencyUsesMomentum ? eta : positionEta,
                efficiencyUsesMomentum ? phi : positionPhi, finalEnergy);
        if (!(random.nextDouble() < identification)) {
            return Optional.empty();
        }
        return Optional.of(RecoParticle.electron(charge, FourVector.fromPtEtaPhiM(finalPt, eta, phi, 0.0)));
    }

    @Override
    public String toString() {
        return "electron response of modules " + names.propagator() + ", " + names.trackingEfficiency() + ", "
                + names.momentumSmearing() + ", " + names.calorimeter() + ", " + names.electronEfficiency();
    }
}
