package org.aidcsim.catalog;

/**
 * Properties that a source gives at one temperature only, held over the range where the fluid
 * stays in its phase. Used where the data sheet publishes no temperature dependence.
 *
 * @param densityKgPerM3 density (kg/m³)
 * @param specificHeatJPerKgK specific heat (J/(kg·K))
 * @param viscosityPaS dynamic viscosity (Pa·s)
 * @param conductivityWPerMK thermal conductivity (W/(m·K))
 * @param minTempC lowest temperature the fluid is used at (°C)
 * @param maxTempC highest temperature the fluid is used at (°C)
 */
public record ConstantFluid(double densityKgPerM3, double specificHeatJPerKgK, double viscosityPaS, double conductivityWPerMK,
        double minTempC, double maxTempC) implements FluidProperties {
    @Override
    public double densityKgPerM3(double tempC) {
        return densityKgPerM3;
    }

    @Override
    public double specificHeatJPerKgK(double tempC) {
        return specificHeatJPerKgK;
    }

    @Override
    public double viscosityPaS(double tempC) {
        return viscosityPaS;
    }

    @Override
    public double conductivityWPerMK(double tempC) {
        return conductivityWPerMK;
    }
}
