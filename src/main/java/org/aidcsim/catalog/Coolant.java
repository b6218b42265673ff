package org.aidcsim.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A heat-transfer fluid with temperature-dependent properties, its source and its price.
 *
 * @param key the name used in scenario files
 * @param name label in reports
 * @param properties density, specific heat, viscosity and conductivity against temperature
 * @param latentHeatJPerKg heat of vaporization for a boiling (two-phase) coolant (J/kg); 0 for a single-phase one
 * @param boilingPointC boiling point at atmospheric pressure of a two-phase coolant (°C); NaN for a single-phase one
 * @param source where the figures come from
 * @param pricePerLitre what its inventory is priced by; empty for water, whose fill costs next to nothing
 */
public record Coolant(String key, String name, FluidProperties properties, double latentHeatJPerKg, double boilingPointC,
        String source, Optional<PriceItem> pricePerLitre) implements Keyed {

    /** Liquid water at 101.325 kPa, 0-90 °C every 10 K (IAPWS-95 as tabulated by the NIST Chemistry WebBook). */
    public static final Coolant WATER = new Coolant("water", "water", new TabulatedFluid(
            new double[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90},
            new double[] {999.84, 999.70, 998.21, 995.65, 992.22, 988.03, 983.20, 977.76, 971.79, 965.31},
            new double[] {4219.9, 4195.5, 4184.1, 4180.1, 4179.6, 4181.5, 4185.1, 4190.3, 4196.9, 4205.0},
            new double[] {1.7914e-3, 1.3060e-3, 1.0016e-3, 0.7972e-3, 0.6527e-3, 0.5465e-3, 0.4660e-3, 0.4035e-3, 0.3540e-3,
                0.3142e-3},
            new double[] {0.5610, 0.5800, 0.5984, 0.6154, 0.6305, 0.6435, 0.6543, 0.6631, 0.6700, 0.6753}),
            0, Double.NaN, "IAPWS-95 via the NIST Chemistry WebBook (saturated liquid at 101.325 kPa), 0-90 °C", Optional.empty());

    /**
     * Air at 20 °C and sea level: ρ = 1.204 kg/m³, cp = 1006 J/(kg·K), μ = 18.2 µPa·s, k = 0.0257
     * W/(m·K) (ASHRAE Handbook Fundamentals 2017, ch. 1 and ch. 33), held over room temperatures.
     */
    public static final Coolant AIR = new Coolant("air", "air", new ConstantFluid(1.204, 1006.0, 18.2e-6, 0.0257, -40, 60), 0,
            Double.NaN, "ASHRAE Fundamentals 2017 ch. 1, 20 °C sea level", Optional.empty());

    /** 25 % propylene glycol by mass (PG25), the usual fill of technology cooling loops that may see frost. */
    public static final Coolant PG25 = glycol("pg25", "propylene glycol 25 %", MelinderSolution.PROPYLENE_GLYCOL, 25);
    /** 40 % propylene glycol by mass. */
    public static final Coolant PG40 = glycol("pg40", "propylene glycol 40 %", MelinderSolution.PROPYLENE_GLYCOL, 40);
    /** 25 % ethylene glycol by mass. */
    public static final Coolant EG25 = glycol("eg25", "ethylene glycol 25 %", MelinderSolution.ETHYLENE_GLYCOL, 25);
    /** 40 % ethylene glycol by mass. */
    public static final Coolant EG40 = glycol("eg40", "ethylene glycol 40 %", MelinderSolution.ETHYLENE_GLYCOL, 40);

    /**
     * Synthetic-hydrocarbon (PAO 2 cSt class) single-phase immersion fluid: 798 kg/m³ at 15.6 °C,
     * 5.0 mm²/s at 40 °C and 1.7 mm²/s at 100 °C, pour point −66 °C, flash point 157 °C
     * (ExxonMobil SpectraSyn 2 data sheet), with the petroleum-liquid correlations of
     * {@link PetroleumFluid}.
     */
    public static final Coolant DIELECTRIC_PAO = new Coolant("pao", "dielectric (PAO class)",
            new PetroleumFluid(798.0, 5.0, 1.7, -40.0, 100.0), 0, Double.NaN,
            "ExxonMobil SpectraSyn 2 data sheet (798 kg/m³, 5.0 and 1.7 mm²/s at 40 and 100 °C); ASTM D341, ASTM D1250, "
                    + "Cragoe NBS Misc. Publ. 97 for the temperature dependence",
            Optional.of(PriceItem.FLUID_PER_L));

    /**
     * Fluoroketone two-phase immersion fluid (3M Novec 649 class) at 25 °C: liquid density 1600
     * kg/m³, cp 1103 J/(kg·K), kinematic viscosity 0.64 mm²/s, conductivity 0.059 W/(m·K), heat of
     * vaporization 88 kJ/kg, boiling at 49 °C (product data sheet).
     */
    public static final Coolant TWO_PHASE_FLUOROKETONE = new Coolant("fluoroketone", "fluoroketone (two-phase)",
            new ConstantFluid(1600.0, 1103.0, 0.64e-6 * 1600.0, 0.059, -40.0, 49.0), 88_000.0, 49.0,
            "Novec 649 class data sheet: 1.60 kg/L, 1.103 kJ/(kg K), 0.64 cSt, 0.059 W/(m K), 88 kJ/kg, boils at 49 °C",
            Optional.of(PriceItem.TWO_PHASE_FLUID_PER_L));

    private static Coolant glycol(String key, String name, MelinderSolution.Coefficients c, double massPercent) {
        MelinderSolution s = new MelinderSolution(c, massPercent);
        return new Coolant(key, name, s, 0, Double.NaN, String.format(Locale.ROOT,
                "Melinder, Properties of Secondary Working Fluids for Indirect Systems, IIR 2010 (freezes at %.1f °C)",
                s.freezingPointC()), Optional.of(PriceItem.GLYCOL_PER_L));
    }

    /** Every coolant the models use, for listings. */
    public static List<Coolant> all() {
        return List.of(WATER, AIR, PG25, PG40, EG25, EG40, DIELECTRIC_PAO, TWO_PHASE_FLUOROKETONE);
    }

    /** True for a coolant that carries heat by boiling. */
    public boolean twoPhase() {
        return latentHeatJPerKg > 0;
    }

    /** True for a glycol-water solution: a loop whose CDUs are rated with water. */
    public boolean glycol() {
        return properties instanceof MelinderSolution;
    }

    public double densityKgPerM3(double tempC) {
        return properties.densityKgPerM3(tempC);
    }

    public double specificHeatJPerKgK(double tempC) {
        return properties.specificHeatJPerKgK(tempC);
    }

    /**
     * Volume flow (m³/s) that carries {@code heatW} (W): Q / (ρ·cp·ΔT) for a single-phase coolant
     * rising {@code deltaTK} (K), with properties at its mean temperature {@code meanTempC}; for a
     * boiling one, the liquid that boils off and condenses back, Q / (ρ·h_fg), whatever ΔT.
     */
    public double flowM3PerS(double heatW, double deltaTK, double meanTempC) {
        if (twoPhase()) {
            return heatW / (properties.densityKgPerM3(boilingPointC) * latentHeatJPerKg);
        }
        return heatW / (properties.densityKgPerM3(meanTempC) * properties.specificHeatJPerKgK(meanTempC) * deltaTK);
    }
}
