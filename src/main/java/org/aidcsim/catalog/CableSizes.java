package org.aidcsim.catalog;

/**
 * Standard conductor cross-sections and how large feeders are built from them. Feeders of a data
 * center carry thousands of amperes; they are parallel sets of standard cables (or busway), never
 * one conductor of an arbitrary section.
 */
public final class CableSizes {
    /** Nominal cross-sections of IEC 60228 (class 1 and 2 conductors) up to 630 mm² (mm²). */
    private static final double[] STANDARD_MM2 = {1.5, 2.5, 4, 6, 10, 16, 25, 35, 50, 70, 95, 120, 150, 185, 240, 300, 400, 500,
        630};
    /**
     * Largest section used in parallel sets (mm²). Assumption: large LV feeders are built of
     * parallel 240 mm² single cores, the largest size that installers pull, bend and terminate
     * routinely; the larger sections of IEC 60228 serve single runs.
     */
    public static final double LARGEST_PARALLEL_MM2 = 240;
    public static final String SOURCE = "IEC 60228 nominal cross-sections; parallel sets of at most 240 mm² (assumption: "
            + "the largest size routinely pulled and terminated)";

    private CableSizes() {
    }

    /** The smallest standard section at least {@code mm2}; NaN above the largest. */
    public static double atLeast(double mm2) {
        for (double s : STANDARD_MM2) {
            if (s >= mm2 * (1 - 1e-12)) {
                return s;
            }
        }
        return Double.NaN;
    }

    /** The standard section just below {@code mm2}, or 0 below the smallest. */
    public static double below(double mm2) {
        double out = 0;
        for (double s : STANDARD_MM2) {
            if (s < mm2) {
                out = s;
            }
        }
        return out;
    }
}
