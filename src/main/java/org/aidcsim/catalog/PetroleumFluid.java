package org.aidcsim.catalog;

/**
 * A hydrocarbon liquid (PAO or mineral oil) described as its data sheet describes it: density at
 * 15 °C and kinematic viscosity at 40 °C and 100 °C. The temperature dependence follows the
 * standard correlations for petroleum liquids:
 * <ul>
 * <li>density: ρ(T) = ρ15 · (1 − α (T − 15)), α = K1 / ρ15 with K1 = 0.6278 for lubricating oils
 * (ASTM D1250 / API MPMS ch. 11.1, table 54D);</li>
 * <li>kinematic viscosity: Walther's equation log log(ν + 0.7) = A − B log T(K) through the two
 * data-sheet points (ASTM D341);</li>
 * <li>specific heat: c = (1684.8 + 3.39 T[°C]) / √SG J/(kg·K), and thermal conductivity:
 * k = 0.1172 (1 − 0.00054 T[°C]) / SG W/(m·K) (C. S. Cragoe, "Thermal Properties of Petroleum
 * Products", NBS Misc. Publ. 97, 1929).</li>
 * </ul>
 *
 * @param density15KgPerM3 density at 15 °C (kg/m³)
 * @param viscosity40Cst kinematic viscosity at 40 °C (mm²/s)
 * @param viscosity100Cst kinematic viscosity at 100 °C (mm²/s)
 * @param minTempC pour point or lowest use (°C)
 * @param maxTempC highest use, below the flash point (°C)
 */
public record PetroleumFluid(double density15KgPerM3, double viscosity40Cst, double viscosity100Cst, double minTempC,
        double maxTempC) implements FluidProperties {
    private static final double K1_LUBRICATING_OILS = 0.6278;
    private static final double WATER_AT_15C_KG_PER_M3 = 999.1;

    @Override
    public double densityKgPerM3(double tempC) {
        double alpha = K1_LUBRICATING_OILS / density15KgPerM3;
        return density15KgPerM3 * (1 - alpha * (tempC - 15.0));
    }

    @Override
    public double specificHeatJPerKgK(double tempC) {
        return (1684.8 + 3.39 * tempC) / Math.sqrt(specificGravity());
    }

    @Override
    public double viscosityPaS(double tempC) {
        double a1 = Math.log10(Math.log10(viscosity40Cst + 0.7));
        double a2 = Math.log10(Math.log10(viscosity100Cst + 0.7));
        double t1 = Math.log10(313.15);
        double t2 = Math.log10(373.15);
        double b = (a1 - a2) / (t2 - t1);
        double a = a1 + b * t1;
        double nuCst = Math.pow(10, Math.pow(10, a - b * Math.log10(tempC + 273.15))) - 0.7;
        return nuCst * 1e-6 * densityKgPerM3(tempC);
    }

    @Override
    public double conductivityWPerMK(double tempC) {
        return 0.1172 * (1 - 0.00054 * tempC) / specificGravity();
    }

    private double specificGravity() {
        return density15KgPerM3 / WATER_AT_15C_KG_PER_M3;
    }
}
