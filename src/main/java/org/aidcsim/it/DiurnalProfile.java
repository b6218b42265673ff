package org.aidcsim.it;

import org.aidcsim.units.Units;

/**
 * A daily cosine between {@code minFraction} (12 h from the peak) and 1 (at {@code peakHour}):
 * the shape of inference and enterprise traffic that follows its users' day.
 *
 * @param minFraction draw at the daily trough, fraction of peak in [0, 1]
 * @param peakHour local hour of the daily peak, in [0, 24)
 */
public record DiurnalProfile(double minFraction, double peakHour) implements LoadProfile {

    public DiurnalProfile {
        if (!(minFraction >= 0 && minFraction <= 1)) {
            throw new IllegalArgumentException("minFraction must be in [0, 1]: " + minFraction);
        }
        if (!(peakHour >= 0 && peakHour < 24)) {
            throw new IllegalArgumentException("peakHour must be in [0, 24): " + peakHour);
        }
    }

    @Override
    public double fraction(double timeS) {
        // Reduce to the time of day first: every day then gives bit-identical values, which lets runs memoize.
        double dayS = timeS % Units.SECONDS_PER_DAY;
        double phase = 2 * Math.PI * (dayS / Units.SECONDS_PER_DAY - peakHour / 24.0);
        return minFraction + (1 - minFraction) * 0.5 * (1 + Math.cos(phase));
    }

    @Override
    public boolean repeats() {
        return true;
    }
}
