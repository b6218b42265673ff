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
}
