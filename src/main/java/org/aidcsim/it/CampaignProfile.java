package org.aidcsim.it;

/**
 * A training campaign: jobs of {@code jobS} that train with checkpoint dips, each followed by
 * {@code gapS} idle at {@code idleFraction} (data preparation, queueing, evaluation) before the next
 * job. The first job starts 1 January 00:00; each job's checkpoints count from its own start.
 *
 * @param training the draw inside a job
 * @param jobS length of a job (s)
 * @param gapS idle time between jobs (s), 0 for back-to-back jobs
 * @param idleFraction draw between jobs, fraction of peak in [0, 1]
 */
public record CampaignProfile(CheckpointProfile training, double jobS, double gapS, double idleFraction) implements LoadProfile {
    public CampaignProfile {
        if (!(jobS > 0 && gapS >= 0 && idleFraction >= 0 && idleFraction <= 1)) {
            throw new IllegalArgumentException("invalid campaign profile");
        }
    }

    @Override
    public double fraction(double timeS) {
        double u = timeS % (jobS + gapS);
        return u < jobS ? training.fraction(u) : idleFraction;
    }

    /** Exact: the integral over the step, jobs, dips and gaps included. */
    @Override
    public double meanFraction(double startS, double durationS) {
        return (integral(startS + durationS) - integral(startS)) / durationS;
    }

    /** ∫₀ᵗ fraction dt (s). */
    private double integral(double timeS) {
        double cycleS = jobS + gapS;
        double perCycle = training.integral(jobS) + gapS * idleFraction;
        double u = timeS % cycleS;
        double partial = u < jobS ? training.integral(u) : training.integral(jobS) + (u - jobS) * idleFraction;
        return Math.floor(timeS / cycleS) * perCycle + partial;
    }
}
