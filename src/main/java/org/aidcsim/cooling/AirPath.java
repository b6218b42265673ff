package org.aidcsim.cooling;

import java.util.Optional;

/**
 * The air side of a hall as sized: CRAH fans push supply air through the racks, it returns warmer,
 * and a chilled-water coil (or, with an airside economizer, outdoor air) removes the heat.
 *
 * @param crahFans CRAH fans, sized on the air path's design heat
 * @param chilledWater chilled-water loop feeding the coils
 * @param economizer outdoor air let in while it is cold and dry enough (disabled when the design has none)
 * @param handler what cools the air before the coils
 * @param rearDoors the racks' rear doors as sized, group by group; empty without doors
 */
public record AirPath(AffinityMover crahFans, HeatRejectionLoop chilledWater, AirsideEconomizer economizer, AirHandler handler,
        Optional<RearDoorDesign> rearDoors) {

    /** Air supplied to the IT inlets (°C). */
    public double supplyAirTempC() {
        return economizer.supplyAirTempC();
    }

    /** Air returning from the hot aisle (°C). */
    public double returnAirTempC() {
        return economizer.returnAirTempC();
    }
}
