package org.aidcsim.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Inference traffic: a base level with bursts that arrive at random (a Poisson process with the
 * given mean interval, drawn once from the seed so runs are reproducible) and hold a higher level
 * for a fixed time.
 *
 * @param baseFraction level between bursts, fraction of peak
 * @param burstFraction level during a burst, fraction of peak, ≥ base
 * @param burstS duration of a burst (s)
 * @param arrivalsS burst start times (s), increasing
 */
public record InferenceBurstProfile(double baseFraction, double burstFraction, double burstS, double[] arrivalsS)
        implements LoadProfile {
    public InferenceBurstProfile {
        arrivalsS = arrivalsS.clone();
    }

    /** Draws arrivals over [0, horizonS) with exponential gaps of mean {@code meanIntervalS}. */
    public static InferenceBurstProfile poisson(double baseFraction, double burstFraction, double burstS, double meanIntervalS,
            long seed, double horizonS) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Double> arrivals = new ArrayList<>();
        double t = -meanIntervalS * Math.log(1 - random.nextDouble());
        while (t < horizonS) {
            arrivals.add(t);
            t += -meanIntervalS * Math.log(1 - random.nextDouble());
        }
        return new InferenceBurstProfile(baseFraction, burstFraction, burstS, arrivals.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public double fraction(double timeS) {
        int i = Arrays.binarySearch(arrivalsS, timeS);
        int last = i >= 0 ? i : -i - 2;
        // Arrivals increase, so if the latest one that has started is over, every earlier one is too.
        return last >= 0 && arrivalsS[last] > timeS - burstS ? burstFraction : baseFraction;
    }
}
