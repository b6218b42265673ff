package org.aidcsim.study;

import java.util.Arrays;
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

    /** The points of a study by sample number; safe to read from any thread. */
    public interface Points {
        /** Point {@code i}: its {@code d} coordinates, each in (0, 1). */
        double[] at(int i);
    }

    /**
     * {@code n} points of {@code d} coordinates from {@code seed}. A Latin hypercube is drawn whole (each input's
     * strata are a permutation of all n); a Sobol' or random point is computed from its number alone, so that a
     * study of 10⁹ samples holds none of them and each executor of a cluster computes only its own.
     */
    public Points draw(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        switch (this) {
            case LATIN_HYPERCUBE -> {
                double[] flat = new double[n * d];
                for (int k = 0; k < d; k++) {
                    int[] strata = permutation(n, random);
                    for (int i = 0; i < n; i++) {
                        flat[i * d + k] = (strata[i] + open(random)) / n;
                    }
                }
                return i -> Arrays.copyOfRange(flat, i * d, i * d + d);
            }
            case SOBOL -> {
                SobolSequenceGenerator sobol = new SobolSequenceGenerator(Math.max(1, d));
                double[] shift = new double[d];
                for (int k = 0; k < d; k++) {
                    shift[k] = random.nextDouble();
                }
                return i -> {
                    double[] x;
                    synchronized (sobol) { // the generator keeps its last point: one caller at a time
                        x = sobol.skipTo(i); // Gray-code jump: the same point as the i-th call of nextVector
                    }
                    double[] out = new double[d];
                    for (int k = 0; k < d; k++) {
                        double u = x[k] + shift[k];
                        out[k] = inside(u - Math.floor(u));
                    }
                    return out;
                };
            }
            default -> {
                long base = random.nextLong();
                return i -> {
                    // a generator per point, seeded by the point's number through a 64-bit mixer (Stafford's variant
                    // 13, SplittableRandom's own): points independent of the order they are asked for
                    SplittableRandom own = new SplittableRandom(mix(base + GOLDEN_GAMMA * (i + 1L)));
                    double[] out = new double[d];
                    for (int k = 0; k < d; k++) {
                        out[k] = open(own);
                    }
                    return out;
                };
            }
        }
    }

    /**
     * {@code n} points of {@code d} coordinates, each in (0, 1), from {@code seed}.
     *
     * @return points[i][k]: coordinate k of point i
     */
    public double[][] points(int n, int d, long seed) {
        Points p = draw(n, d, seed);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = p.at(i);
        }
        return out;
    }

    /** The odd constant of SplittableRandom's and SplitMix64's seed sequence: 2⁶⁴ divided by the golden ratio. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** Stafford's "Mix13" 64-bit finalizer (the mixer of SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
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
