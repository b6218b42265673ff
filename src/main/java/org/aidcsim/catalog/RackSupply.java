package org.aidcsim.catalog;

import java.util.Optional;

/**
 * How a rack turns its feed into the servers' low voltage. Conventional servers carry their own
 * supplies, typically 1+1 per server, each at 30-60 % of its rating; rack-scale AI systems share
 * power shelves of tens of kW. A preset's in-rack stage follows the rack group's choice.
 */
public enum RackSupply implements Keyed {
    /** Decided by the rack's power: server supplies up to {@link #AUTO_THRESHOLD_W}, power shelves above. */
    AUTO("auto"),
    /** Each server's own supplies, 1+1. */
    SERVER_PSUS("server_psus"),
    /** Rack power shelves, N+1. */
    POWER_SHELVES("power_shelves");

    /**
     * Rack power up to which {@code auto} means server supplies (W). Assumption: conventional racks
     * of 2-socket servers draw 3-8 kW and dense CPU or storage racks up to about 20 kW; rack-scale
     * AI systems that share power shelves draw from about 40 kW up.
     */
    public static final double AUTO_THRESHOLD_W = 20e3;

    private final String key;

    RackSupply(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** {@link #SERVER_PSUS} or {@link #POWER_SHELVES}: {@code auto} decided for a rack of {@code rackPowerW}. */
    public RackSupply resolve(double rackPowerW) {
        if (this != AUTO) {
            return this;
        }
        return rackPowerW <= AUTO_THRESHOLD_W ? SERVER_PSUS : POWER_SHELVES;
    }

    public static Optional<RackSupply> ofKey(String key) {
        return Keyed.ofKey(RackSupply.class, key);
    }
}
