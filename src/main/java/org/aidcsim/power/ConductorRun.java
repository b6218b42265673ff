package org.aidcsim.power;

import org.aidcsim.catalog.CableSizes;
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
     * A run of standard cables that keeps the resistive drop at {@code designPowerW} within
     * {@code dropFraction} of the voltage: the usual way feeders are sized. The section needed per
     * pole is built as parallel sets of one standard size ({@link CableSizes}): the smallest
     * standard size if one set of at most {@link CableSizes#LARGEST_PARALLEL_MM2} does, else as many
     * sets as that size needs, each then of the smallest standard size that keeps the drop. With a
     * resistive drop the I²R loss at design, as a share of the power carried, equals the drop
     * fraction (at unity power factor); standard sizes round it down.
     *
     * @param minRuns runs in parallel at least (the file's parallel_runs)
     */
    public static ConductorRun sizedForVoltageDrop(ConductorMaterial material, DistributionSystem system, double voltageV,
            double powerFactor, double lengthM, int minRuns, double temperatureC, double designPowerW, double dropFraction) {
        double current = system.currentA(Math.max(designPowerW, 1.0), voltageV, powerFactor);
        // Drop: DC 2·I·R, AC3 √3·I·R (line to line, resistive part); R of the whole pole.
        double factor = system == DistributionSystem.DC ? 2.0 : Math.sqrt(3);
        double poleResistanceOhm = dropFraction * voltageV / (factor * current);
        double poleMm2 = Units.m2ToMm2(material.resistivityOhmM(temperatureC) * lengthM / poleResistanceOhm);
        int runs = Math.max(minRuns, (int) Math.ceil(poleMm2 / CableSizes.LARGEST_PARALLEL_MM2 - 1e-9));
        double size = CableSizes.atLeast(poleMm2 / runs);
        return new ConductorRun(material, system, voltageV, powerFactor, lengthM, size, runs, temperatureC);
    }

    /** The pole's section (mm²): sets × section. */
    public double poleCrossSectionMm2() {
        return parallelRuns * crossSectionMm2;
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
