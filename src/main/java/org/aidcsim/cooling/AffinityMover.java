package org.aidcsim.cooling;

/**
 * A variable-speed fan or pump. Its flow follows the heat it carries (constant ΔT), so its speed
 * fraction is heat / design heat; by the affinity laws (flow ∝ speed, head ∝ speed², power ∝
 * speed³) its power is the design power times speed³. Below {@code minSpeedFraction} it runs at
 * that floor (motors and controls keep a minimum speed).
 *
 * <p>Immutable: heat carried at design (W), electric power at design (W), lowest speed as a
 * fraction of design in [0, 1].
 */
public final class AffinityMover {
    private final double designHeatW;
    private final double designPowerW;
    private final double minSpeedFraction;
    /** 1 / design heat, kept: every step of a run divides by it. */
    private final double perDesignHeatW;

    public AffinityMover(double designHeatW, double designPowerW, double minSpeedFraction) {
        if (!(designHeatW >= 0 && designPowerW >= 0 && minSpeedFraction >= 0 && minSpeedFraction <= 1)) {
            throw new IllegalArgumentException("invalid fan or pump");
        }
        this.designHeatW = designHeatW;
        this.designPowerW = designPowerW;
        this.minSpeedFraction = minSpeedFraction;
        this.perDesignHeatW = designHeatW > 0 ? 1 / designHeatW : 0.0;
    }

    public double designHeatW() {
        return designHeatW;
    }

    public double designPowerW() {
        return designPowerW;
    }

    public double minSpeedFraction() {
        return minSpeedFraction;
    }

    /**
     * Sized from the hydraulic (or aeraulic) duty: power = flow × pressure rise / efficiency.
     *
     * @param designHeatW heat carried at design (W)
     * @param flowM3PerS volume flow at design (m³/s)
     * @param pressureRisePa total pressure rise at design (Pa)
     * @param wireToFluidEfficiency motor, drive and impeller together, in (0, 1]
     * @param minSpeedFraction lowest speed fraction
     */
    public static AffinityMover forDuty(double designHeatW, double flowM3PerS, double pressureRisePa,
            double wireToFluidEfficiency, double minSpeedFraction) {
        return new AffinityMover(designHeatW, flowM3PerS * pressureRisePa / wireToFluidEfficiency, minSpeedFraction);
    }

    /** Electric power (W) at a speed fraction (1 = design). */
    public double powerAtSpeedW(double speedFraction) {
        // not Math.max: its NaN and −0 rules cost on every step
        double s = speedFraction > minSpeedFraction ? speedFraction : minSpeedFraction;
        return designPowerW * s * s * s;
    }

    /** Electric power (W) while carrying {@code heatW} (W); zero when idle. */
    public double powerW(double heatW) {
        if (heatW <= 0 || designHeatW <= 0) {
            return 0.0;
        }
        return powerAtSpeedW(heatW * perDesignHeatW);
    }
}
