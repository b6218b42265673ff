package org.aidcsim.cooling;

import com.fasterxml.jackson.annotation.JsonValue;
import org.aidcsim.catalog.Keyed;

/** How IT heat leaves the racks. */
public enum CoolingTechnology implements Keyed {
    /** All IT heat to room air, removed by CRAHs on a chilled-water plant. */
    AIR("air"),
    /** Cold plates on CPU/GPU/switches carry most heat to a liquid loop via CDUs; the rest goes to air. */
    COLD_PLATE("cold_plate"),
    /** Single-phase immersion: servers sit in a circulated dielectric fluid. */
    IMMERSION("immersion"),
    /** Two-phase immersion: the fluid boils on the chips and condenses on a water-cooled coil; no fluid pumps. */
    IMMERSION_TWO_PHASE("immersion_two_phase"),
    /** Dielectric fluid sprayed onto hot components inside sealed servers. */
    SPRAY("spray");

    private final String key;

    CoolingTechnology(String key) {
        this.key = key;
    }

    /** The name used in scenario files. */
    @JsonValue
    @Override
    public String key() {
        return key;
    }

    /** True when part of the IT heat goes to a liquid loop. */
    public boolean hasLiquidLoop() {
        return this != AIR;
    }
}
