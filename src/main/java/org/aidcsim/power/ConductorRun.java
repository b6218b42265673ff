package org.aidcsim.power;

import org.aidcsim.units.Units;

/**
 * Cables or busway between two stages: loss = loaded conductors × runs × I² R, with I the current
 * per run and R = ρ(T) L / A per conductor (resistive only: at the lengths inside a data center
 * the reactance changes the voltage drop, not the real-power loss).
 *
 * @param material conductor metal
 * @param system three-phase AC or two-wire DC
 * @param voltageV line-to-line (AC) or pole-to-pole (DC) voltage (V)
 * @param powerFactor load power factor (AC only; 1 for DC)
 * @param lengthM route length (m)
 * @param crossSectionMm2 cross-section of one conductor (mm²)
 * @param parallelRuns runs in parallel sharing the current
 * @param temperatureC conductor operating temperature (°C)
 */
public record ConductorRun(ConductorMaterial material, DistributionSystem system, double voltageV, double powerFactor,
        double lengthM, double crossSectionMm2, int parallelRuns, double temperatureC) implements StageLoss {

    public ConductorRun {
        if (!(voltageV > 0 && powerFactor > 0 && powerFactor <= 1 && lengthM > 0 && crossSectionMm2 > 0 && parallelRuns >= 1)) {
            throw new IllegalArgumentException("invalid conductor run");
        }
    }

    /**
     * A run whose cross-section gives {@code dropFraction} of the voltage as resistive drop at
     * {@code designPowerW}: the usual way feeders are sized. With a resistive drop the I²R loss at
     * design, as a share of the power carried, equals the drop fraction (at unity power factor).
     */
    public static ConductorRun sizedForVoltageDrop(ConductorMaterial material, DistributionSystem system, double voltageV,
            double powerFactor, double lengthM, int parallelRuns, double temperatureC, double designPowerW, double dropFraction) {
        double current = system.currentA(Math.max(designPowerW, 1.0), voltageV, powerFactor) / parallelRuns;
        // Drop: DC 2·I·R, AC3 √3·I·R (line to line, resistive part).
        double factor = system == DistributionSystem.DC ? 2.0 : Math.sqrt(3);
        double resistanceOhm = dropFraction * voltageV / (factor * current);
        double areaM2 = material.resistivityOhmM(temperatureC) * lengthM / resistanceOhm;
        return new ConductorRun(material, system, voltageV, powerFactor, lengthM, Units.m2ToMm2(areaM2), parallelRuns, temperatureC);
    }

    /** Resistance of one conductor (Ω). */
    public double resistanceOhm() {
        return material.resistivityOhmM(temperatureC) * lengthM / Units.mm2ToM2(crossSectionMm2);
    }

    /** Current in each conductor of one run (A). */
    public double currentPerRunA(double powerW) {
        return system.currentA(powerW, voltageV, powerFactor) / parallelRuns;
    }

    @Override
    public double lossW(double outputW) {
        // The current is set by the power delivered at the far end; the sending-end correction is
        // second order (loss fraction × loss) and left out.
        double i = currentPerRunA(outputW);
        return system.loadedConductors() * parallelRuns * i * i * resistanceOhm();
    }

    @Override
    public double lossSlope(double outputW) {
        return outputW > 0 ? 2 * lossW(outputW) / outputW : 0.0;
    }

    @Override
    public double loadFraction(double outputW) {
        return Double.NaN;
    }

    /** Mass of the loaded conductors (kg). */
    public double massKg() {
        return system.loadedConductors() * parallelRuns * Units.mm2ToM2(crossSectionMm2) * lengthM * material.densityKgPerM3();
    }
}
