package org.aidcsim.study;

import java.util.Optional;
import java.util.SplittableRandom;
import org.aidcsim.catalog.Keyed;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * How a study draws its points in the unit cube, one coordinate per uncertain input, each
 * reproducible from the seed.
 */
public enum Sampling implements Keyed {
    /**
     * Latin hypercube (McKay, Beckman and Conover, Technometrics 21 (1979) 239-245): each input's
     * range cut into n equal-probability strata, one point in each, the strata of the inputs paired
     * by independent random permutations; a point's place in its stratum is uniform.
     */
    LATIN_HYPERCUBE("latin_hypercube"),
    /**
     * A Sobol' sequence (Joe and Kuo's direction numbers, Commons Math's generator) shifted by a
     * seeded uniform vector modulo 1 (a Cranley-Patterson rotation), since the plain sequence is the
     * same for every seed and starts at the origin.
     */
    SOBOL("sobol"),
    /** Independent uniform points: the plain Monte Carlo reference. */
    RANDOM("random");

    private final String key;

    Sampling(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Optional<Sampling> ofKey(String key) {
        return Keyed.ofKey(Sampling.class, key);
    }

    /** The most inputs a Sobol' study takes: Commons Math's direction numbers cover 1,000 dimensions. */
    public static final int MAX_SOBOL_DIMENSIONS = 1000;

    /**
     * {@code n} points of {@code d} coordinates, each in (0, 1), from {@code seed}.
     *
     * @return points[i][k]: coordinate k of point i
     */
    public double[][] points(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] out = new double[n][d];
        switch (this) {
            case LATIN_HYPERCUBE -> {
                for (int k = 0; k < d; k++) {
                    int[] strata = permutation(n, random);
                    for (int i = 0; i < n; i++) {
                        out[i][k] = (strata[i] + open(random)) / n;
                    }
                }
            }
            case SOBOL -> {
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(Math.max(1, d));
                double[] shift = new double[d];
                for (int k = 0; k < d; k++) {
                    shift[k] = random.nextDouble();
                }
                for (int i = 0; i < n; i++) {
                    double[] x = sobol.nextVector();
                    for (int k = 0; k < d; k++) {
                        double u = x[k] + shift[k];
                        out[i][k] = inside(u - Math.floor(u));
                    }
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < d; k++) {
                        out[i][k] = open(random);
                    }
                }
            }
        }
        return out;
    }

    /** A uniform number in (0, 1), never 0: a quantile at 0 is −∞ for unbounded distributions. */
    private static double open(SplittableRandom random) {
        return inside(random.nextDouble());
    }

    private static double inside(double u) {
        return u > 0 ? u : Double.MIN_NORMAL;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher-Yates). */
    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
