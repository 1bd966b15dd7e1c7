package org.otusj.core.event;

/**
 * An immutable Lorentz four-vector (px, py, pz, E) in GeV, with the metric (+, -, -, -).
 *
 * <p>Derived quantities follow the usual collider conventions: {@code pt} is the momentum transverse to
 * the beam (z) axis, {@code eta} the pseudorapidity and {@code phi} the azimuth in radians, in (-pi, pi].
 */
public final class FourVector {

    /** The zero vector. */
    public static final FourVector ZERO = new FourVector(0, 0, 0, 0);

    private final double px;
    private final double py;
    private final double pz;
    private final double e;

    /**
     * Creates a vector from Cartesian components.
     *
     * @param px momentum along x in GeV
     * @param py momentum along y in GeV
     * @param pz momentum along z (the beam axis) in GeV
     * @param e energy in GeV
     */
    public FourVector(double px, double py, double pz, double e) {
        this.px = px;
        this.py = py;
        this.pz = pz;
        this.e = e;
    }

    /**
     * Creates a vector from transverse momentum, pseudorapidity, azimuth and mass, the coordinates in which
     * Delphes and most reconstruction software store objects.
     *
     * @param pt transverse momentum in GeV, not negative
     * @param eta pseudorapidity
     * @param phi azimuth in radians
     * @param mass invariant mass in GeV, not negative
     */
    public static FourVector fromPtEtaPhiM(double pt, double eta, double phi, double mass) {
        double px = pt * Math.cos(phi);
        double py = pt * Math.sin(phi);
        double pz = pt * Math.sinh(eta);
        double p = pt * Math.cosh(eta);
        return new FourVector(px, py, pz, Math.sqrt(p * p + mass * mass));
    }

    /**
     * Creates a vector from a three-momentum and a mass, with E = sqrt(|p|^2 + m^2).
     */
    public static FourVector fromMomentumAndMass(double px, double py, double pz, double mass) {
        return new FourVector(px, py, pz, Math.sqrt(px * px + py * py + pz * pz + mass * mass));
    }

    public double px() {
        return px;
    }

    public double py() {
        return py;
    }

    public double pz() {
        return pz;
    }

    /** Energy in GeV. */
    public double e() {
        return e;
    }

    /** Magnitude of the three-momentum in GeV. */
    public double p() {
        return Math.sqrt(px * px + py * py + pz * pz);
    }

    /** Transverse momentum in GeV. */
    public double pt() {
        return Math.hypot(px, py);
    }

    /** Azimuth in radians, in (-pi, pi]; zero for a vector along the beam axis. */
    public double phi() {
        return (px == 0 && py == 0) ? 0.0 : Math.atan2(py, px);
    }

    /**
     * Pseudorapidity -ln tan(theta/2). A vector along the beam axis has no finite value and gets
     * +-1e10 (the sign of pz), as ROOT's TVector3 returns, so callers can still cut on |eta|.
     */
    public double eta() {
        double pt = pt();
        if (pt == 0) {
            if (pz == 0) {
                return 0.0;
            }
            return pz > 0 ? 1e10 : -1e10;
        }
        double ratio = pz / pt;
        // asinh(x) = ln(x + sqrt(x^2 + 1)), written for negative x via the odd symmetry to keep precision.
        double magnitude = Math.log(Math.abs(ratio) + Math.sqrt(ratio * ratio + 1));
        return ratio < 0 ? -magnitude : magnitude;
    }

    /** Polar angle to the beam axis in radians, in [0, pi]. */
    public double theta() {
        return Math.atan2(pt(), pz);
    }

    /** Rapidity 0.5 ln((E + pz)/(E - pz)). */
    public double rapidity() {
        return 0.5 * Math.log((e + pz) / (e - pz));
    }

    /** Squared invariant mass E^2 - |p|^2 in GeV^2; negative for space-like vectors. */
    public double mass2() {
        return e * e - (px * px + py * py + pz * pz);
    }

    /**
     * Invariant mass in GeV. A space-like vector (negative mass squared, as rounding can give for
     * massless particles) returns -sqrt(-m^2), the convention of ROOT's TLorentzVector::M.
     */
    public double mass() {
        double m2 = mass2();
        return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
    }

    /** Component-wise sum. */
    public FourVector plus(FourVector other) {
        return new FourVector(px + other.px, py + other.py, pz + other.pz, e + other.e);
    }

    /** Vector with all four components multiplied by {@code factor}. */
    public FourVector scale(double factor) {
        return new FourVector(px * factor, py * factor, pz * factor, e * factor);
    }

    /** Cosine of the opening angle between the three-momenta; 1 when either has zero length. */
    public double cosAngle(FourVector other) {
        double norms = p() * other.p();
        if (norms == 0) {
            return 1.0;
        }
        return (px * other.px + py * other.py + pz * other.pz) / norms;
    }

    /** Distance in (eta, phi): sqrt(d_eta^2 + d_phi^2), with d_phi wrapped into [-pi, pi]. */
    public double deltaR(FourVector other) {
        double dEta = eta() - other.eta();
        double dPhi = Math.IEEEremainder(phi() - other.phi(), 2 * Math.PI);
        return Math.hypot(dEta, dPhi);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FourVector)) {
            return false;
        }
        FourVector v = (FourVector) other;
        return Double.compare(px, v.px) == 0 && Double.compare(py, v.py) == 0
                && Double.compare(pz, v.pz) == 0 && Double.compare(e, v.e) == 0;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(px);
        h = 31 * h + Double.hashCode(py);
        h = 31 * h + Double.hashCode(pz);
        return 31 * h + Double.hashCode(e);
    }

    @Override
    public String toString() {
        return String.format("(px=%.6g, py=%.6g, pz=%.6g, E=%.6g) GeV", px, py, pz, e);
    }
}
