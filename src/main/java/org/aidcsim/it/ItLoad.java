package org.aidcsim.it;

import java.util.List;

/** All rack groups of a site. */
public record ItLoad(List<RackGroup> groups) {
    public ItLoad {
        groups = List.copyOf(groups);
    }

    /** IT power at the rack inputs at {@code timeS} (W). */
    public double powerW(double timeS) {
        double sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            sum += groups.get(g).powerW(timeS);
        }
        return sum;
    }

    /** Sum of the groups' peaks (W): the design IT load, which no hour exceeds. */
    public double designPowerW() {
        double sum = 0;
        for (RackGroup g : groups) {
            sum += g.peakPowerW();
        }
        return sum;
    }

    public int rackCount() {
        int n = 0;
        for (RackGroup g : groups) {
            n += g.racks();
        }
        return n;
    }
}
