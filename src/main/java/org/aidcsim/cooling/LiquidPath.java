package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.power.Redundancy;
import org.aidcsim.units.Named;

/**
 * The liquid side of a liquid-cooled hall: the share of IT heat captured by the coolant, the pumps
 * that circulate it through cold plates, tanks or spray heads (CDU secondary side), the CDUs, and
 * the facility-water loop that takes the heat outdoors.
 *
 * @param captureFraction share of IT heat that goes to the liquid, in [0, 1]
 * @param loopPumps CDU secondary, tank or spray pumps on the loop's system curve
 * @param hydraulics the loop's design pressure drops and pump selection; empty without pumps or with a head given by the file
 * @param chip the temperature chain to the hottest chip; empty when the file describes no chip
 * @param heatReuse the heat user on the facility-water return; empty without one
 * @param facilityWater facility-water loop
 * @param cduApproachK secondary supply − facility supply (K)
 * @param coolant the fluid at the IT equipment
 * @param loopDeltaTK coolant temperature rise across the IT (K)
 * @param cduCapacityW heat one CDU transfers at its approach (W)
 * @param cduRedundancy redundant CDUs installed for the N needed
 * @param cduUnitsInstalled CDUs installed, redundant ones included
 * @param fluidVolumeM3 coolant inventory of the racks, tanks and secondary loops (m³)
 */
public record LiquidPath(double captureFraction, LoopPump loopPumps, Optional<LoopHydraulics> hydraulics, Optional<ChipCheck> chip,
        Optional<HeatReuse> heatReuse, HeatRejectionLoop facilityWater,
        double cduApproachK, Coolant coolant, double loopDeltaTK, double cduCapacityW, Redundancy cduRedundancy, int cduUnitsInstalled,
        double fluidVolumeM3) {
    public LiquidPath {
        if (!(captureFraction >= 0 && captureFraction <= 1)) {
            throw new IllegalArgumentException("capture fraction must be in [0, 1]");
        }
    }

    /** Coolant flow (m³/s) that carries {@code heatW} (W) across the IT at the loop's ΔT, properties at its mean temperature. */
    public double loopFlowM3PerS(double heatW) {
        return coolant.flowM3PerS(heatW, loopDeltaTK, secondarySupplyTempC() + loopDeltaTK / 2);
    }

    /** Coolant temperature supplied to the IT equipment (°C). */
    public double secondarySupplyTempC() {
        return facilityWater.supplyTempC() + cduApproachK;
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiquidPath} field by field. */
    public static final class Builder {
        private Double captureFraction;
        private LoopPump loopPumps;
        private Optional<LoopHydraulics> hydraulics = Optional.empty();
        private Optional<ChipCheck> chip = Optional.empty();
        private Optional<HeatReuse> heatReuse = Optional.empty();
        private HeatRejectionLoop facilityWater;
        private Double cduApproachK;
        private Coolant coolant;
        private Double loopDeltaTK;
        private Double cduCapacityW;
        private Redundancy cduRedundancy;
        private Integer cduUnitsInstalled;
        private Double fluidVolumeM3;

        private Builder() {
        }

        public Builder captureFraction(double value) { captureFraction = value; return this; }
        public Builder loopPumps(LoopPump value) { loopPumps = value; return this; }
        public Builder hydraulics(Optional<LoopHydraulics> value) { hydraulics = value; return this; }
        public Builder chip(Optional<ChipCheck> value) { chip = value; return this; }
        public Builder heatReuse(Optional<HeatReuse> value) { heatReuse = value; return this; }
        public Builder facilityWater(HeatRejectionLoop value) { facilityWater = value; return this; }
        public Builder cduApproachK(double value) { cduApproachK = value; return this; }
        public Builder coolant(Coolant value) { coolant = value; return this; }
        public Builder loopDeltaTK(double value) { loopDeltaTK = value; return this; }
        public Builder cduCapacityW(double value) { cduCapacityW = value; return this; }
        public Builder cduRedundancy(Redundancy value) { cduRedundancy = value; return this; }
        public Builder cduUnitsInstalled(int value) { cduUnitsInstalled = value; return this; }
        public Builder fluidVolumeM3(double value) { fluidVolumeM3 = value; return this; }

        public LiquidPath build() {
            Named.require("captureFraction", captureFraction != null);
            Named.require("loopPumps", loopPumps != null);
            Named.require("facilityWater", facilityWater != null);
            Named.require("cduApproachK", cduApproachK != null);
            Named.require("coolant", coolant != null);
            Named.require("loopDeltaTK", loopDeltaTK != null);
            Named.require("cduCapacityW", cduCapacityW != null);
            Named.require("cduRedundancy", cduRedundancy != null);
            Named.require("cduUnitsInstalled", cduUnitsInstalled != null);
            Named.require("fluidVolumeM3", fluidVolumeM3 != null);
            return new LiquidPath(captureFraction, loopPumps, hydraulics, chip, heatReuse, facilityWater, cduApproachK, coolant, loopDeltaTK,
                    cduCapacityW, cduRedundancy, cduUnitsInstalled, fluidVolumeM3);
        }
    }
}
