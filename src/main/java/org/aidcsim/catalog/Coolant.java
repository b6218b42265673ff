package org.aidcsim.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A heat-transfer fluid, with properties at a typical loop temperature.
 *
 * @param name label in reports
 * @param densityKgPerM3 density (kg/m³)
 * @param specificHeatJPerKgK isobaric specific heat (J/(kg·K))
 * @param latentHeatJPerKg heat of vaporization for a boiling (two-phase) coolant (J/kg); 0 for a single-phase one
 * @param source where the figures come from
 * @param pricePerLitre what its inventory is priced by; empty for water, whose fill costs next to nothing
 */
public record Coolant(String name, double densityKgPerM3, double specificHeatJPerKgK, double latentHeatJPerKg, String source,
        Optional<PriceItem> pricePerLitre) {
    /** Water at 25 °C: ρ = 997.0 kg/m³, cp = 4181 J/(kg·K) (IAPWS-95 via NIST Chemistry WebBook). */
    public static final Coolant WATER = new Coolant("water", 997.0, 4181.0, 0, "IAPWS-95, 25 °C, 101.325 kPa", Optional.empty());
    /**
     * Air at 20 °C and sea level: ρ = 1.204 kg/m³, cp = 1006 J/(kg·K) (ASHRAE Handbook Fundamentals
     * 2017, ch. 1).
     */
    public static final Coolant AIR = new Coolant("air", 1.204, 1006.0, 0, "ASHRAE Fundamentals 2017 ch. 1, 20 °C sea level",
            Optional.empty());
    /**
     * Synthetic-hydrocarbon (PAO-class) single-phase immersion fluid at 40 °C: ρ ≈ 0.80–0.83 kg/L,
     * cp ≈ 2.1–2.3 kJ/(kg·K) in product data sheets of PAO-based immersion fluids; mid values taken.
     */
    public static final Coolant DIELECTRIC_PAO = new Coolant("dielectric (PAO class)", 815.0, 2200.0, 0,
            "PAO-based immersion fluid data sheets, 40 °C: 0.80-0.83 kg/L, 2.1-2.3 kJ/(kg K)", Optional.of(PriceItem.FLUID_PER_L));

    /**
     * Fluoroketone two-phase immersion fluid (3M Novec 649 class): liquid density 1600 kg/m³, cp
     * 1103 J/(kg·K), heat of vaporization 88 kJ/kg, boiling at 49 °C (product data sheet).
     */
    public static final Coolant TWO_PHASE_FLUOROKETONE = new Coolant("fluoroketone (two-phase)", 1600.0, 1103.0, 88_000.0,
            "Novec 649 class data sheet: 1.60 kg/L, 1.103 kJ/(kg K), 88 kJ/kg, boils at 49 °C",
            Optional.of(PriceItem.TWO_PHASE_FLUID_PER_L));

    /** Every coolant the models use, for listings. */
    public static List<Coolant> all() {
        return List.of(WATER, AIR, DIELECTRIC_PAO, TWO_PHASE_FLUOROKETONE);
    }

    /**
     * Volume flow (m³/s) that carries {@code heatW} (W): Q / (ρ·cp·ΔT) for a single-phase coolant
     * rising {@code deltaTK} (K); for a boiling one, the liquid that boils off and condenses back,
     * Q / (ρ·h_fg), whatever ΔT.
     */
    public double flowM3PerS(double heatW, double deltaTK) {
        if (latentHeatJPerKg > 0) {
            return heatW / (densityKgPerM3 * latentHeatJPerKg);
        }
        return heatW / (densityKgPerM3 * specificHeatJPerKgK * deltaTK);
    }
}
