package org.aidcsim.it;

/**
 * How a rack group's draw varies in time, as a fraction of its peak draw.
 * Implementations return values in [0, 1] and reach 1 at their peak, so a group's peak power is
 * racks × rack power × utilization: the design point for sizing.
 */
public interface LoadProfile {
    /**
     * @param timeS seconds since 1 January 00:00 local standard time (s)
     * @return fraction of the group's peak draw in [0, 1]
     */
    double fraction(double timeS);

    /**
     * The mean fraction over a step, what the annual engine draws for it. The midpoint value by
     * default, exact for a profile that changes slowly against the step; a profile with changes
     * shorter than a step (a checkpoint dip) integrates them, so that hourly steps see an hour's
     * energy rather than whatever instant the midpoint happens to fall on.
     *
     * @param startS start of the step (s since 1 January 00:00)
     * @param durationS length of the step (s)
     */
    default double meanFraction(double startS, double durationS) {
        return fraction(startS + durationS / 2);
    }

    /**
     * True when the profile takes few distinct values that come back (flat, or the same day every
     * day): then remembering the power chain's answer per value pays; a measured trace does not repeat.
     */
    default boolean repeats() {
        return false;
    }

    /** True when the draw never changes: then the weather alone changes a step's cooling. */
    default boolean flat() {
        return false;
    }
}
