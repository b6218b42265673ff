package org.aidcsim.it;

/**
 * Identical racks that share a load profile.
 *
 * @param name group name, for reports
 * @param racks number of racks (≥ 0)
 * @param rackPowerW power one rack draws at the rack input at full utilization (W)
 * @param utilization average fraction of rack power drawn at the profile's peak, in [0, 1]
 * @param profile shape of the draw in time
 */
public record RackGroup(String name, int racks, double rackPowerW, double utilization, LoadProfile profile) {
    public RackGroup {
        if (racks < 0 || !(rackPowerW >= 0) || !(utilization >= 0 && utilization <= 1)) {
            throw new IllegalArgumentException("invalid rack group " + name);
        }
    }

    /** The group's highest draw (W): every rack at its utilization, profile at 1. */
    public double peakPowerW() {
        return racks * rackPowerW * utilization;
    }

    /** The group's draw at {@code timeS} (W). */
    public double powerW(double timeS) {
        return peakPowerW() * profile.fraction(timeS);
    }

    /** The group's mean draw over a step from {@code startS} lasting {@code durationS} (W). */
    public double meanPowerW(double startS, double durationS) {
        return peakPowerW() * profile.meanFraction(startS, durationS);
    }
}
