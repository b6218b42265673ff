package org.aidcsim.weather;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An hourly weather year. Index {@code i} is the hour that ends at {@code i + 1} hours after
 * 1 January 00:00 local standard time (EPW convention: hour h covers (h−1, h]).
 *
 * <p>Arrays are copied on the way in and never handed out, so a series is immutable.
 */
public final class WeatherSeries {
    private final String sourceName;
    private final String locationName;
    private final Station station;
    private final double elevationM;
    private final double[] dryBulbC;
    private final double[] dewPointC;
    private final double[] relativeHumidity;
    private final double[] pressurePa;
    private final double meanPressurePa;
    private final double[] wetBulbC;
    /** Lazily computed; a race computes the same array twice, which is harmless. */
    private volatile int[] classesWithWetBulb;
    private volatile int[] classesDryAndDew;

    /**
     * @param sourceName file name or "constant", for reports
     * @param locationName station or site name
     * @param elevationM station elevation (m)
     * @param dryBulbC dry-bulb temperature per hour (°C)
     * @param dewPointC dew-point temperature per hour (°C)
     * @param relativeHumidity relative humidity per hour, fraction in [0, 1]
     * @param pressurePa station pressure per hour (Pa)
     * @param station where the file was recorded, as its header says
     */
    public WeatherSeries(String sourceName, String locationName, double elevationM, double[] dryBulbC,
            double[] dewPointC, double[] relativeHumidity, double[] pressurePa, Station station) {
        int n = dryBulbC.length;
        if (n == 0 || dewPointC.length != n || relativeHumidity.length != n || pressurePa.length != n) {
            throw new IllegalArgumentException("weather arrays must be non-empty and of equal length");
        }
        this.sourceName = sourceName;
        this.locationName = locationName;
        this.station = station;
        this.elevationM = elevationM;
        this.dryBulbC = dryBulbC.clone();
        this.dewPointC = dewPointC.clone();
        this.relativeHumidity = relativeHumidity.clone();
        this.pressurePa = pressurePa.clone();
        this.meanPressurePa = Arrays.stream(pressurePa).average().orElseThrow();
        // Wet bulb at the station's own pressure, once per hour: cooling towers and airside economizers read it every step.
        this.wetBulbC = new double[n];
        for (int i = 0; i < n; i++) {
            // an hour like the one before (every hour of a constant climate) reuses its solution
            wetBulbC[i] = i > 0 && dryBulbC[i] == dryBulbC[i - 1] && dewPointC[i] == dewPointC[i - 1]
                    && pressurePa[i] == pressurePa[i - 1] ? wetBulbC[i - 1]
                    : Psychrometrics.wetBulbFromDewPointC(dryBulbC[i], dewPointC[i], pressurePa[i]);
        }
    }

    /**
     * Hours with the same weather, as far as a plant that reads dry bulb and dew point (and, with
     * {@code withWetBulb}, the wet bulb) can tell: element i is the class of hour i, classes numbered
     * from 0 in order of first appearance. EPW values have one decimal, so a year has a few
     * thousand classes; a run whose other inputs do not change computes each class once.
     * Computed once per series and kept.
     */
    public int[] hourClasses(boolean withWetBulb) {
        int[] cached = withWetBulb ? classesWithWetBulb : classesDryAndDew;
        if (cached == null) {
            Map<List<Long>, Integer> index = new HashMap<>();
            cached = new int[dryBulbC.length];
            for (int i = 0; i < cached.length; i++) {
                List<Long> key = withWetBulb
                        ? List.of(Double.doubleToLongBits(dryBulbC[i]), Double.doubleToLongBits(dewPointC[i]),
                                Double.doubleToLongBits(wetBulbC[i]))
                        : List.of(Double.doubleToLongBits(dryBulbC[i]), Double.doubleToLongBits(dewPointC[i]));
                Integer known = index.putIfAbsent(key, index.size());
                cached[i] = known != null ? known : index.size() - 1;
            }
            if (withWetBulb) {
                classesWithWetBulb = cached;
            } else {
                classesDryAndDew = cached;
            }
        }
        return cached;
    }

    /**
     * The weather classes of a window of {@code steps} hours from hour {@code startHour} (wrapping
     * at the year's end), in the order they first appear.
     *
     * @param classes each class once, in order of first appearance
     * @param firstStep the window step at which each of {@code classes} first appears
     * @param hours how many hours of the window each of {@code classes} has
     */
    public record WindowClasses(int[] classes, int[] firstStep, int[] hours) {
    }

    private record WindowKey(boolean withWetBulb, int startHour, int steps) {
    }

    /** Windows asked for so far: every variant of a sweep asks for the same one. */
    private final Map<WindowKey, WindowClasses> windows = new ConcurrentHashMap<>();

    /** The classes of an hourly window (see {@link #hourClasses}), counted once per window and kept. */
    public WindowClasses windowClasses(boolean withWetBulb, int startHour, int steps) {
        return windows.computeIfAbsent(new WindowKey(withWetBulb, startHour, steps), k -> {
            int[] classOfHour = hourClasses(withWetBulb);
            int n = dryBulbC.length;
            int[] count = new int[n];
            int[] first = new int[n];
            int[] order = new int[n];
            int classes = 0;
            int hour = startHour;
            for (int step = 0; step < steps; step++, hour = hour + 1 == n ? 0 : hour + 1) {
                int c = classOfHour[hour];
                if (count[c]++ == 0) {
                    first[c] = step;
                    order[classes++] = c;
                }
            }
            int[] firstStep = new int[classes];
            int[] hours = new int[classes];
            for (int i = 0; i < classes; i++) {
                firstStep[i] = first[order[i]];
                hours[i] = count[order[i]];
            }
            return new WindowClasses(Arrays.copyOf(order, classes), firstStep, hours);
        });
    }

    public String sourceName() {
        return sourceName;
    }

    public String locationName() {
        return locationName;
    }

    /** Where the file was recorded: country, region, WMO number, precipitation. */
    public Station station() {
        return station;
    }

    /** Station elevation (m). */
    public double elevationM() {
        return elevationM;
    }

    /** Number of hours in the series (8760, or 8784 for a leap year). */
    public int hours() {
        return dryBulbC.length;
    }

    /** Dry-bulb temperature of hour {@code i} (°C). */
    public double dryBulbC(int i) {
        return dryBulbC[i];
    }

    /** Dew-point temperature of hour {@code i} (°C). */
    public double dewPointC(int i) {
        return dewPointC[i];
    }

    /** Thermodynamic wet bulb of hour {@code i} at station pressure (°C). */
    public double wetBulbC(int i) {
        return wetBulbC[i];
    }

    public double maxWetBulbC() {
        return Arrays.stream(wetBulbC).max().orElseThrow();
    }

    /** Relative humidity of hour {@code i}, fraction in [0, 1]. */
    public double relativeHumidity(int i) {
        return relativeHumidity[i];
    }

    /** Station pressure of hour {@code i} (Pa). */
    public double pressurePa(int i) {
        return pressurePa[i];
    }

    public double minDryBulbC() {
        return Arrays.stream(dryBulbC).min().orElseThrow();
    }

    public double maxDryBulbC() {
        return Arrays.stream(dryBulbC).max().orElseThrow();
    }

    public double meanDryBulbC() {
        return Arrays.stream(dryBulbC).average().orElseThrow();
    }

    /** Mean station pressure (Pa): computed once, as every compile of a site reads it. */
    public double meanPressurePa() {
        return meanPressurePa;
    }

    /** A year of identical hours: for design checks and for tests that must not depend on a file. */
    /**
     * This year warmed by {@code shiftK}: every hour's dry bulb raised by it, its relative humidity
     * (as its dry bulb and dew point give it) kept, so its dew point and wet bulb follow. It is the
     * "shift" of the morphing method of Belcher, Hacker and Powell (Building Services Engineering
     * Research and Technology 26 (2005) 49-61) with one shift for every month and no stretch, and
     * relative humidity held as the simplest consistent humidity.
     */
    public WeatherSeries warmed(double shiftK) {
        if (shiftK == 0) {
            return this;
        }
        int n = dryBulbC.length;
        double[] db = new double[n];
        double[] dp = new double[n];
        double[] rh = new double[n];
        for (int i = 0; i < n; i++) {
            db[i] = dryBulbC[i] + shiftK;
            rh[i] = Psychrometrics.relativeHumidity(dryBulbC[i], Math.min(dewPointC[i], dryBulbC[i]));
            dp[i] = i > 0 && dryBulbC[i] == dryBulbC[i - 1] && dewPointC[i] == dewPointC[i - 1] ? dp[i - 1]
                    : Psychrometrics.dewPointFromVapourPressureC(rh[i] * Psychrometrics.saturationPressurePa(db[i]));
        }
        return new WeatherSeries(String.format(Locale.ROOT, "%s, warmed %+.2f K", sourceName, shiftK), locationName,
                elevationM, db, dp, rh, pressurePa, station);
    }

    public static WeatherSeries constant(double dryBulbC, double relativeHumidity, double pressurePa, int hours) {
        double[] t = new double[hours];
        double[] td = new double[hours];
        double[] rh = new double[hours];
        double[] p = new double[hours];
        double dewPoint = Psychrometrics.dewPointC(dryBulbC, relativeHumidity);
        Arrays.fill(t, dryBulbC);
        Arrays.fill(td, dewPoint);
        Arrays.fill(rh, relativeHumidity);
        Arrays.fill(p, pressurePa);
        return new WeatherSeries("constant", "constant climate", 0.0, t, td, rh, p, Station.NONE);
    }
}
