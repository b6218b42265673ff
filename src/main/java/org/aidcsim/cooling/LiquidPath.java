package org.aidcsim.cooling;

import java.util.List;
import java.util.Optional;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.power.Redundancy;

/**
 * The liquid side of a liquid-cooled hall as sized: the loop as designed (capture, coolant,
 * temperatures, CDU rating), the pumps that circulate the coolant through cold plates, tanks or
 * spray heads (CDU secondary side), the CDUs installed, and the facility-water loop that takes the
 * heat outdoors. Temperatures derived from the design are read from {@link LiquidLoopParams}, where
 * each is computed once.
 *
 * @param design the loop as designed
 * @param loopPumps CDU secondary, tank or spray pumps on the loop's system curve
 * @param hydraulics the loop's design pressure drops and pump selection; empty without pumps or with a head given by the file
 * @param chip the temperature chain to the hottest chip; empty when the file describes no chip
 * @param heatReuse the heat user on the facility-water return; empty without one
 * @param facilityWater facility-water loop
 * @param cduUnitsInstalled CDUs installed, redundant ones included
 * @param inventory the fluid each loop holds: racks, CDUs, piping
 * @param designDeltaTK the coolant rise the whole loop sees at design, every group's return mixed (K): the loop's
 *        {@code loop_delta_t_k} unless groups have their own
 * @param racks racks on the loop (air-only groups left out)
 * @param groups the groups on the loop, each with its own capture and rise
 * @param cduDerating what one CDU transfers with the loop's coolant over its rating with water, at the rated entering
 *        temperatures and volume flow (1 for water and for fluids rated as themselves)
 * @param cduUnitsNeeded CDUs that carry the design heat, redundant ones left out (summed over groups when each has its own)
 */
public record LiquidPath(LiquidLoopParams design, LoopPump loopPumps, Optional<LoopHydraulics> hydraulics, Optional<ChipCheck> chip,
        Optional<HeatReuse> heatReuse, HeatRejectionLoop facilityWater, int cduUnitsInstalled, CoolantInventory inventory,
        double designDeltaTK, int racks, List<GroupLiquid> groups, double cduDerating,
        int cduUnitsNeeded) {

    public LiquidPath {
        groups = List.copyOf(groups);
    }

    /** The technology loop's coolant (m³): racks, CDU IT sides and secondary piping, what is bought as coolant. */
    public double fluidVolumeM3() {
        return inventory.technologyLoopM3();
    }

    /** The fluid at the IT equipment. */
    public Coolant coolant() {
        return design.coolant();
    }

    /** Coolant temperature rise across the IT at design, every group's return mixed (K). */
    public double loopDeltaTK() {
        return designDeltaTK;
    }

    /** Coolant supplied to the IT equipment (°C). */
    public double coolantSupplyTempC() {
        return design.coolantSupplyTempC();
    }

    /** Heat one CDU transfers at its approach with the loop's coolant (W): its rating, derated for a glycol. */
    public double cduCapacityW() {
        return design.cduCapacityW() * cduDerating;
    }

    /** One CDU's rating as sold, with water (W): what it is priced on. */
    public double cduRatedCapacityW() {
        return design.cduCapacityW();
    }

    /** Redundant CDUs installed for the N needed. */
    public Redundancy cduRedundancy() {
        return design.cduRedundancy();
    }

    /** Coolant flow (m³/s) that carries {@code heatW} (W) across the IT at the loop's design rise, properties at its mean temperature. */
    public double loopFlowM3PerS(double heatW) {
        return design.coolant().flowM3PerS(heatW, designDeltaTK, design.coolantMeanTempC());
    }
}
