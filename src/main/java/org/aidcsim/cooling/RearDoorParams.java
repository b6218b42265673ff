package org.aidcsim.cooling;

import java.util.List;

/**
 * Rear-door heat exchangers as designed, in SI: one door per rack of the groups that have them,
 * each rated at one point (heat removed with air entering and leaving the coil at stated
 * temperatures, water entering at a stated temperature and rising by a stated amount).
 *
 * @param active true for doors with their own fans, false for passive doors moved by the servers' fans
 * @param groups the rack groups with doors, by name; empty for every group
 * @param onFacilityWater true when the doors sit on the facility-water loop (liquid halls), false for chilled water
 * @param ratedW heat one door removes at its rating (W)
 * @param ratedAirInC air entering the coil at the rating (°C)
 * @param ratedAirOutC air leaving the coil at the rating (°C)
 * @param ratedWaterInC water entering at the rating (°C)
 * @param ratedWaterRiseK water rise at the rating (K): sets the door's water flow, held at every load
 * @param maxRackW most heat a rack may send through its door (W), the door's largest model
 * @param fanPowerFraction an active door's fan power at its rated airflow over its rated heat
 */
public record RearDoorParams(boolean active, List<String> groups, boolean onFacilityWater, double ratedW, double ratedAirInC,
        double ratedAirOutC, double ratedWaterInC, double ratedWaterRiseK, double maxRackW, double fanPowerFraction) {
    public RearDoorParams {
        groups = List.copyOf(groups);
    }

    /** True when the group {@code name} has doors. */
    public boolean covers(String name) {
        return groups.isEmpty() || groups.contains(name);
    }

    /** One door's coil at its rating. */
    public DoorCoil coil() {
        return DoorCoil.rated(ratedW, ratedAirInC, ratedWaterInC, ratedW / (ratedAirInC - ratedAirOutC), ratedW / ratedWaterRiseK);
    }
}
