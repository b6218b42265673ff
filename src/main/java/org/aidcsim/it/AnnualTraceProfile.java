package org.aidcsim.it;

/**
 * A measured load: one fraction of the group's peak per interval of a year (interval-start
 * timestamps, as DCIM exports them), repeated year after year. A step's mean is the exact
 * time-weighted mean of the intervals it overlaps, from running sums, so a 1-minute trace feeds an
 * hourly run its hourly energy and a 1-minute run its minutes.
 */
public final class AnnualTraceProfile implements LoadProfile {
    private final double intervalS;
    private final double[] fraction;
    /** cumulative[i] = Σ fraction[0..i) × interval: the trace's energy in peak-seconds up to interval i. */
    private final double[] cumulative;
    private final double yearS;

    /**
     * @param intervalS length of one interval (s)
     * @param fractions the year's fractions of peak, each in [0, 1]
     */
    public AnnualTraceProfile(double intervalS, double[] fractions) {
        if (!(intervalS > 0) || fractions.length == 0) {
            throw new IllegalArgumentException("a trace needs intervals");
        }
        this.intervalS = intervalS;
        this.fraction = fractions.clone();
        this.cumulative = new double[fractions.length + 1];
        for (int i = 0; i < fractions.length; i++) {
            if (!(fractions[i] >= 0 && fractions[i] <= 1)) {
                throw new IllegalArgumentException("trace fractions must be in [0, 1]");
            }
            cumulative[i + 1] = cumulative[i] + fractions[i] * intervalS;
        }
        this.yearS = fractions.length * intervalS;
    }

    @Override
    public double fraction(double timeS) {
        int i = (int) ((timeS % yearS) / intervalS);
        return fraction[Math.min(i, fraction.length - 1)];
    }

    @Override
    public double meanFraction(double startS, double durationS) {
        // A step inside one interval (an hourly run of an hourly trace: every step) draws that interval's fraction.
        double inYear = startS % yearS;
        int i = (int) (inYear / intervalS);
        if (i < fraction.length && inYear + durationS <= (i + 1) * intervalS) {
            return fraction[i];
        }
        return (energyUntil(startS + durationS) - energyUntil(startS)) / durationS;
    }

    /** The trace's energy in peak-seconds from 0 to {@code timeS}, over whole years and the part of one. */
    private double energyUntil(double timeS) {
        double years = Math.floor(timeS / yearS);
        double inYear = timeS - years * yearS;
        int i = Math.min((int) (inYear / intervalS), fraction.length - 1);
        return years * cumulative[fraction.length] + cumulative[i] + (inYear - i * intervalS) * fraction[i];
    }
}
