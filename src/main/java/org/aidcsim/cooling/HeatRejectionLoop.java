package org.aidcsim.cooling;

/**
 * A water loop that takes heat at {@code returnTempC} and hands it back at {@code supplyTempC},
 * with an economizer path in front of a trim chiller. Each step, with T_c the coldest water the
 * heat rejector can make (dry bulb + approach, or wet bulb + tower and exchanger approaches):
 * <ul>
 * <li>T_c ≤ supply: the economizer carries the whole load (full free cooling);</li>
 * <li>supply &lt; T_c &lt; return: it pre-cools, carrying (T_return − T_c) / (T_return − T_supply),
 * and the chiller trims the rest;</li>
 * <li>T_c ≥ return, or no economizer: the chiller carries it all.</li>
 * </ul>
 *
 * <p>Immutable: water supplied to the load and returned from it (°C, return above supply), whether
 * the economizer path may carry load, the heat rejector (dry coolers or cooling towers), the trim or
 * full chiller, and the loop pump sized on the loop's design heat.
 */
public final class HeatRejectionLoop {
    private final double supplyTempC;
    private final double returnTempC;
    private final boolean economizer;
    private final HeatRejector rejector;
    private final Chiller chiller;
    private final AffinityMover pump;
    /** 1 / (return − supply), kept: every step of a run divides by it. */
    private final double perRangeK;

    public HeatRejectionLoop(double supplyTempC, double returnTempC, boolean economizer, HeatRejector rejector, Chiller chiller,
            AffinityMover pump) {
        if (!(returnTempC > supplyTempC)) {
            throw new IllegalArgumentException("return temperature must exceed supply temperature");
        }
        this.supplyTempC = supplyTempC;
        this.returnTempC = returnTempC;
        this.economizer = economizer;
        this.rejector = rejector;
        this.chiller = chiller;
        this.pump = pump;
        this.perRangeK = 1 / (returnTempC - supplyTempC);
    }

    public double supplyTempC() {
        return supplyTempC;
    }

    public double returnTempC() {
        return returnTempC;
    }

    public boolean economizer() {
        return economizer;
    }

    public HeatRejector rejector() {
        return rejector;
    }

    public Chiller chiller() {
        return chiller;
    }

    public AffinityMover pump() {
        return pump;
    }

    /** Share of the load the economizer carries, in [0, 1]. */
    public double freeCoolingFraction(double dryBulbC, double wetBulbC) {
        if (!economizer) {
            return 0.0;
        }
        double coldest = rejector.coldestWaterC(dryBulbC, wetBulbC);
        if (coldest <= supplyTempC) {
            return 1.0;
        }
        if (coldest >= returnTempC) {
            return 0.0;
        }
        return (returnTempC - coldest) * perRangeK;
    }

    /**
     * Runs the loop for one step. Pump work becomes heat in the water; compressor, fan and pump
     * work all end up outdoors, so the heat rejected is load + every watt the loop draws.
     *
     * @param loadHeatW heat handed to the loop (W)
     * @param exportedW heat taken from the return water by a heat user before the heat rejection (W),
     *        at most load + pump work
     * @param out receives the step's flows
     */
    public void step(double loadHeatW, double exportedW, double dryBulbC, double wetBulbC, LoopStep out) {
        double pumpW = pump.powerW(loadHeatW);
        double waterHeatW = loadHeatW + pumpW - exportedW;
        double free = freeCoolingFraction(dryBulbC, wetBulbC);
        double freeHeatW = free * waterHeatW;
        double chillerLoadW = waterHeatW - freeHeatW;
        double chillerW = chillerLoadW > 0 ? chiller.powerW(chillerLoadW, supplyTempC, rejector.chillerSinkC(dryBulbC, wetBulbC)) : 0.0;
        rejector.run(freeHeatW, chillerLoadW + chillerW, free, returnTempC, dryBulbC, wetBulbC, out);
        out.loopPumpW = pumpW;
        out.freeFraction = free;
        out.chillerW = chillerW;
        out.chillerLoadW = chillerLoadW;
        out.heatRejectedW = waterHeatW + chillerW + out.fanW + out.rejectionPumpW;
    }

    /** One step of a loop: a reused holder so that the annual loop allocates nothing. */
    public static final class LoopStep {
        /** Loop pump power (W). */
        public double loopPumpW;
        /** Condenser-water pump power of cooling towers (W). */
        public double rejectionPumpW;
        /** Chiller compressor power, air-cooled condenser fans included (W). */
        public double chillerW;
        /** Heat the chiller's evaporator removes (W). */
        public double chillerLoadW;
        /** Dry-cooler or tower fan power (W). */
        public double fanW;
        /** Share of the load carried by the economizer, in [0, 1]. */
        public double freeFraction;
        /** Make-up water: evaporation + blowdown (kg/s). */
        public double waterKgPerS;
        /** Heat leaving to the outdoors: load + pump + chiller + fan work (W). */
        public double heatRejectedW;

        /** All pumps of the loop (W). */
        public double pumpW() {
            return loopPumpW + rejectionPumpW;
        }

        static final int SAVED_SIZE = 8;

        void saveTo(double[] to, int at) {
            to[at] = loopPumpW;
            to[at + 1] = rejectionPumpW;
            to[at + 2] = chillerW;
            to[at + 3] = chillerLoadW;
            to[at + 4] = fanW;
            to[at + 5] = freeFraction;
            to[at + 6] = waterKgPerS;
            to[at + 7] = heatRejectedW;
        }

        void restoreFrom(double[] from, int at) {
            loopPumpW = from[at];
            rejectionPumpW = from[at + 1];
            chillerW = from[at + 2];
            chillerLoadW = from[at + 3];
            fanW = from[at + 4];
            freeFraction = from[at + 5];
            waterKgPerS = from[at + 6];
            heatRejectedW = from[at + 7];
        }

        void clear() {
            loopPumpW = 0;
            rejectionPumpW = 0;
            chillerW = 0;
            chillerLoadW = 0;
            fanW = 0;
            freeFraction = 0;
            waterKgPerS = 0;
            heatRejectedW = 0;
        }
    }
}
