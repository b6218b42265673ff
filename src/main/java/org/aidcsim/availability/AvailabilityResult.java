package org.aidcsim.availability;

import java.util.Map;

/**
 * Monte Carlo estimates with 95 % confidence half-widths (batch means over independent chunks).
 *
 * @param years simulated years
 * @param availability fraction of time the IT load had power
 * @param availabilityHalfWidth 95 % confidence half-width of the availability
 * @param downtimeMinutesPerYear expected downtime (min/year)
 * @param downtimeHalfWidth its 95 % half-width (min/year)
 * @param lossesPerYear expected IT power losses per year
 * @param lossesHalfWidth its 95 % half-width
 * @param downtimeByCause share of downtime (fraction) by the event that started each loss, largest first
 * @param componentYears component-years simulated (components × years)
 */
public record AvailabilityResult(double years, double availability, double availabilityHalfWidth, double downtimeMinutesPerYear,
        double downtimeHalfWidth, double lossesPerYear, double lossesHalfWidth, Map<String, Double> downtimeByCause,
        double componentYears) {

    /** Availability as "nines": −log10(1 − A); +∞ when nothing ever failed. */
    public double nines() {
        return availability >= 1 ? Double.POSITIVE_INFINITY : -Math.log10(1 - availability);
    }
}
