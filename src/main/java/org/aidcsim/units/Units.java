package org.aidcsim.units;

/** Conversions between SI (inside the core) and user units (scenario files and reports). */
public final class Units {
    /** Seconds in one hour (s). */
    public static final double SECONDS_PER_HOUR = 3600.0;
    /** 0 °C in kelvin (K). */
    public static final double ZERO_CELSIUS_K = 273.15;
    /** Standard atmosphere (Pa), ISO 2533. */
    public static final double STANDARD_PRESSURE_PA = 101_325.0;

    private Units() {
    }

    public static double kwToW(double kw) {
        return kw * 1e3;
    }

    public static double wToKw(double w) {
        return w * 1e-3;
    }

    public static double kpaToPa(double kpa) {
        return kpa * 1e3;
    }

    public static double joulesToMwh(double joules) {
        return joules / 3.6e9;
    }

    public static double joulesToKwh(double joules) {
        return joules / 3.6e6;
    }

    public static double celsiusToKelvin(double celsius) {
        return celsius + ZERO_CELSIUS_K;
    }

    public static double m3PerSToLitrePerMin(double flowM3PerS) {
        return flowM3PerS * 60_000.0;
    }
}
