package org.aidcsim.weather;

/**
 * Moist-air relations needed by the weather reader. Saturation pressure over liquid water uses the
 * Magnus form with the Alduchov &amp; Eskridge (1996) coefficients (17.625, 243.04 °C, 610.94 Pa),
 * accurate to about 0.4 % from −40 to 50 °C; the full psychrometric chart (wet bulb, enthalpy) at
 * station pressure belongs to the cooling issue.
 */
public final class Psychrometrics {
    private static final double MAGNUS_A = 17.625;
    private static final double MAGNUS_B_C = 243.04;
    private static final double MAGNUS_C_PA = 610.94;

    private Psychrometrics() {
    }

    /** Saturation vapour pressure over water (Pa) at {@code tempC} (°C). */
    public static double saturationPressurePa(double tempC) {
        return MAGNUS_C_PA * Math.exp(MAGNUS_A * tempC / (MAGNUS_B_C + tempC));
    }

    /** Dew point (°C) from dry bulb (°C) and relative humidity in (0, 1]. */
    public static double dewPointC(double dryBulbC, double relativeHumidity) {
        double rh = Math.max(1e-6, Math.min(1.0, relativeHumidity));
        double gamma = Math.log(rh) + MAGNUS_A * dryBulbC / (MAGNUS_B_C + dryBulbC);
        return MAGNUS_B_C * gamma / (MAGNUS_A - gamma);
    }

    /** Relative humidity, fraction clamped to [0, 1], from dry bulb and dew point (°C). */
    public static double relativeHumidity(double dryBulbC, double dewPointC) {
        double rh = saturationPressurePa(dewPointC) / saturationPressurePa(dryBulbC);
        return Math.max(0.0, Math.min(1.0, rh));
    }
}
