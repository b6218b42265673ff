package org.aidcsim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnnualTraceProfileTest {
    @Test
    void stepMeansAreTimeWeightedAcrossIntervalsAndYears() {
        // 15-minute intervals: an hourly step takes the mean of four, a 5-minute step one interval's value.
        double[] f = new double[35_040];
        for (int i = 0; i < f.length; i++) {
            f[i] = (i % 4) * 0.25;
        }
        AnnualTraceProfile p = new AnnualTraceProfile(900, f);
        assertEquals((0 + 0.25 + 0.5 + 0.75) / 4, p.meanFraction(0, 3600), 1e-12);
        assertEquals(0.5, p.meanFraction(1800, 300), 1e-12);
        assertEquals((0.75 * 450 + 0 * 450) / 900, p.meanFraction(2700 + 450, 900), 1e-12, "half of two intervals");
        assertEquals(p.meanFraction(0, 3600), p.meanFraction(365 * 86_400.0, 3600), 1e-12, "the next year repeats the trace");
        assertEquals(0.75, p.fraction(2700), 0.0);
    }
}
