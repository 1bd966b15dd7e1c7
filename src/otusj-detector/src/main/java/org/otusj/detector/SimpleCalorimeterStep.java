package org.otusj.detector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.otusj.detector.card.CardModule;
import org.otusj.detector.card.CardValue;
import org.otusj.detector.formula.DelphesFormula;

/**
 * The energy-flow step of a Delphes {@code SimpleCalorimeter} module (such as the CMS card's
 * {@code ECal}) for a tower that contains one charged particle, its track and nothing else.
 *
 * <p>What Delphes 3 does (modules/SimpleCalorimeter.cc, Process and FinalizeTower, in the TObjArray-based
 * version and in the current master, which agree on these steps), reduced to that
 * tower:
 * <ol>
 *   <li>The particle and the track land in the tower that contains their position on the tracker
 *       surface. If that position is outside the tower grid, the track is never passed on.</li>
 *   <li>The tower energy is the particle energy times the module's {@code EnergyFraction} for its
 *       |PDG id|; the track's share is the track energy times the same fraction. With a fraction below
 *       1e-9 the track goes to the output unchanged.</li>
 *   <li>The track's energy uncertainty is TrackResolution times the track energy (times the fraction
 *       when the calorimeter resolution at the track energy is relatively better than the track's).</li>
 *   <li>The tower energy is smeared with a log-normal of width ResolutionFormula(0, eta_tower, 0, E) at
 *       the true tower energy, where eta_tower is the centre of the tower. The width is then evaluated
 *       again at the smeared energy; a smeared energy below {@code EnergyMin} or below
 *       {@code EnergySignificanceMin} times that width is set to 0.</li>
 *   <li>If the calorimeter excess over the track, max(E_calo - E_track, 0), is above {@code EnergyMin}
 *       and above {@code EnergySignificanceMin} times sqrt(sigma_track^2 + sigma_calo^2), Delphes makes a
 *       neutral energy-flow object of the excess and passes the track unchanged. Otherwise it replaces
 *       the track energy by the inverse-variance weighted mean of track and calorimeter energies
 *       (weights 1/sigma_track^2 and 1/sigma_calo^2, with the calorimeter sigma taken at the smeared
 *       energy and the calorimeter energy possibly zeroed in step 4) and scales the track's pt by
 *       mean / E_track, keeping eta, phi and mass.</li>
 * </ol>
 * The random tower-centre smearing ({@code SmearTowerCenter}) moves only the tower, not the track, so it
 * is not drawn here.
 *
 * <p>NOTE: with only one particle in the tower this is exact for an isolated particle. Other particles
 * in the same tower, and the neutral object of step 5 (which can make the electron fail the isolation
 * module that follows in Delphes), are not modelled.
 */
final class SimpleCalorimeterStep {

    private final TowerGrid grid;
    private final DelphesFormula resolution;
    private final Map<Integer, Double> fractions;
    private final double energyMin;
    private final double energySignificanceMin;

    private SimpleCalorimeterStep(TowerGrid grid, DelphesFormula resolution, Map<Integer, Double> fractions,
            double energyMin, double energySignificanceMin) {
        this.grid = grid;
        this.resolution = resolution;
        this.fractions = fractions;
        this.energyMin = energyMin;
        this.energySignificanceMin = energySignificanceMin;
    }

    /**
     * Reads {@code EtaPhiBins}, {@code EnergyFraction}, {@code EnergyMin}, {@code EnergySignificanceMin}
     * and {@code ResolutionFormula}, with the Delphes defaults for the last four: fraction 1 for every
     * particle, 0, 0 and "0".
     *
     * @throws IllegalArgumentException naming the card line of an invalid parameter
     */
    static SimpleCalorimeterStep fromModule(CardModule module) {
        TowerGrid grid = TowerGrid.fromModule(module);
        DelphesFormula resolution = ModuleFormulas.compile(module, "ResolutionFormula", "0");
        Map<Integer, Double> fractions = readFractions(module);
        double energyMin = module.doubleValue("EnergyMin", 0.0);
        double energySignificanceMin = module.doubleValue("EnergySignificanceMin", 0.0);
        return new SimpleCalorimeterStep(grid, resolution, fractions, energyMin, energySignificanceMin);
    }

    /**
     * Returns the factor by which the track's pt is scaled (1 when the track passes unchanged), or an
     * empty value when the position is outside the tower grid and Delphes drops the track.
     *
     * @param pdgId PDG id of the particle
     * @param particleEnergy true energy of the particle in GeV
     * @param trackEnergy energy of the smeared track in GeV
     * @param trackResolution the track's relative momentum resolution, as MomentumSmearing stores it
     * @param eta pseudorapidity of the position on the tracker surface
     * @param phi azimuth of that position in radians
     * @param random draws one Gaussian number when the tower energy is positive
     */
    OptionalDouble trackScale(int pdgId, double particleEnergy, double trackEnergy, double trackResolution, double eta,
            double phi, RandomGenerator random) {
        TowerGrid.Tower tower = grid.find(eta, phi);
        if (tower == null) {
            return OptionalDouble.empty();
        }
        double fraction = fractionOf(pdgId);
        if (fraction < 1.0e-9) {
            return OptionalDouble.of(1.0);
        }
        double towerEta = tower.etaCenter();

        double trackShare = trackEnergy * fraction;
        double sigmaAtTrack = resolution.evaluate(0.0, towerEta, 0.0, trackEnergy);
        double energyGuess = (sigmaAtTrack / trackEnergy < trackResolution) ? trackShare : trackEnergy;
        double trackSigma = trackResolution * energyGuess;

        double towerEnergy = particleEnergy * fraction;
        double sigma = resolution.evaluate(0.0, towerEta, 0.0, towerEnergy);
        double energy = LogNormal.draw(towerEnergy, sigma, random);
        sigma = resolution.evaluate(0.0, towerEta, 0.0, energy);
        if (energy < energyMin || energy < energySignificanceMin * sigma) {
            energy = 0.0;
        }

        double neutralEnergy = Math.max(energy - trackShare, 0.0);
        double neutralSignificance = neutralEnergy / Math.sqrt(trackSigma * trackSigma + sigma * sigma);
        if (neutralEnergy > energyMin && neutralSignificance > energySignificanceMin) {
            return OptionalDouble.of(1.0);
        }
        if (!(trackShare > 0.0)) {
            return OptionalDouble.of(1.0);
        }

        double weightTrack = (trackSigma > 0.0) ? 1.0 / (trackSigma * trackSigma) : 0.0;
        double weightCalo = (sigma > 0.0) ? 1.0 / (sigma * sigma) : 0.0;
        if (weightTrack + weightCalo == 0.0) {
            // NOTE: Delphes divides 0 by 0 here and outputs a NaN momentum; keeping the track is a choice.
            return OptionalDouble.of(1.0);
        }
        double bestEnergy = (weightTrack * trackShare + weightCalo * energy) / (weightTrack + weightCalo);
        return OptionalDouble.of(bestEnergy / trackShare);
    }

    /** Returns the tower that contains (eta, phi), or null outside the grid. */
    TowerGrid.Tower towerAt(double eta, double phi) {
        return grid.find(eta, phi);
    }

    /** Returns the calorimeter energy fraction of a particle: its |PDG id| entry, else the entry for 0. */
    double fractionOf(int pdgId) {
        Double fraction = fractions.get(Math.abs(pdgId));
        return fraction != null ? fraction : fractions.get(0);
    }

    private static Map<Integer, Double> readFractions(CardModule module) {
        // SimpleCalorimeter::Init starts from fraction 1 for every particle (key 0) and reads the card's
        // EnergyFraction pairs {|PDG id|} {fraction} over it.
        Map<Integer, Double> fractions = new HashMap<>();
        fractions.put(0, 1.0);
        if (!module.has("EnergyFraction")) {
            return fractions;
        }
        try {
            List<CardValue> pairs = module.require("EnergyFraction").elements();
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                int pdg = Math.toIntExact(pairs.get(i).toLong());
                double fraction = pairs.get(i + 1).element(0).toDouble();
                fractions.put(pdg, fraction);
            }
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException invalid) {
            throw new IllegalArgumentException(module.locationOf("EnergyFraction") + ": EnergyFraction of module '"
                    + module.name() + "' must be pairs {PDG id} {fraction}: " + invalid.getMessage(), invalid);
        }
        return fractions;
    }
}
