package org.otusj.detector;

import org.otusj.core.event.FourVector;
import org.otusj.detector.card.CardModule;

/**
 * The tracker volume of a Delphes {@code ParticlePropagator} module: a cylinder around the beam axis
 * with a uniform magnetic field along it, and the point where a particle from the origin leaves it.
 *
 * <p>Delphes 3 (modules/ParticlePropagator.cc) moves each stable particle from its production
 * vertex to the cylinder surface: along a straight line if it is neutral or the field is zero, along a
 * helix otherwise, stopping at the barrel ({@code Radius}) or at an end cap ({@code HalfLength}),
 * whichever comes first. The position there is what the later modules use as the particle's eta and phi
 * in efficiency and resolution formulas and to find its calorimeter tower. This class does the same for
 * particles produced at the origin, which is where generator-level (LHE) particles start. For such
 * particles an older version of that file and the current master give the same exit point: the first
 * crossing of the barrel, after a turning angle 2 asin(R / 2 R_c), or the end cap if that comes first.
 *
 * <p>A charged particle whose helix diameter is smaller than the radius and which has no momentum
 * along the beam never leaves the volume; it gets no exit point (Delphes computes a meaningless
 * position for it). Particles with pt^2 below 1e-9 GeV^2 get none either, as in Delphes.
 */
final class TrackerVolume {

    /** Speed of light in m/s, the value ParticlePropagator uses. */
    private static final double SPEED_OF_LIGHT = 2.99792458e8;

    // ParticlePropagator::Init prints an error and stops configuring for a radius or half-length below 1 cm.
    private static final double MIN_SIZE = 1.0e-2;

    private final double radius;
    private final double halfLength;
    private final double bz;

    /**
     * @param radius radius of the cylinder in m
     * @param halfLength half-length of the cylinder along the beam in m
     * @param bz magnetic field along the beam axis in T
     */
    TrackerVolume(double radius, double halfLength, double bz) {
        if (!(radius >= MIN_SIZE) || !(halfLength >= MIN_SIZE)) {
            throw new IllegalArgumentException("tracker volume radius and half-length must be at least " + MIN_SIZE
                    + " m, found radius " + radius + " m and half-length " + halfLength + " m");
        }
        this.radius = radius;
        this.halfLength = halfLength;
        this.bz = bz;
    }

    /**
     * Reads {@code Radius}, {@code HalfLength} and {@code Bz} from a ParticlePropagator module, with the
     * Delphes defaults 1 m, 3 m and 0 T.
     */
    static TrackerVolume fromModule(CardModule module) {
        double radius = module.doubleValue("Radius", 1.0);
        double halfLength = module.doubleValue("HalfLength", 3.0);
        double bz = module.doubleValue("Bz", 0.0);
        try {
            return new TrackerVolume(radius, halfLength, bz);
        } catch (IllegalArgumentException tooSmall) {
            throw new IllegalArgumentException(module.locationOf("Radius") + ": module '" + module.name() + "': "
                    + tooSmall.getMessage(), tooSmall);
        }
    }

    /** A point on the surface of the tracker volume, in m. */
    record ExitPoint(double x, double y, double z) {

        /** Pseudorapidity of the point seen from the origin. */
        double eta() {
            return new FourVector(x, y, z, 0).eta();
        }

        /** Azimuth of the point in radians, in (-pi, pi]. */
        double phi() {
            return Math.atan2(y, x);
        }
    }

    /**
     * Returns the point where a particle produced at the origin leaves the volume, or null if it never
     * does.
     *
     * @param momentum the particle's momentum in GeV
     * @param charge the particle's charge in units of e
     */
    ExitPoint exitPoint(FourVector momentum, double charge) {
        double pt = momentum.pt();
        if (pt * pt < 1.0e-9) {
            return null;
        }
        double pz = momentum.pz();
        double phi0 = Math.atan2(momentum.py(), momentum.px());

        if (Math.abs(charge) < 1.0e-9 || Math.abs(bz) < 1.0e-9) {
            return straightExit(pt, pz, phi0);
        }
        return helixExit(pt, pz, phi0, charge);
    }

    private ExitPoint straightExit(double pt, double pz, double phi0) {
        double transverse = radius;
        double z = radius * pz / pt;
        if (Math.abs(z) > halfLength) {
            transverse = halfLength * pt / Math.abs(pz);
            z = Math.copySign(halfLength, pz);
        }
        return new ExitPoint(transverse * Math.cos(phi0), transverse * Math.sin(phi0), z);
    }

    private ExitPoint helixExit(double pt, double pz, double phi0, double charge) {
        // Radius of curvature in m: pt [GeV] = 1e-9 * c [m/s] * |q B| [e T] * R [m].
        double curvatureRadius = pt / Math.abs(charge * bz) * 1.0e9 / SPEED_OF_LIGHT;

        // The transverse projection is a circle through the origin. It reaches the barrel after a
        // turning angle 2 asin(R / 2 R_c) if its diameter is at least R, and the end cap after the
        // transverse path length that takes |z| to the half-length.
        double pathToBarrel = (2 * curvatureRadius >= radius)
                ? 2 * curvatureRadius * Math.asin(radius / (2 * curvatureRadius))
                : Double.POSITIVE_INFINITY;
        double pathToEndcap = (pz != 0.0) ? halfLength * pt / Math.abs(pz) : Double.POSITIVE_INFINITY;
        double path = Math.min(pathToBarrel, pathToEndcap);
        if (Double.isInfinite(path)) {
            return null;
        }

        // After turning by alpha, the chord from the origin has length 2 R_c sin(alpha / 2) and points at
        // phi0 - s * alpha / 2; s = +1 when q * Bz > 0, which bends the track clockwise seen from +z.
        double alpha = path / curvatureRadius;
        double turn = Math.signum(charge * bz);
        double chord = 2 * curvatureRadius * Math.sin(alpha / 2);
        double direction = phi0 - turn * alpha / 2;
        double z = (path == pathToEndcap) ? Math.copySign(halfLength, pz) : pz / pt * path;

        if (!(Math.abs(chord) > 0.0)) {
            return null;
        }
        return new ExitPoint(chord * Math.cos(direction), chord * Math.sin(direction), z);
    }
}
