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
 * full chiller, and the loop pump sized on the loop's design heat. In the plant's graph the loop is
 * its pump ({@link Pump}) upstream and its {@link HeatRejectionUnit} at the end, with whatever the
 * plant puts between them (a heat user, a buffer tank).
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
}
