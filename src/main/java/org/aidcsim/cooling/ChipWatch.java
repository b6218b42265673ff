package org.aidcsim.cooling;

/**
 * The hottest chip's case through a run: at each step its heat follows the loop's (at its design
 * power when the racks draw their nameplate), and the flow through its cold plate follows the loop
 * pumps' law (the load above their minimum flow, or the design flow at constant speed), the coolant
 * at its design supply temperature.
 */
public final class ChipWatch {
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
