package org.aidcsim.it;

/**
 * The synchronous power swing of AI training: each period the whole job ramps from a low level to
 * a high one, computes, and ramps back while it communicates (every 1-2 s, Choukse et al., arXiv:2508.14318, 2025; low-to-high
 * swings above 100 % of the low level). One period: ramp up, hold high, ramp down, hold low; each
 * hold is half the period less one ramp.
 *
 * @param lowFraction low level, fraction of peak
 * @param highFraction high level, fraction of peak, ≥ low
 * @param periodS swing period (s)
 * @param rampS time of each ramp (s), at most half the period
 */
public record TrainingSwingProfile(double lowFraction, double highFraction, double periodS, double rampS) implements LoadProfile {
    public TrainingSwingProfile {
        if (!(lowFraction >= 0 && highFraction >= lowFraction && highFraction <= 1 && periodS > 0 && rampS >= 0 && rampS <= periodS / 2)) {
            throw new IllegalArgumentException("invalid training swing");
        }
    }

    @Override
    public double fraction(double timeS) {
        double phase = timeS - periodS * Math.floor(timeS / periodS);
        double half = periodS / 2;
        double swing = highFraction - lowFraction;
        if (phase < rampS) {
            return lowFraction + swing * phase / rampS;
        }
        if (phase < half) {
            return highFraction;
        }
        if (phase < half + rampS) {
            return highFraction - swing * (phase - half) / rampS;
        }
        return lowFraction;
    }
}
