package org.aidcsim.catalog;

/**
 * Thermophysical properties of a liquid (or gas) as functions of its temperature, in SI, over the
 * range the source's table or fit covers. Callers check the range before work starts (the scenario
 * validator does), so the functions themselves do not clamp.
 */
public interface FluidProperties {
    /** Density (kg/m³) at {@code tempC} (°C). */
    double densityKgPerM3(double tempC);

    /** Isobaric specific heat (J/(kg·K)) at {@code tempC} (°C). */
    double specificHeatJPerKgK(double tempC);

    /** Dynamic viscosity (Pa·s) at {@code tempC} (°C). */
    double viscosityPaS(double tempC);

    /** Thermal conductivity (W/(m·K)) at {@code tempC} (°C). */
    double conductivityWPerMK(double tempC);

    /** Lowest temperature the properties hold for: freezing or pour point, or the table's end (°C). */
    double minTempC();

    /** Highest temperature the properties hold for: boiling point or the table's end (°C). */
    double maxTempC();

    /** True when {@code tempC} lies inside [{@link #minTempC()}, {@link #maxTempC()}]. */
    default boolean covers(double tempC) {
        return tempC >= minTempC() && tempC <= maxTempC();
    }
}
