package org.aidcsim.cooling;

/**
 * The variable-speed pumps of a technology cooling loop on their system curve. Flow follows the
 * heat at constant ΔT (speed fraction s = heat / design heat); the loop's pressure drop at flow
 * s·Q_d is V·s + I·s², its viscous part V and inertial part I taken at design; electric power is
 * flow × pressure drop / wire-to-water efficiency, so it follows s³ on a purely inertial (turbulent)
 * system curve and s² on a purely viscous one. Below {@code minSpeedFraction} the pumps hold that
 * speed. A loop without pumps (two-phase tanks) has zero flow and power.
 *
 * @param designHeatW heat carried at design (W)
 * @param designFlowM3PerS flow at design (m³/s)
 * @param viscousHeadPa viscous part of the head at design (Pa)
 * @param inertialHeadPa inertial part of the head at design (Pa)
 * @param wireToWaterEfficiency motor, drive and pump together, in (0, 1]
 * @param minSpeedFraction lowest speed as a fraction of design, in [0, 1]
 */
public record LoopPump(double designHeatW, double designFlowM3PerS, double viscousHeadPa, double inertialHeadPa,
        double wireToWaterEfficiency, double minSpeedFraction) {
    public LoopPump {
        if (!(designHeatW >= 0 && designFlowM3PerS >= 0 && viscousHeadPa >= 0 && inertialHeadPa >= 0
                && wireToWaterEfficiency > 0 && wireToWaterEfficiency <= 1 && minSpeedFraction >= 0 && minSpeedFraction <= 1)) {
            throw new IllegalArgumentException("invalid loop pump");
        }
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
        return designFlowM3PerS * s * (viscousHeadPa * s + inertialHeadPa * s * s) / wireToWaterEfficiency;
    }

    /** Electric power (W) while carrying {@code heatW} (W); zero when idle. */
    public double powerW(double heatW) {
        if (heatW <= 0 || designHeatW <= 0) {
            return 0.0;
        }
        return powerAtSpeedW(heatW / designHeatW);
    }
}
