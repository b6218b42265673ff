package org.aidcsim.it;

import java.util.Arrays;

/**
 * A measured load trace, interpolated linearly between samples and held at its ends; as a
 * profile it is a fraction of the trace's own peak.
 */
public final class TraceProfile implements LoadProfile {
    private final double[] timesS;
    private final double[] powersW;
    private final double peakW;

    /**
     * @param timesS sample times (s), strictly increasing
     * @param powersW sample powers (W), ≥ 0
     */
    public TraceProfile(double[] timesS, double[] powersW) {
        if (timesS.length < 2 || timesS.length != powersW.length) {
            throw new IllegalArgumentException("a trace needs at least two samples");
        }
        this.timesS = timesS.clone();
        this.powersW = powersW.clone();
        this.peakW = Arrays.stream(powersW).max().orElse(0);
    }

    public double peakW() {
        return peakW;
    }

    public double startS() {
        return timesS[0];
    }

    public double endS() {
        return timesS[timesS.length - 1];
    }

    @Override
    public double fraction(double timeS) {
        return peakW > 0 ? powerW(timeS) / peakW : 0.0;
    }

    /** Power at {@code timeS} (W). */
    public double powerW(double timeS) {
        int n = timesS.length;
        if (timeS <= timesS[0]) {
            return powersW[0];
        }
        if (timeS >= timesS[n - 1]) {
            return powersW[n - 1];
        }
        int i = Arrays.binarySearch(timesS, timeS);
        if (i >= 0) {
            return powersW[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double w = (timeS - timesS[lo]) / (timesS[hi] - timesS[lo]);
        return powersW[lo] + w * (powersW[hi] - powersW[lo]);
    }
}
