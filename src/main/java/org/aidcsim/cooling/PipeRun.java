package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;
import org.aidcsim.units.Units;

/**
 * The supply and return piping between a CDU and its racks: Darcy–Weisbach, ΔP = f (L/D) ρ v²/2,
 * with the Swamee–Jain explicit form of the Colebrook friction factor in turbulent flow
 * (Re ≥ 4000), 64/Re in laminar flow (Re ≤ 2300), and a linear blend between. The pipe is the
 * smallest nominal size of ISO 6708 whose velocity at design flow stays within the design
 * velocity; its bore is taken as its nominal diameter.
 *
 * @param lengthM equivalent length, supply plus return, fittings included (m)
 * @param boreM inside diameter (m)
 * @param roughnessM absolute roughness of the wall (m)
 */
public record PipeRun(double lengthM, double boreM, double roughnessM) {
    /** Nominal sizes (DN, mm) of ISO 6708 used for loop piping. */
    static final int[] NOMINAL_SIZES_MM = {15, 20, 25, 32, 40, 50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600,
        700, 800, 900, 1000, 1200};

    /** The run that carries {@code flowM3PerS} at no more than {@code maxVelocityMPerS}. */
    public static PipeRun sized(double flowM3PerS, double maxVelocityMPerS, double lengthM, double roughnessM) {
        double minBore = Math.sqrt(4 * flowM3PerS / (Math.PI * maxVelocityMPerS));
        for (int dn : NOMINAL_SIZES_MM) {
            double boreM = Units.mmToM(dn);
            if (boreM >= minBore) {
                return new PipeRun(lengthM, boreM, roughnessM);
            }
        }
        return new PipeRun(lengthM, minBore, roughnessM);
    }

    /** Nominal size (mm). */
    public int nominalSizeMm() {
        return (int) Math.round(Units.mToMm(boreM));
    }

    /** Mean velocity (m/s) at {@code flowM3PerS}. */
    public double velocityMPerS(double flowM3PerS) {
        return flowM3PerS / (Math.PI * boreM * boreM / 4);
    }

    /** Darcy friction factor at Reynolds number {@code re}. */
    public double frictionFactor(double re) {
        if (re <= 2300) {
            return 64 / Math.max(re, 1e-9);
        }
        double turbulent = swameeJain(Math.max(re, 4000));
        if (re >= 4000) {
            return turbulent;
        }
        double w = (re - 2300) / (4000 - 2300);
        return (1 - w) * 64 / 2300 + w * turbulent;
    }

    private double swameeJain(double re) {
        double log = Math.log10(roughnessM / (3.7 * boreM) + 5.74 / Math.pow(re, 0.9));
        return 0.25 / (log * log);
    }

    /** Pressure drop (Pa) of {@code coolant} at {@code tempC} flowing at {@code flowM3PerS}. */
    public double pressureDropPa(double flowM3PerS, Coolant coolant, double tempC) {
        double rho = coolant.densityKgPerM3(tempC);
        double v = velocityMPerS(flowM3PerS);
        double re = rho * v * boreM / coolant.properties().viscosityPaS(tempC);
        return frictionFactor(re) * lengthM / boreM * rho * v * v / 2;
    }
}
