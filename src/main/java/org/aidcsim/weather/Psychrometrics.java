package org.aidcsim.weather;

import org.aidcsim.units.Units;

/**
 * Moist-air properties at any station pressure, from ASHRAE Handbook — Fundamentals 2017, ch. 1:
 * saturation pressure by Hyland &amp; Wexler (eqs. 5 over ice and 6 over water), humidity ratio
 * (eq. 20/22), enthalpy (eq. 30) and thermodynamic wet bulb (eqs. 33 and 35, solved by bisection).
 * Temperatures in °C, pressures in Pa, humidity ratio in kg water per kg dry air, enthalpy in J/kg
 * dry air. Pressure matters: at Denver (83.5 kPa) the same dew point holds 20 % more water per kg
 * of air than at sea level.
 */
public final class Psychrometrics {
    /** Ratio of the molar masses of water and dry air, ASHRAE 2017 ch. 1 eq. 20. */
    private static final double MOLAR_RATIO = 0.621945;

    private Psychrometrics() {
    }

    /** Saturation vapour pressure (Pa) over ice below 0 °C and over liquid water above, −100 to 200 °C. */
    public static double saturationPressurePa(double tempC) {
        double t = Units.celsiusToKelvin(tempC);
        double ln;
        if (tempC < 0) {
            ln = -5.6745359e3 / t + 6.3925247 + t * (-9.6778430e-3 + t * (6.2215701e-7 + t * (2.0747825e-9
                    + t * -9.4840240e-13))) + 4.1635019 * Math.log(t);
        } else {
            ln = -5.8002206e3 / t + 1.3914993 + t * (-4.8640239e-2 + t * (4.1764768e-5 + t * -1.4452093e-8))
                    + 6.5459673 * Math.log(t);
        }
        return Math.exp(ln);
    }

    /** Humidity ratio (kg/kg) of air whose water vapour has partial pressure {@code vapourPa} at {@code pressurePa}. */
    public static double humidityRatio(double vapourPa, double pressurePa) {
        return MOLAR_RATIO * vapourPa / (pressurePa - vapourPa);
    }

    /** Humidity ratio (kg/kg) from dew point (°C) at station pressure (Pa). */
    public static double humidityRatioFromDewPoint(double dewPointC, double pressurePa) {
        return humidityRatio(saturationPressurePa(dewPointC), pressurePa);
    }

    /** Humidity ratio (kg/kg) of saturated air at {@code tempC}. */
    public static double saturationHumidityRatio(double tempC, double pressurePa) {
        return humidityRatioFromDewPoint(tempC, pressurePa);
    }

    /** Humidity ratio (kg/kg) from dry bulb (°C) and relative humidity in [0, 1]. */
    public static double humidityRatioFromRelativeHumidity(double dryBulbC, double relativeHumidity, double pressurePa) {
        return humidityRatio(relativeHumidity * saturationPressurePa(dryBulbC), pressurePa);
    }

    /** Moist-air enthalpy (J/kg dry air), eq. 30: h = 1.006 t + W (2501 + 1.86 t) kJ/kg. */
    public static double enthalpyJPerKg(double dryBulbC, double humidityRatio) {
        return 1000.0 * (1.006 * dryBulbC + humidityRatio * (2501.0 + 1.86 * dryBulbC));
    }

    /**
     * Humidity ratio (kg/kg) of air at {@code dryBulbC} whose thermodynamic wet bulb is
     * {@code wetBulbC}: eq. 33 above freezing, eq. 35 over ice.
     */
    public static double humidityRatioFromWetBulb(double dryBulbC, double wetBulbC, double pressurePa) {
        double ws = saturationHumidityRatio(wetBulbC, pressurePa);
        if (wetBulbC >= 0) {
            return ((2501.0 - 2.326 * wetBulbC) * ws - 1.006 * (dryBulbC - wetBulbC))
                    / (2501.0 + 1.86 * dryBulbC - 4.186 * wetBulbC);
        }
        return ((2830.0 - 0.24 * wetBulbC) * ws - 1.006 * (dryBulbC - wetBulbC))
                / (2830.0 + 1.86 * dryBulbC - 2.1 * wetBulbC);
    }

    /**
     * Thermodynamic wet bulb (°C) of air at {@code dryBulbC} with humidity ratio {@code humidityRatio}:
     * bisection on eqs. 33/35 between −100 °C and the dry bulb, to 1e-6 K.
     */
    public static double wetBulbC(double dryBulbC, double humidityRatio, double pressurePa) {
        double lo = -100.0;
        double hi = dryBulbC;
        if (humidityRatioFromWetBulb(dryBulbC, hi, pressurePa) <= humidityRatio) {
            return dryBulbC;
        }
        while (hi - lo > 1e-6) {
            double mid = 0.5 * (lo + hi);
            if (humidityRatioFromWetBulb(dryBulbC, mid, pressurePa) > humidityRatio) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Wet bulb (°C) from dry bulb and dew point (°C) at station pressure (Pa). */
    public static double wetBulbFromDewPointC(double dryBulbC, double dewPointC, double pressurePa) {
        return wetBulbC(dryBulbC, humidityRatioFromDewPoint(Math.min(dewPointC, dryBulbC), pressurePa), pressurePa);
    }

    /** Dew point (°C) of water vapour at {@code vapourPa}: inverse of the saturation curve, by bisection. */
    public static double dewPointFromVapourPressureC(double vapourPa) {
        double lo = -100.0;
        double hi = 200.0;
        while (hi - lo > 1e-7) {
            double mid = 0.5 * (lo + hi);
            if (saturationPressurePa(mid) > vapourPa) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Dew point (°C) from dry bulb (°C) and relative humidity in (0, 1]. */
    public static double dewPointC(double dryBulbC, double relativeHumidity) {
        double rh = Math.max(1e-6, Math.min(1.0, relativeHumidity));
        return dewPointFromVapourPressureC(rh * saturationPressurePa(dryBulbC));
    }

    /** Relative humidity, fraction clamped to [0, 1], from dry bulb and dew point (°C). */
    public static double relativeHumidity(double dryBulbC, double dewPointC) {
        double rh = saturationPressurePa(dewPointC) / saturationPressurePa(dryBulbC);
        return Math.max(0.0, Math.min(1.0, rh));
    }

    /** Standard-atmosphere pressure (Pa) at {@code elevationM}, ASHRAE 2017 ch. 1 eq. 3. */
    public static double standardPressurePa(double elevationM) {
        return 101_325.0 * Math.pow(1 - 2.25577e-5 * elevationM, 5.2559);
    }
}
