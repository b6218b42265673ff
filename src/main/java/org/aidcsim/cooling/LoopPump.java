package org.aidcsim.cooling;

/**
 * The variable-speed pumps of a technology cooling loop on their system curve. Flow follows the
 * heat at constant ΔT (speed fraction s = heat / design heat); the loop's pressure drop at flow
 * s·Q_d is V·s + I·s², its viscous part V and inertial part I taken at design; electric power is
 * flow × pressure drop / wire-to-water efficiency, so it follows s³ on a purely inertial (turbulent)
 * system curve and s² on a purely viscous one. Below {@code minSpeedFraction} the pumps hold that
 * speed. A loop without pumps (two-phase tanks) has zero flow and power.
 *
 * <p>Immutable: heat carried at design (W), flow at design (m³/s), the viscous and inertial parts of
 * the head at design (Pa), wire-to-water efficiency (motor, drive and pump together, in (0, 1]) and
 * the lowest speed as a fraction of design.
 */
public final class LoopPump {
    private final double designHeatW;
    private final double designFlowM3PerS;
    private final double viscousHeadPa;
    private final double inertialHeadPa;
    private final double wireToWaterEfficiency;
    private final double minSpeedFraction;
    /** Kept because every step of a run uses them: 1 / design heat, and flow / efficiency at design. */
    private final double perDesignHeatW;
    private final double flowPerEfficiency;

    public LoopPump(double designHeatW, double designFlowM3PerS, double viscousHeadPa, double inertialHeadPa,
            double wireToWaterEfficiency, double minSpeedFraction) {
        if (!(designHeatW >= 0 && designFlowM3PerS >= 0 && viscousHeadPa >= 0 && inertialHeadPa >= 0
                && wireToWaterEfficiency > 0 && wireToWaterEfficiency <= 1 && minSpeedFraction >= 0 && minSpeedFraction <= 1)) {
            throw new IllegalArgumentException("invalid loop pump");
        }
        this.designHeatW = designHeatW;
        this.designFlowM3PerS = designFlowM3PerS;
        this.viscousHeadPa = viscousHeadPa;
        this.inertialHeadPa = inertialHeadPa;
        this.wireToWaterEfficiency = wireToWaterEfficiency;
        this.minSpeedFraction = minSpeedFraction;
        this.perDesignHeatW = designHeatW > 0 ? 1 / designHeatW : 0.0;
        this.flowPerEfficiency = designFlowM3PerS / wireToWaterEfficiency;
    }

    public double designHeatW() {
        return designHeatW;
    }

    public double designFlowM3PerS() {
        return designFlowM3PerS;
    }

    public double viscousHeadPa() {
        return viscousHeadPa;
    }

    public double inertialHeadPa() {
        return inertialHeadPa;
    }

    public double wireToWaterEfficiency() {
        return wireToWaterEfficiency;
    }

    public double minSpeedFraction() {
        return minSpeedFraction;
    }

    /** Head at design flow (Pa). */
    public double designHeadPa() {
        return viscousHeadPa + inertialHeadPa;
    }

    /** Electric power at design (W). */
    public double designPowerW() {
        return powerAtSpeedW(1.0);
    }

    /** Electric power (W) at speed fraction {@code speedFraction}, at least the minimum speed. */
    public double powerAtSpeedW(double speedFraction) {
        double s = Math.max(minSpeedFraction, speedFraction);
        return flowPerEfficiency * s * (viscousHeadPa * s + inertialHeadPa * s * s);
    }

    /** Electric power (W) while carrying {@code heatW} (W); zero when idle. */
    public double powerW(double heatW) {
        if (heatW <= 0 || designHeatW <= 0) {
            return 0.0;
        }
        return powerAtSpeedW(heatW * perDesignHeatW);
    }
}
