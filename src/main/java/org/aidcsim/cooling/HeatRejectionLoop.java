package org.aidcsim.cooling;

/**
 * A water loop that takes heat at {@code returnTempC} and hands it back at {@code supplyTempC},
 * with a dry cooler in front of a trim chiller (waterside economizer). Each hour:
 * <ul>
 * <li>the dry cooler can cool water to outdoor dry bulb + approach; at or below the supply
 * temperature it carries the whole load (full free cooling);</li>
 * <li>between supply and return it pre-cools, carrying the share (T_return − T_dc) / (T_return −
 * T_supply), and the chiller trims the rest (partial);</li>
 * <li>at or above the return temperature (or with no economizer) the chiller carries it all.</li>
 * </ul>
 *
 * @param supplyTempC water supplied to the load (°C)
 * @param returnTempC water returned from the load (°C), &gt; supply
 * @param economizer whether the dry cooler may carry load
 * @param dryCoolerApproachK dry-cooler leaving water − outdoor dry bulb (K)
 * @param dryCoolerFans dry-cooler fans, sized on the loop's design heat
 * @param chiller trim or full chiller
 * @param pump loop pump, sized on the loop's design heat
 */
public record HeatRejectionLoop(double supplyTempC, double returnTempC, boolean economizer,
        double dryCoolerApproachK, AffinityMover dryCoolerFans, Chiller chiller, AffinityMover pump) {
    public HeatRejectionLoop {
        if (!(returnTempC > supplyTempC)) {
            throw new IllegalArgumentException("return temperature must exceed supply temperature");
        }
    }

    /**
     * Fraction of the load the dry cooler carries at this outdoor temperature, in [0, 1].
     *
     * @param outdoorDryBulbC outdoor dry bulb (°C)
     */
    public double freeCoolingFraction(double outdoorDryBulbC) {
        if (!economizer) {
            return 0.0;
        }
        double dryCoolerLeavingC = outdoorDryBulbC + dryCoolerApproachK;
        if (dryCoolerLeavingC <= supplyTempC) {
            return 1.0;
        }
        if (dryCoolerLeavingC >= returnTempC) {
            return 0.0;
        }
        return (returnTempC - dryCoolerLeavingC) / (returnTempC - supplyTempC);
    }

    /**
     * Runs the loop for one step. Pump work becomes heat in the water, so the heat rejected is the
     * load plus the pump power.
     *
     * @param loadHeatW heat handed to the loop (W)
     * @param outdoorDryBulbC outdoor dry bulb (°C)
     * @param out receives pump, chiller and fan power (W) and the free-cooling fraction
     */
    public void step(double loadHeatW, double outdoorDryBulbC, LoopStep out) {
        double pumpW = pump.powerW(loadHeatW);
        double waterHeatW = loadHeatW + pumpW;
        double free = freeCoolingFraction(outdoorDryBulbC);
        double dryCoolerHeatW = free * waterHeatW;
        double chillerHeatW = waterHeatW - dryCoolerHeatW;
        double chillerW = chillerHeatW > 0 ? chillerHeatW / chiller.cop(supplyTempC, outdoorDryBulbC) : 0.0;
        out.pumpW = pumpW;
        out.freeFraction = free;
        out.dryCoolerFanW = dryCoolerFans.powerW(dryCoolerHeatW);
        out.chillerW = chillerW;
        out.heatRejectedW = waterHeatW + chillerW + out.dryCoolerFanW;
    }

    /** One step of a loop: a reused holder so that the hourly loop allocates nothing. */
    public static final class LoopStep {
        /** Loop pump power (W). */
        public double pumpW;
        /** Chiller compressor power, condenser fans included (W). */
        public double chillerW;
        /** Dry-cooler fan power (W). */
        public double dryCoolerFanW;
        /** Share of the load carried by the dry cooler, in [0, 1]. */
        public double freeFraction;
        /** Heat leaving to the outdoors: load + pump + chiller + fan work (W). */
        public double heatRejectedW;
    }
}
