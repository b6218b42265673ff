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

    /**
     * IT power of each group at {@code timeS} (W), written into {@code groupPowerW}.
     *
     * @return the sum over groups (W)
     */
    public double powerW(double timeS, double[] groupPowerW) {
        double sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            double p = groups.get(g).powerW(timeS);
            groupPowerW[g] = p;
            sum += p;
        }
        return sum;
    }

    /**
     * Mean IT power of each group over a step (W), written into {@code groupPowerW}.
     *
     * @return the sum over groups (W)
     */
    public double meanPowerW(double startS, double durationS, double[] groupPowerW) {
        double sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            double p = groups.get(g).meanPowerW(startS, durationS);
            groupPowerW[g] = p;
            sum += p;
        }
        return sum;
    }

    /** The same racks drawing {@code fraction} of what they draw now (each group's utilization scaled), fraction in [0, 1]. */
    public ItLoad scaled(double fraction) {
        return new ItLoad(groups.stream().map(g -> new RackGroup(g.name(), g.racks(), g.rackPowerW(), g.utilization() * fraction,
                g.profile())).toList());
    }

    /** True when every group draws the same at every step (see {@link LoadProfile#flat()}). */
    public boolean flat() {
        return groups.stream().allMatch(g -> g.profile().flat());
    }

    /** True when every group's profile repeats its values (see {@link LoadProfile#repeats()}). */
    public boolean repeats() {
        return groups.stream().allMatch(g -> g.profile().repeats());
    }

    /**
     * Sum of the groups' peaks (W): the highest draw the load profiles reach, which no hour exceeds;
     * how the site runs, not what it is sized for (see {@link DesignBasis}).
     */
    public double peakPowerW() {
        double sum = 0;
        for (RackGroup g : groups) {
            sum += g.peakPowerW();
        }
        return sum;
    }

    /** Racks × rack power at full utilization (W): the IT nameplate, as the cooling technology leaves it (server fans removed by immersion). */
    public double nameplatePowerW() {
        double w = 0;
        for (RackGroup g : groups) {
            w += g.racks() * g.rackPowerW();
        }
        return w;
    }

    public int rackCount() {
        int n = 0;
        for (RackGroup g : groups) {
            n += g.racks();
        }
        return n;
    }
}
