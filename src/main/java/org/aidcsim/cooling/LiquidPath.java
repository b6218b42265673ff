package org.aidcsim.cooling;

import org.aidcsim.catalog.Coolant;

/**
 * The liquid side of a liquid-cooled hall: the share of IT heat captured by the coolant, the pumps
 * that circulate it through cold plates, tanks or spray heads (CDU secondary side), the CDUs, and
 * the facility-water loop that takes the heat outdoors.
 *
 * @param captureFraction share of IT heat that goes to the liquid, in [0, 1]
 * @param loopPumps CDU secondary, tank or spray pumps
 * @param facilityWater facility-water loop
 * @param cduApproachK secondary supply − facility supply (K)
 * @param coolant the fluid at the IT equipment
 * @param loopDeltaTK coolant temperature rise across the IT (K)
 * @param cduCapacityW heat one CDU transfers at its approach (W)
 * @param cduUnitsInstalled CDUs installed, redundant ones included
 * @param fluidVolumeM3 coolant inventory of the racks, tanks and secondary loops (m³)
 */
public record LiquidPath(double captureFraction, AffinityMover loopPumps, HeatRejectionLoop facilityWater,
        double cduApproachK, Coolant coolant, double loopDeltaTK, double cduCapacityW, int cduUnitsInstalled,
        double fluidVolumeM3) {
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
