package org.aidcsim.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** The samplers and the distributions: moments against their formulas, strata, seeds. */
class SamplingTest {
    private static final int N = 20_000;

    /** Mean and variance of {@code d} over a Latin hypercube of N points, against its own formulas. */
    private static void momentsHold(Distribution d, double relativeTolerance) {
        double[][] u = Sampling.LATIN_HYPERCUBE.points(N, 1, 7);
        double[] x = Arrays.stream(u).mapToDouble(p -> d.quantile(p[0])).toArray();
        double mean = Arrays.stream(x).average().orElseThrow();
        double var = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
        double scale = Math.sqrt(d.variance()) + Math.abs(d.mean()) * 1e-9;
        assertEquals(d.mean(), mean, relativeTolerance * scale, d + " mean");
        assertEquals(d.variance(), var, relativeTolerance * d.variance(), d + " variance");
    }

    @Test
    void everyDistributionsSampleMomentsMatchItsFormulas() {
        momentsHold(new Distribution.Uniform(2, 5), 0.01);
        momentsHold(new Distribution.Normal(10, 2), 0.01);
        momentsHold(new Distribution.Triangular(0.5, 0.8, 0.95), 0.01);
        momentsHold(new Distribution.Lognormal(0.08, 0.3), 0.02);
        momentsHold(new Distribution.Discrete(List.of(1.0, 2.0, 5.0), List.of(1.0, 2.0, 1.0)), 0.01);
        // the formulas themselves, by hand: triangular (a² + b² + c² − ab − ac − bc) / 18, lognormal (e^σ² − 1)·m²·e^σ²
        assertEquals((1 + 4 + 16 - 2 - 4 - 8) / 18.0, new Distribution.Triangular(1, 2, 4).variance(), 1e-15);
        assertEquals(0.08 * Math.exp(0.045), new Distribution.Lognormal(0.08, 0.3).mean(), 1e-15);
        assertEquals(2.5, new Distribution.Discrete(List.of(1.0, 2.0, 5.0), List.of(1.0, 2.0, 1.0)).mean(), 1e-15);
    }

    @Test
    void aLatinHypercubePutsOnePointInEveryStratumOfEveryInput() {
        int n = 97;
        double[][] u = Sampling.LATIN_HYPERCUBE.points(n, 4, 42);
        for (int k = 0; k < 4; k++) {
            boolean[] seen = new boolean[n];
            for (double[] p : u) {
                int stratum = (int) (p[k] * n);
                assertFalse(seen[stratum], "stratum " + stratum + " of input " + k + " twice");
                seen[stratum] = true;
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        for (Sampling s : Sampling.values()) {
            double[][] a = s.points(50, 3, 123);
            double[][] b = s.points(50, 3, 123);
            double[][] c = s.points(50, 3, 124);
            for (int i = 0; i < 50; i++) {
                assertArrayEquals(a[i], b[i], 0.0, s + " point " + i);
                for (double x : a[i]) {
                    assertTrue(x > 0 && x < 1, s + ": in the open unit cube");
                }
            }
            assertFalse(Arrays.deepEquals(a, c), s + ": another seed, other points");
        }
    }

    @Test
    void aShiftedSobolSequenceKeepsItsEvenSpread() {
        // the first 2^k points of a Sobol' sequence fill each of 2^k equal intervals of every coordinate once, shifted or not
        double[][] u = Sampling.SOBOL.points(64, 2, 5);
        for (int k = 0; k < 2; k++) {
            int[] counts = new int[64];
            for (double[] p : u) {
                counts[(int) (p[k] * 64)]++;
            }
            for (int c : counts) {
                assertEquals(1, c, "coordinate " + k);
            }
        }
    }

    @Test
    void discreteDrawsFollowTheirWeights() {
        Distribution.Discrete d = new Distribution.Discrete(List.of(0.0, 1.0), List.of(3.0, 1.0));
        double[][] u = Sampling.LATIN_HYPERCUBE.points(4000, 1, 3);
        long ones = Arrays.stream(u).filter(p -> d.index(p[0]) == 1).count();
        assertEquals(1000, ones, 1, "a quarter of a stratified sample");
    }

    @Test
    void aSobolPointComputedFromItsNumberIsTheSequencesPoint() {
        // point 0 of the sequence is the origin, so the shift is point 0 itself; every other point is the sequence's, shifted
        Sampling.Points p = Sampling.SOBOL.draw(1000, 3, 9);
        SobolSequenceGenerator plain = new SobolSequenceGenerator(3);
        double[] shift = p.at(0);
        for (int i = 0; i < 1000; i++) {
            double[] x = plain.nextVector();
            double[] got = p.at(i);
            for (int k = 0; k < 3; k++) {
                double u = x[k] + shift[k];
                assertEquals(u - Math.floor(u), got[k], 1e-15, "point " + i + ", coordinate " + k);
            }
        }
        assertArrayEquals(p.at(999), Sampling.SOBOL.draw(1000, 3, 9).at(999), 0.0, "asked first or last, the same point");
    }

    @Test
    void aRandomPointDependsOnItsNumberAloneNotOnTheOrderAsked() {
        Sampling.Points forward = Sampling.RANDOM.draw(100, 2, 4);
        Sampling.Points backward = Sampling.RANDOM.draw(100, 2, 4);
        double[][] late = new double[100][];
        for (int i = 99; i >= 0; i--) {
            late[i] = backward.at(i);
        }
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(forward.at(i), late[i], 0.0, "point " + i);
        }
        assertFalse(Arrays.equals(forward.at(1), forward.at(2)), "points differ from each other");
    }
}
