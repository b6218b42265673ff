package org.aidcsim.cooling;

/**
 * The air side of a hall as sized: CRAH fans push supply air through the racks, it returns warmer,
 * and a chilled-water coil (or, with an airside economizer, outdoor air) removes the heat.
 *
 * @param crahFans CRAH fans, sized on the air path's design heat
 * @param chilledWater chilled-water loop feeding the coils
 * @param economizer outdoor air let in while it is cold and dry enough (disabled when the design has none)
 */
public record AirPath(AffinityMover crahFans, HeatRejectionLoop chilledWater, AirsideEconomizer economizer) {

    /** Air supplied to the IT inlets (°C). */
    public double supplyAirTempC() {
        return economizer.supplyAirTempC();
    }

    /** Air returning from the hot aisle (°C). */
    public double returnAirTempC() {
        return economizer.returnAirTempC();
    }
}
