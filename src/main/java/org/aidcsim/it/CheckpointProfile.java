package org.aidcsim.it;

/**
 * Steady training with a checkpoint dip every interval: the accelerators idle at {@code dipFraction}
 * of their draw for {@code dipS} while the model state is written, then return to full draw. The
 * dips start on the interval's multiples from 1 January 00:00. Shorter than an hour, such a dip is
 * what an hourly mean hides and a 1-minute run shows.
 *
 * @param intervalS time from one checkpoint to the next (s)
 * @param dipS length of a checkpoint (s), less than the interval
 * @param dipFraction draw during a checkpoint, fraction of peak in [0, 1]
 */
public record CheckpointProfile(double intervalS, double dipS, double dipFraction) implements LoadProfile {
    public CheckpointProfile {
        if (!(intervalS > 0 && dipS > 0 && dipS < intervalS && dipFraction >= 0 && dipFraction <= 1)) {
            throw new IllegalArgumentException("invalid checkpoint profile");
        }
    }

    @Override
    public double fraction(double timeS) {
        return timeS % intervalS < dipS ? dipFraction : 1.0;
    }

    /** Exact: the time spent in dips within the step, weighted. */
    @Override
    public double meanFraction(double startS, double durationS) {
        double inDips = dipTimeUntil(startS + durationS) - dipTimeUntil(startS);
        return (inDips * dipFraction + (durationS - inDips)) / durationS;
    }

    /** ∫₀ᵗ fraction dt (s): full draw, less what the dips take. */
    double integral(double timeS) {
        return timeS - dipTimeUntil(timeS) * (1 - dipFraction);
    }

    /** Time spent in dips from 0 to {@code timeS} (s). */
    private double dipTimeUntil(double timeS) {
        return Math.floor(timeS / intervalS) * dipS + Math.min(timeS % intervalS, dipS);
    }
}
