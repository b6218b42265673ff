package org.aidcsim.metrics;

/**
 * Where the year's heat went, stated plainly: what entered the air path and the liquid loop, the
 * fan, pump and chiller work that turns into heat on top of it, and what left the site outdoors or
 * to a heat user. Both sides add up: the difference is rounding.
 *
 * @param intoAirJ heat that entered the air path: IT heat not captured, chain losses in cooled rooms, support and standby loads (J)
 * @param intoLiquidJ heat that entered the liquid loop: IT heat captured and chain losses to it (J)
 * @param fansJ fan work, air handlers and heat rejection, all of it heat in the air or water it moves (J)
 * @param pumpsJ pump work, every loop, all of it heat in the fluid (J)
 * @param chillersJ compressor work, rejected with the heat at the condensers (J)
 * @param rejectedJ heat sent outdoors: dry coolers, towers, condensers and airside-economizer exhaust (J)
 * @param reusedJ heat exported to a heat user from the facility-water return (J); 0 without one
 */
public record HeatBalance(double intoAirJ, double intoLiquidJ, double fansJ, double pumpsJ, double chillersJ, double rejectedJ,
        double reusedJ) {

    public static HeatBalance of(AnnualMetrics m) {
        return new HeatBalance(m.heatToAirEnergyJ(), m.heatToLiquidEnergyJ(), m.fanEnergyJ(), m.pumpEnergyJ(), m.chillerEnergyJ(),
                m.heatRejectedEnergyJ(), Double.isNaN(m.heatReusedEnergyJ()) ? 0.0 : m.heatReusedEnergyJ());
    }

    /** Everything that became heat inside the site (J). */
    public double inJ() {
        return intoAirJ + intoLiquidJ + fansJ + pumpsJ + chillersJ;
    }

    /** Everything that left it (J). */
    public double outJ() {
        return rejectedJ + reusedJ;
    }
}
