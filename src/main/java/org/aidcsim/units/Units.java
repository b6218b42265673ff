package org.aidcsim.units;

/**
 * Conversions between SI (inside the core) and user units (scenario files and reports). Every
 * conversion factor of the code base lives here, so that a reader checks each one once.
 */
public final class Units {
    /** Seconds in one hour (s). */
    public static final double SECONDS_PER_HOUR = 3600.0;
    /** Seconds in one day (s). */
    public static final double SECONDS_PER_DAY = 86_400.0;
    /** Seconds in a 365-day year (s): TMY weather years have no 29 February. */
    public static final double SECONDS_PER_YEAR = 365 * SECONDS_PER_DAY;
    /** 0 °C in kelvin (K). */
    public static final double ZERO_CELSIUS_K = 273.15;
    /** Standard atmosphere (Pa), ISO 2533. */
    public static final double STANDARD_PRESSURE_PA = 101_325.0;
    /** Mass of one cubic metre of water taken for water-use figures (kg); 1 kg ≈ 1 L, as The Green Grid's WUE does. */
    public static final double WATER_KG_PER_M3 = 1000.0;

    private Units() {
    }

    public static double kwToW(double kw) {
        return kw * 1e3;
    }

    public static double wToKw(double w) {
        return w * 1e-3;
    }

    public static double mwToW(double mw) {
        return mw * 1e6;
    }

    public static double wToMw(double w) {
        return w * 1e-6;
    }

    public static double kpaToPa(double kpa) {
        return kpa * 1e3;
    }

    public static double paToKpa(double pa) {
        return pa * 1e-3;
    }

    public static double joulesToMwh(double joules) {
        return joules / 3.6e9;
    }

    public static double jToKj(double j) {
        return j / 1e3;
    }

    public static double jToMj(double j) {
        return j / 1e6;
    }

    public static double kjToJ(double kj) {
        return kj * 1e3;
    }

    public static double joulesToKwh(double joules) {
        return joules / 3.6e6;
    }

    public static double kwhToJoules(double kwh) {
        return kwh * 3.6e6;
    }

    public static double secondsToHours(double seconds) {
        return seconds / SECONDS_PER_HOUR;
    }

    public static double secondsToMs(double seconds) {
        return seconds * 1e3;
    }

    public static double mm2ToM2(double mm2) {
        return mm2 * 1e-6;
    }

    public static double m2ToMm2(double m2) {
        return m2 * 1e6;
    }

    public static double celsiusToKelvin(double celsius) {
        return celsius + ZERO_CELSIUS_K;
    }

    public static double m3PerSToLitrePerMin(double flowM3PerS) {
        return flowM3PerS * 60_000.0;
    }

    public static double mmToM(double mm) {
        return mm * 1e-3;
    }

    public static double mToMm(double m) {
        return m * 1e3;
    }

    public static double litresPerMinuteToM3PerS(double litresPerMinute) {
        return litresPerMinute / 60_000.0;
    }

    public static double litresToM3(double litres) {
        return litres * 1e-3;
    }

    public static double m3ToLitres(double m3) {
        return m3 * 1e3;
    }

    public static double kgWaterToM3(double kg) {
        return kg / WATER_KG_PER_M3;
    }

    public static double milliohmToOhm(double milliohm) {
        return milliohm * 1e-3;
    }

    public static double gramsToTonnes(double grams) {
        return grams * 1e-6;
    }

    /** A ratio per kW (file unit, e.g. W/kW) as a ratio per W. */
    public static double perKwToPerW(double perKw) {
        return perKw * 1e-3;
    }
}
