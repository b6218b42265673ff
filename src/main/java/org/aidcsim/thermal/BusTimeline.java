package org.aidcsim.thermal;

/**
 * When each bus has power through a transient window: the utility from its toggles; the generator
 * bus from the utility, or from the generators once they carry load; the UPS throughout.
 *
 * @param gridToggleS times the utility is lost or comes back (s), increasing, starting with a loss
 * @param generatorOnlineS when the generators first carried load (s); NaN when they never did
 */
public record BusTimeline(double[] gridToggleS, double generatorOnlineS) {
    public BusTimeline {
        gridToggleS = gridToggleS.clone();
    }

    /** True when the utility is up at {@code timeS}. */
    public boolean utilityUp(double timeS) {
        int passed = 0;
        while (passed < gridToggleS.length && gridToggleS[passed] <= timeS) {
            passed++;
        }
        return passed % 2 == 0;
    }

    /** True when {@code feed} has power at {@code timeS}. */
    public boolean up(Feed feed, double timeS) {
        return switch (feed) {
            case UPS -> true;
            case UTILITY -> utilityUp(timeS);
            case GENERATOR -> utilityUp(timeS) || generatorOnlineS <= timeS;
        };
    }

    /**
     * The share of its duty {@code load} gives at {@code timeS}: 0 from the moment its bus drops
     * (and through its restart delay after the bus returns), then rising linearly over its ramp.
     * {@code sinceS} is when its bus last came back, or −∞ while it never dropped.
     */
    public double duty(CoolingLoad load, double timeS, double sinceS) {
        if (!up(load.feed(), timeS)) {
            return 0.0;
        }
        double running = timeS - sinceS - load.restartDelayS();
        if (running < 0) {
            return 0.0;
        }
        return load.rampS() > 0 ? Math.min(1.0, running / load.rampS()) : 1.0;
    }
}
