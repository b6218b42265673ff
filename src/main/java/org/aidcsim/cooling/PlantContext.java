package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * Where in the plant a component stands, for sizing it: the heat that reaches it at design and the
 * loop it sits on.
 *
 * @param designHeatW heat reaching the component at design (W)
 * @param side the inlet its heat comes from
 * @param fluid the fluid it moves (air on the air side before the coils, the loop's coolant or water after)
 * @param supplyTempC the fluid's supply temperature (°C)
 * @param deltaTK the fluid's temperature rise across the load (K)
 * @param pumpEfficiency wire-to-water efficiency of the plant's pumps, in (0, 1]
 * @param minSpeedFraction the plant's lowest fan and pump speed, as a fraction of design
 */
public record PlantContext(double designHeatW, PlantSide side, Coolant fluid, double supplyTempC, double deltaTK,
        double pumpEfficiency, double minSpeedFraction) {

    /** The fluid's volume flow at design (m³/s): the design heat at the loop's ΔT, properties at its mean temperature. */
    public double designFlowM3PerS() {
        return fluid.flowM3PerS(designHeatW, deltaTK, supplyTempC + deltaTK / 2);
    }
}
