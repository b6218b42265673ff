package org.aidcsim.catalog;

/**
 * Copper busbar trunking (IEC 61439-6) by its maker's ratings: Schneider Electric Canalis KTC, rated
 * currents at 35 °C air and the phase conductor's mean resistance at 20 °C (R20) and at rated current
 * in 35 °C air (R1), from its characteristics tables (Canalis KTC 3L+PE design guide). The catalogue
 * rates it for 1000 V AC and says "consult us" for DC: its use on 800 V DC is to confirm with the maker;
 * DC has no skin effect, so the AC current rating is the harder of the two.
 */
public final class BuswayRatings {
    /** Rated currents (A). */
    private static final double[] RATED_A = {1000, 1350, 1600, 2000, 2500, 3200, 4000, 5000};
    /** Phase conductor resistance at 20 °C (Ω/m). */
    private static final double[] R20_OHM_PER_M = {0.041e-3, 0.029e-3, 0.024e-3, 0.018e-3, 0.014e-3, 0.012e-3, 0.009e-3, 0.007e-3};
    /** The same at rated current in 35 °C air (Ω/m). */
    private static final double[] R_RATED_OHM_PER_M = {0.049e-3, 0.035e-3, 0.029e-3, 0.022e-3, 0.018e-3, 0.015e-3, 0.012e-3,
        0.009e-3};
    /** Air of the ratings (°C). */
    public static final double RATED_AIR_C = 35.0;
    public static final String SOURCE = "Schneider Electric Canalis KTC (copper, IEC 61439-6): rated current at 35 °C, R20 and "
            + "R at rated current (design guide characteristics); DC use to confirm with the maker";

    private BuswayRatings() {
    }

    /** Index of the smallest rating carrying {@code currentA}, or -1 above the largest. */
    public static int ratingFor(double currentA) {
        for (int i = 0; i < RATED_A.length; i++) {
            if (RATED_A[i] >= currentA * (1 - 1e-12)) {
                return i;
            }
        }
        return -1;
    }

    /** The largest rating (A). */
    public static double largestA() {
        return RATED_A[RATED_A.length - 1];
    }

    /** How many ratings there are. */
    public static int count() {
        return RATED_A.length;
    }

    public static double ratedA(int i) {
        return RATED_A[i];
    }

    public static double r20OhmPerM(int i) {
        return R20_OHM_PER_M[i];
    }

    /**
     * Conductor temperature at rated current in 35 °C air (°C), from the rise of resistance the maker
     * gives: R1 / R20 = 1 + α(θ − 20) with copper's α = 0.00393 /K. The resistances have two or three
     * digits, so these temperatures are good to about ±10 K (4000 A comes out at 105 °C, 5000 A at 93 °C).
     */
    public static double ratedConductorC(int i) {
        return 20 + (R_RATED_OHM_PER_M[i] / R20_OHM_PER_M[i] - 1) / 0.00393;
    }
}
