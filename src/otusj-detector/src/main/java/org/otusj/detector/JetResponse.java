package org.otusj.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.otusj.core.event.FourVector;
import org.otusj.core.event.Particle;
import org.otusj.core.event.Pdg;
import org.otusj.detector.card.CardModule;
import org.otusj.detector.card.CardValue;
import org.otusj.detector.card.DelphesCard;
import org.otusj.detector.formula.DelphesFormula;
import org.otusj.detector.jet.ClusteredJet;
import org.otusj.detector.jet.JetAlgorithm;
import org.otusj.detector.jet.JetClustering;

/**
 * A parametric jet response built from a Delphes card: jets are clustered from final-state partons and
 * their energies smeared with the calorimeter resolution, a stand-in for clustering the energy-flow
 * objects of a hadronised event.
 *
 * <p>The steps and the card parameters they read, with the module names of {@link JetModuleNames#CMS}
 * and the Delphes defaults of modules/FastJetFinder.cc, EnergyScale.cc and SimpleCalorimeter.cc:
 * <ol>
 *   <li><b>Acceptance</b>: a final-state quark (d to b) or gluon is seen if its direction is inside the
 *       tower grid ({@code EtaPhiBins}) of the HCal module, |eta| &lt; 5 in the CMS card. Partons are not
 *       propagated in the magnetic field.</li>
 *   <li><b>FastJetFinder</b>: the seen partons are clustered with {@code JetAlgorithm} (default 6,
 *       anti-kt, and also 4 kt and 5 Cambridge/Aachen) and {@code ParameterR} (default 0.5), E-scheme
 *       ({@link JetClustering}).</li>
 *   <li><b>HCal smearing</b>: each jet's energy is drawn from a log-normal distribution with mean E and
 *       the absolute width {@code ResolutionFormula}(0, eta, 0, E) in GeV at the jet's eta, as
 *       SimpleCalorimeter smears a tower. The jet's four-momentum is scaled by the ratio, which keeps its
 *       direction and its mass-to-energy ratio.</li>
 *   <li><b>JetPTMin</b> (default 10 GeV): Delphes' FastJetFinder drops jets below it before the energy
 *       scale is applied, so the cut is on the smeared jet.</li>
 *   <li><b>EnergyScale</b>: the four-momentum is multiplied by {@code ScaleFormula}(pt, eta, phi, E) when
 *       that is positive, else left as it is (default formula 0).</li>
 * </ol>
 *
 * <p>NOTE: the HCal resolution for the whole jet is a stand-in. In Delphes the jet is made of
 * energy-flow objects: tracks for charged hadrons, ECAL towers for photons and HCAL towers for neutral
 * hadrons, each with its own resolution and thresholds. Not modelled: hadronisation and out-of-cone
 * showering, the underlying event, pile-up, the tower thresholds ({@code EnergyMin},
 * {@code EnergySignificanceMin}), flavour association and b-tagging.
 */
public final class JetResponse {

    private static final int DEFAULT_ALGORITHM = 6;
    private static final double DEFAULT_RADIUS = 0.5;
    private static final double DEFAULT_PT_MIN = 10.0;

    private final JetModuleNames names;
    private final JetClustering clustering;
    private final double cardPtMin;
    private final TowerGrid towers;
    private final DelphesFormula resolution;
    private final DelphesFormula energyScale;

    private JetResponse(JetModuleNames names, CardModule finder, CardModule scale, CardModule calorimeter) {
        this.names = names;
        this.clustering = new JetClustering(readAlgorithm(finder), readRadius(finder));
        this.cardPtMin = finder.doubleValue("JetPTMin", DEFAULT_PT_MIN);
        this.towers = TowerGrid.fromModule(calorimeter);
        this.resolution = ModuleFormulas.compile(calorimeter, "ResolutionFormula", "0");
        this.energyScale = ModuleFormulas.compile(scale, "ScaleFormula", "0.0");
    }

    /**
     * Builds the response from the modules of {@code card} named by {@code names}.
     *
     * @throws IllegalArgumentException if a module is missing or of the wrong Delphes type, or one of its
     *     parameters is invalid or unsupported. The message names the card file and line.
     */
    public static JetResponse fromCard(DelphesCard card, JetModuleNames names) {
        return new JetResponse(names,
                card.requireModule(names.finder(), "FastJetFinder"),
                card.requireModule(names.energyScale(), "EnergyScale"),
                card.requireModule(names.calorimeter(), "SimpleCalorimeter"));
    }

    /** Builds the response from the modules of {@code card} with the CMS card's names. */
    public static JetResponse fromCard(DelphesCard card) {
        return fromCard(card, JetModuleNames.CMS);
    }

    /** The module names the response was built from. */
    public JetModuleNames moduleNames() {
        return names;
    }

    /** The clustering that the finder module defines. */
    public JetClustering clustering() {
        return clustering;
    }

    /** The finder module's {@code JetPTMin} in GeV (10 GeV if the card does not set it). */
    public double cardPtMin() {
        return cardPtMin;
    }

    /** Returns true for the partons that make jets: quarks d to b and gluons (an undecayed top does not). */
    public static boolean isJetParton(Particle particle) {
        int id = Math.abs(particle.pdgId());
        return (id >= Pdg.DOWN && id <= Pdg.BOTTOM) || id == Pdg.GLUON;
    }

    /**
     * Returns true if the direction of {@code momentum} is inside the calorimeter's tower grid. A vector
     * along the beam axis (pt = 0) is outside.
     */
    public boolean inCalorimeter(FourVector momentum) {
        if (!(momentum.pt() > 0.0)) {
            return false;
        }
        return towers.find(momentum.eta(), momentum.phi()) != null;
    }

    /**
     * Clusters the final-state partons of {@code particles} that are inside the calorimeter.
     *
     * @return the jets before any smearing or cut, sorted by decreasing pt. Constituent indices refer to
     *     the list of accepted partons, in record order.
     */
    public List<ClusteredJet> cluster(List<Particle> particles) {
        List<FourVector> partons = new ArrayList<>();
        for (Particle particle : particles) {
            if (particle.isFinalState() && isJetParton(particle) && inCalorimeter(particle.momentum())) {
                partons.add(particle.momentum());
            }
        }
        return clustering.cluster(partons);
    }

    /**
     * Smears a jet's energy with the calorimeter resolution, drawing one Gaussian number, and scales the
     * four-momentum by the smeared-to-true energy ratio.
     *
     * @param jet clustered jet four-momentum in GeV
     * @return the smeared four-momentum in GeV
     */
    public FourVector smear(FourVector jet, RandomGenerator random) {
        double energy = jet.e();
        double sigma = resolution.evaluate(0.0, jet.eta(), 0.0, energy);
        double smeared = LogNormal.draw(energy, sigma, random);
        return jet.scale(energy > 0.0 ? smeared / energy : 0.0);
    }

    /**
     * Applies the jet energy scale: the four-momentum times {@code ScaleFormula}(pt, eta, phi, E), or
     * unchanged where the formula is not positive.
     */
    public FourVector calibrate(FourVector jet) {
        double scale = energyScale.evaluate(jet.pt(), jet.eta(), jet.phi(), jet.e());
        return scale > 0.0 ? jet.scale(scale) : jet;
    }

    private static JetAlgorithm readAlgorithm(CardModule finder) {
        Optional<CardValue> value = finder.parameter("JetAlgorithm");
        try {
            long code = value.isPresent() ? value.get().toLong() : DEFAULT_ALGORITHM;
            return JetAlgorithm.fromDelphesCode(code);
        } catch (IllegalArgumentException invalid) {
            // NumberFormatException is an IllegalArgumentException too.
            throw new IllegalArgumentException(finder.locationOf("JetAlgorithm") + ": JetAlgorithm of module '"
                    + finder.name() + "': " + invalid.getMessage(), invalid);
        }
    }

    private static double readRadius(CardModule finder) {
        double radius = finder.doubleValue("ParameterR", DEFAULT_RADIUS);
        if (!(radius > 0.0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException(finder.locationOf("ParameterR") + ": ParameterR of module '"
                    + finder.name() + "' must be positive, found " + radius);
        }
        return radius;
    }

    @Override
    public String toString() {
        return "jet response of modules " + names.finder() + " (" + clustering.algorithm() + ", R = "
                + clustering.radius() + "), " + names.calorimeter() + ", " + names.energyScale();
    }
}
