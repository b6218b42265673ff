package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * The liquid side of a liquid-cooled hall: the share of IT heat captured by the coolant, the pumps
 * that circulate it through cold plates, tanks or spray heads (CDU secondary side), and the
 * facility-water loop that takes it outdoors.
 *
 * @param captureFraction share of IT heat that goes to the liquid, in [0, 1]
 * @param loopPumps CDU secondary, tank or spray pumps
 * @param facilityWater facility-water loop with dry cooler and trim chiller
 * @param cduApproachK secondary supply − facility supply (K), for reporting
 * @param coolant the fluid at the IT equipment
 * @param loopDeltaTK coolant temperature rise across the IT (K)
 */
public record LiquidPath(double captureFraction, AffinityMover loopPumps, HeatRejectionLoop facilityWater,
        double cduApproachK, Coolant coolant, double loopDeltaTK) {
    public LiquidPath {
        if (!(captureFraction >= 0 && captureFraction <= 1)) {
            throw new IllegalArgumentException("capture fraction must be in [0, 1]");
        }
    }

    /** Coolant flow (m³/s) that carries {@code heatW} (W) across the IT at the loop's ΔT. */
    public double loopFlowM3PerS(double heatW) {
        return coolant.flowM3PerS(heatW, loopDeltaTK);
    }

    /** Coolant temperature supplied to the IT equipment (°C). */
    public double secondarySupplyTempC() {
        return facilityWater.supplyTempC() + cduApproachK;
    }
}
