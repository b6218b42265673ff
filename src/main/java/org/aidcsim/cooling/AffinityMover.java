package org.aidcsim.cooling;

/**
 * A variable-speed fan or pump. Its flow follows the heat it carries (constant ΔT), so its speed
 * fraction is heat / design heat; by the affinity laws (flow ∝ speed, head ∝ speed², power ∝
 * speed³) its power is the design power times speed³. Below {@code minSpeedFraction} it runs at
 * that floor (motors and controls keep a minimum speed).
 *
 * @param designHeatW heat carried at design (W)
 * @param designPowerW electric power at design (W)
 * @param minSpeedFraction lowest speed as a fraction of design, in [0, 1]
 */
public record AffinityMover(double designHeatW, double designPowerW, double minSpeedFraction) {
    public AffinityMover {
        if (!(designHeatW >= 0 && designPowerW >= 0 && minSpeedFraction >= 0 && minSpeedFraction <= 1)) {
            throw new IllegalArgumentException("invalid fan or pump");
        }
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
        double s = Math.max(minSpeedFraction, speedFraction);
        return designPowerW * s * s * s;
    }

    /** Electric power (W) while carrying {@code heatW} (W); zero when idle. */
    public double powerW(double heatW) {
        if (heatW <= 0 || designHeatW <= 0) {
            return 0.0;
        }
        return powerAtSpeedW(heatW / designHeatW);
    }
}
