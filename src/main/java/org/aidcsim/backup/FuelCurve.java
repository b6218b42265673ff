package org.aidcsim.backup;

import org.aidcsim.units.Units;

/**
 * Diesel consumption against load, per kW of generator rating, interpolated linearly (extended
 * linearly to no load). Default: Cummins QSK60-G4 at 1500 rpm, 394 / 291 / 200 / 114 L/h at
 * 100 / 75 / 50 / 25 % of its 1730 kWm prime rating (Cummins QSK60-G4 data sheet), per kW of the ~1600 kWe it delivers.
 *
 * @param loadFractions increasing load fractions in (0, 1]
 * @param litresPerHourPerKw fuel per hour per kW of rating at each load
 */
public record FuelCurve(double[] loadFractions, double[] litresPerHourPerKw) {
    /** QSK60-G4: L/h at 25/50/75/100 % load, per kWe of a 1600 kWe set. */
    public static final FuelCurve QSK60 = new FuelCurve(new double[] {0.25, 0.5, 0.75, 1.0},
            new double[] {114 / 1600.0, 200 / 1600.0, 291 / 1600.0, 394 / 1600.0});

    public FuelCurve {
        loadFractions = loadFractions.clone();
        litresPerHourPerKw = litresPerHourPerKw.clone();
        if (loadFractions.length < 2 || loadFractions.length != litresPerHourPerKw.length) {
            throw new IllegalArgumentException("a fuel curve needs at least two points");
        }
    }

    /** Fuel rate (L/s) of a set rated {@code ratingW} delivering {@code outputW}. */
    public double litresPerSecond(double outputW, double ratingW) {
        double x = outputW / ratingW;
        double[] xs = loadFractions;
        double[] ys = litresPerHourPerKw;
        int i = 1;
        while (i < xs.length - 1 && x > xs[i]) {
            i++;
        }
        double perKw = ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
        return Math.max(0.0, perKw) * Units.wToKw(ratingW) / Units.SECONDS_PER_HOUR;
    }
}
