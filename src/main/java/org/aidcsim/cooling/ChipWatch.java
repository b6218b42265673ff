package org.aidcsim.cooling;

/**
 * The hottest chip's case through a run: at each step its heat follows the loop's (at its design
 * power when the racks draw their nameplate), and the flow through its cold plate follows the loop
 * pumps' law (the load above their minimum flow, or the design flow at constant speed), the coolant
 * at its design supply temperature.
 */
public final class ChipWatch {
    /** Loads sampled (fractions of the loop's design heat, up to {@link #GRID_TOP_LOAD}) to see the case rise with the heat. */
    private static final int GRID_POINTS = 256;
    private static final double GRID_TOP_LOAD = 4.0;
    private final boolean risesWithHeat;
    private final double withinLimitUpToW;

    private final ChipCheck chip;
    private final boolean constantFlow;
    private final double minFlowFraction;
    private final double perDesignHeatW;
    /** The loop's design heat over its heat with every rack at nameplate (the basis over the nameplate). */
    private final double designOverNameplate;

    /**
     * @param chip the chip at design
     * @param loopPumps the loop's pumps, whose law and minimum flow set the flow through the plate
     * @param designOverNameplate the design IT load over the racks' nameplate: the chip draws its design
     *        power when the loop carries the nameplate's heat
     */
    public ChipWatch(ChipCheck chip, Pump loopPumps, double designOverNameplate) {
        this.chip = chip;
        this.constantFlow = loopPumps.law() == PumpControl.CONSTANT_SPEED;
        this.minFlowFraction = loopPumps.minFlowFraction();
        this.perDesignHeatW = loopPumps.designHeatW() > 0 ? 1 / loopPumps.designHeatW() : 0.0;
        this.designOverNameplate = designOverNameplate;
        // The case temperature costs a power law a step; a run needs it only near the limit and at the peak
        // when it rises with the heat, as the flow laws make it: P·q·(R_cond + R_conv·q^-0.8) grows with q.
        // A measured plate curve is checked on a grid, to be sure.
        double previousC = Double.NEGATIVE_INFINITY;
        double safe = 0.0;
        boolean rising = perDesignHeatW > 0;
        boolean within = true;
        for (int j = 0; rising && j <= GRID_POINTS; j++) {
            double heatW = GRID_TOP_LOAD * j / GRID_POINTS / perDesignHeatW;
            double c = caseTempC(heatW);
            rising = c >= previousC;
            previousC = c;
            within = within && c <= chip.caseLimitC();
            if (within) {
                safe = heatW;
            }
        }
        this.risesWithHeat = rising;
        this.withinLimitUpToW = rising ? safe : Double.NEGATIVE_INFINITY;
    }

    /**
     * True when the case temperature never falls as the loop's heat rises: then the hottest step is the
     * one with the most heat, and a step with heat up to {@link #withinLimitUpToW} is within the limit.
     */
    public boolean risesWithHeat() {
        return risesWithHeat;
    }

    /** Heat to the liquid (W) up to which the case is surely within its limit; −∞ when that is not known. */
    public double withinLimitUpToW() {
        return withinLimitUpToW;
    }

    public double caseLimitC() {
        return chip.caseLimitC();
    }

    /** The case temperature (°C) while the loop carries {@code heatToLiquidW} (W); the coolant's when idle. */
    public double caseTempC(double heatToLiquidW) {
        double load = heatToLiquidW * perDesignHeatW;
        if (!(load > 0)) {
            return chip.coolantSupplyC();
        }
        return chip.caseTempC(constantFlow ? 1.0 : Math.max(minFlowFraction, load), load * designOverNameplate);
    }
}
