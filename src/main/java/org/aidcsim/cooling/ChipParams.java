package org.aidcsim.cooling;

/**
 * The hottest chip on the liquid loop, as its thermal design guide and the cold plate's (or heat
 * sink's) data sheet give it.
 *
 * @param powerW heat of one chip at design (W)
 * @param caseLimitC highest case (lid) temperature allowed (°C)
 * @param resistanceKPerW case to coolant inlet (single-phase) or to the boiling fluid (two-phase),
 *        with water at the design flow for single-phase loops (K/W)
 * @param convectiveShare share of that resistance that is convection to the fluid (the rest is
 *        conduction through the lid, interface material and plate base), in [0, 1]
 */
public record ChipParams(double powerW, double caseLimitC, double resistanceKPerW, double convectiveShare) {
}
