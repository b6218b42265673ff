package org.aidcsim.power;

import java.util.Locale;
import org.aidcsim.catalog.BuswayRatings;
import org.aidcsim.catalog.CableAmpacity;
import org.aidcsim.catalog.CableSizes;
import org.aidcsim.units.Units;

/**
 * Cables or busway between two stages: loss = loaded conductors × runs × I² R, with I the current
 * per run and R = ρ(T) L / A per conductor (resistive only: at the lengths inside a data center
 * the reactance changes the voltage drop, not the real-power loss).
 *
 * <p>Immutable: conductor metal, three-phase AC or two-wire DC, line-to-line (AC) or pole-to-pole
 * (DC) voltage (V), load power factor (AC only; 1 for DC), route length (m), cross-section of one
 * conductor (mm²), runs in parallel sharing the current, conductor operating temperature (°C).
 */
public final class ConductorRun implements StageLoss {
    private final ConductorMaterial material;
    private final DistributionSystem system;
    private final double voltageV;
    private final double powerFactor;
    private final double lengthM;
    private final double crossSectionMm2;
    private final int parallelRuns;
    private final double temperatureC;
    /** loss / power² (1/W): the I²R loss is a square law in the power carried, so one coefficient holds it. */
    private final double lossPerSquareW;
    /** Why the run has its size: "given", "voltage drop" or "ampacity"; with the ampacity's figures when it decided. */
    private final String sizedBy;

    public ConductorRun(ConductorMaterial material, DistributionSystem system, double voltageV, double powerFactor, double lengthM,
            double crossSectionMm2, int parallelRuns, double temperatureC) {
        this(material, system, voltageV, powerFactor, lengthM, crossSectionMm2, parallelRuns, temperatureC, "given");
    }

    private ConductorRun(ConductorMaterial material, DistributionSystem system, double voltageV, double powerFactor, double lengthM,
            double crossSectionMm2, int parallelRuns, double temperatureC, String sizedBy) {
        if (!(voltageV > 0 && powerFactor > 0 && powerFactor <= 1 && lengthM > 0 && crossSectionMm2 > 0 && parallelRuns >= 1)) {
            throw new IllegalArgumentException("invalid conductor run");
        }
        this.material = material;
        this.system = system;
        this.voltageV = voltageV;
        this.powerFactor = powerFactor;
        this.lengthM = lengthM;
        this.crossSectionMm2 = crossSectionMm2;
        this.parallelRuns = parallelRuns;
        this.temperatureC = temperatureC;
        this.sizedBy = sizedBy;
        double perWatt = currentPerRunA(1.0);
        this.lossPerSquareW = system.loadedConductors() * parallelRuns * perWatt * perWatt * resistanceOhm();
    }

    public ConductorMaterial material() {
        return material;
    }

    public DistributionSystem system() {
        return system;
    }

    public double voltageV() {
        return voltageV;
    }

    public double powerFactor() {
        return powerFactor;
    }

    public double lengthM() {
        return lengthM;
    }

    public double crossSectionMm2() {
        return crossSectionMm2;
    }

    public int parallelRuns() {
        return parallelRuns;
    }

    public double temperatureC() {
        return temperatureC;
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
        return new ConductorRun(material, system, voltageV, powerFactor, lengthM, size, runs, temperatureC, "voltage drop");
    }

    /**
     * A run sized on both the voltage drop and the current each cable carries, whichever needs more:
     * for copper, each set's current within its capacity of IEC 60364-5-52 ({@link CableAmpacity}:
     * method E, multi-core XLPE, {@code airC}, grouped nine a tray), more sets where a set of at most
     * {@link CableSizes#LARGEST_PARALLEL_MM2} does not carry its share; the loss then at the conductor
     * temperature the design current gives. Aluminium, whose table is not shipped, is sized on the
     * drop alone at {@code temperatureC}.
     *
     * @param temperatureC conductor temperature assumed for the voltage-drop sizing (°C)
     * @param airC air around the cables (°C)
     */
    public static ConductorRun sized(ConductorMaterial material, DistributionSystem system, double voltageV, double powerFactor,
            double lengthM, int minRuns, double temperatureC, double designPowerW, double dropFraction, double airC)
            throws SizingException {
        ConductorRun byDrop = sizedForVoltageDrop(material, system, voltageV, powerFactor, lengthM, minRuns, temperatureC,
                designPowerW, dropFraction);
        if (material != ConductorMaterial.COPPER) {
            return byDrop.withSizedBy("voltage drop (no ampacity table shipped for " + material.key() + ")");
        }
        double current = system.currentA(Math.max(designPowerW, 1.0), voltageV, powerFactor);
        int loaded = system.loadedConductors();
        double air = CableAmpacity.airFactor(airC);
        double poleMm2 = byDrop.poleCrossSectionMm2();
        for (int runs = byDrop.parallelRuns(); runs <= 100_000; runs++) {
            double perRun = current / runs;
            double capacityFactor = air * CableAmpacity.groupingFactor(runs);
            double size = CableSizes.atLeast(Math.max(poleMm2 / runs, 1e-9));
            // the smallest standard size from the drop's that carries the run's current
            while (!Double.isNaN(size) && size <= CableSizes.LARGEST_PARALLEL_MM2
                    && CableAmpacity.tableA(loaded, size) * capacityFactor < perRun) {
                size = CableSizes.atLeast(size * (1 + 1e-6));
            }
            if (Double.isNaN(size) || size > CableSizes.LARGEST_PARALLEL_MM2) {
                continue;
            }
            double capacity = CableAmpacity.tableA(loaded, size) * capacityFactor;
            double conductorC = CableAmpacity.conductorTempC(perRun, capacity, airC);
            // the drop was sized at the assumed temperature: at the one the current gives it may be more
            if (dropFraction(system, voltageV, perRun, material.resistivityOhmM(conductorC) * lengthM / Units.mm2ToM2(size))
                    > dropFraction * (1 + 1e-9)) {
                poleMm2 = Math.max(poleMm2, runs * size * (1 + 1e-6));
                continue;
            }
            boolean byAmpacity = runs > byDrop.parallelRuns() || size > byDrop.crossSectionMm2();
            return new ConductorRun(material, system, voltageV, powerFactor, lengthM, size, runs, conductorC, String.format(Locale.ROOT, "%s: %.0f A a set against a capacity of %.0f A: %.0f A "
                    + "(IEC 60364-5-52 Table B.52.12, method E, multi-core XLPE, %d loaded cores) × %.2f for %.0f °C air (Table "
                    + "B.52.14) × %.2f for %d cables nine a tray (Table B.52.20)", byAmpacity ? "ampacity" : "voltage drop", perRun,
                    capacity, CableAmpacity.tableA(loaded, size), loaded, air, airC, CableAmpacity.groupingFactor(runs), runs));
        }
        throw new SizingException("voltage_v", String.format(Locale.ROOT, "needs %,.0f A at %,.4g V at design, more than any "
                + "feeder of up to 100,000 parallel cables carries (expected a current cables can carry: are the voltage in V "
                + "and the IT load in kW?)", current, voltageV));
    }

    /**
     * A busbar trunking run of copper sized by its maker's ratings ({@link BuswayRatings}): as many
     * runs of the largest rating as the current needs, each of the smallest rating that carries its
     * share; the conductor at θa + (θ_rated − 35 °C)(I/I_rated)² with θ_rated from the maker's rise
     * of resistance at rated current, and a section equal to ρ20 / R20 so that the loss follows the
     * maker's resistance. Aluminium busway is not shipped: the run is then sized as cables.
     */
    public static ConductorRun busway(ConductorMaterial material, DistributionSystem system, double voltageV, double powerFactor,
            double lengthM, int minRuns, double temperatureC, double designPowerW, double dropFraction, double airC)
            throws SizingException {
        if (material != ConductorMaterial.COPPER) {
            return sized(material, system, voltageV, powerFactor, lengthM, minRuns, temperatureC, designPowerW, dropFraction, airC);
        }
        double current = system.currentA(Math.max(designPowerW, 1.0), voltageV, powerFactor);
        for (int runs = Math.max(minRuns, (int) Math.ceil(current / BuswayRatings.largestA() - 1e-9)); runs <= 100_000; runs++) {
            double perRun = current / runs;
            for (int rating = Math.max(0, BuswayRatings.ratingFor(perRun)); rating >= 0 && rating < BuswayRatings.count(); rating++) {
                double ratedC = BuswayRatings.ratedConductorC(rating);
                double x = perRun / BuswayRatings.ratedA(rating);
                // above the ratings' 35 °C air, the same heating law derates: the bars stay within their rated temperature
                double conductorC = airC + (ratedC - BuswayRatings.RATED_AIR_C) * x * x;
                if (x > 1 + 1e-12 || conductorC > ratedC + 1e-9) {
                    continue;
                }
                double sectionMm2 = Units.m2ToMm2(material.resistivityOhmM(20) / BuswayRatings.r20OhmPerM(rating));
                double ohm = material.resistivityOhmM(conductorC) * lengthM / Units.mm2ToM2(sectionMm2);
                if (dropFraction(system, voltageV, perRun, ohm) > dropFraction * (1 + 1e-9)) {
                    continue;
                }
                return new ConductorRun(material, system, voltageV, powerFactor, lengthM, sectionMm2, runs, conductorC,
                        String.format(Locale.ROOT, "busway ratings: %d run(s) of %.0f A, %.0f A each, within the %.1f %% drop "
                                + "(%s)", runs, BuswayRatings.ratedA(rating), perRun, 100 * dropFraction, BuswayRatings.SOURCE));
            }
        }
        throw new SizingException("voltage_v", String.format(Locale.ROOT, "needs %,.0f A at %,.4g V at design, more than any "
                + "busway of the shipped ratings carries, even in parallel (expected a current busways can carry: are the "
                + "voltage in V and the IT load in kW?)", current, voltageV));
    }

    /** Resistive drop of a run as a share of the voltage: DC 2·I·R, three-phase √3·I·R, R of one conductor. */
    private static double dropFraction(DistributionSystem system, double voltageV, double currentA, double conductorOhm) {
        return (system == DistributionSystem.DC ? 2.0 : Math.sqrt(3)) * currentA * conductorOhm / voltageV;
    }

    private ConductorRun withSizedBy(String why) {
        return new ConductorRun(material, system, voltageV, powerFactor, lengthM, crossSectionMm2, parallelRuns, temperatureC, why);
    }

    /** Why the run has its size: given, voltage drop, or ampacity with its figures. */
    public String sizedBy() {
        return sizedBy;
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
        return lossPerSquareW * outputW * outputW;
    }

    /** loss = k·P², so P + k·P² = input has the root 2·input / (1 + √(1 + 4·k·input)). */
    @Override
    public double outputForInputW(double inputW) {
        if (inputW <= 0) {
            return 0.0;
        }
        return 2 * inputW / (1 + Math.sqrt(1 + 4 * lossPerSquareW * inputW));
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
