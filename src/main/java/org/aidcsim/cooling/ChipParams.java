package org.aidcsim.cooling;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The hottest chip on the liquid loop, as its thermal design guide and the cold plate's (or heat
 * sink's) data sheet give it.
 *
 * @param powerW heat of one chip at design (W)
 * @param caseLimitC highest case (lid) temperature allowed (°C)
 * @param resistanceKPerW case to coolant inlet (single-phase) or to the boiling fluid (two-phase),
 *        with water at the design flow for single-phase loops (K/W); NaN when a cold-plate curve gives it
 * @param convectiveShare share of that resistance that is convection to the fluid (the rest is
 *        conduction through the lid, interface material and plate base), in [0, 1]
 * @param coldPlate the cold plate's resistance against flow, measured; empty for a single resistance
 * @param plateFlowM3PerS coolant through the chip's cold plate at design (m³/s); empty: the flow that
 *        carries the chip's heat at the loop's design rise
 */
public record ChipParams(double powerW, double caseLimitC, double resistanceKPerW, double convectiveShare,
        Optional<ColdPlateCurve> coldPlate, OptionalDouble plateFlowM3PerS) {

    /** A chip on a single resistance, rated with water at the design flow. */
    public ChipParams(double powerW, double caseLimitC, double resistanceKPerW, double convectiveShare) {
        this(powerW, caseLimitC, resistanceKPerW, convectiveShare, Optional.empty(), OptionalDouble.empty());
    }
}
