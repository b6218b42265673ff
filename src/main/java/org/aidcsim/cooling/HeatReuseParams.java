package org.aidcsim.cooling;

/**
 * A heat user fed from the facility-water return of the liquid loop, as designed, in SI.
 *
 * @param demandW heat the user takes at its supply temperature, at most (W)
 * @param supplyTempC temperature the user needs its heat at (°C)
 * @param belowOutdoorC heat is taken only in steps whose outdoor dry bulb is below this (°C);
 *        +∞ for all year
 * @param heatPumpCarnotFraction heat pump COP / Carnot COP, in (0, 1)
 * @param approachK temperature difference across each exchanger: source water to evaporator, condenser to user (K)
 */
public record HeatReuseParams(double demandW, double supplyTempC, double belowOutdoorC, double heatPumpCarnotFraction,
        double approachK) {
}
