package org.aidcsim.cooling;

import java.util.Optional;
import java.util.OptionalDouble;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.power.Redundancy;
import org.aidcsim.units.Named;

/**
 * The liquid path as designed, in SI: coolant loop, CDUs and facility water.
 *
 * @param captureFraction share of IT heat captured by the liquid, in [0, 1]
 * @param facilityWaterClass ASHRAE facility-water class
 * @param facilitySupplyTempC facility-water supply (°C)
 * @param facilityDeltaTK facility-water rise (K)
 * @param facilityPumpHeadPa facility-water pump head (Pa)
 * @param loopDeltaTK coolant rise across the IT (K)
 * @param coolant the fluid in the technology cooling loop
 * @param fixedLoopHeadPa coolant pump head given by the file (Pa); empty to compute it from the hydraulics
 * @param hydraulics the loop's pressure drops; empty for a loop without pumps (two-phase tanks)
 * @param chip the hottest chip, for the temperature chain; empty when the file gives none
 * @param heatReuse a heat user fed from the facility-water return; empty without one
 * @param cduApproachK coolant supply − facility supply (K)
 * @param cduCapacityW heat one CDU transfers (W)
 * @param cduRedundancy redundant CDUs for the N needed
 * @param fluidVolumeM3PerRack coolant inventory per rack, tank or chassis set (m³)
 * @param removeServerFans whether the servers run without their fans
 * @param serverFanPowerFraction share of rack power the servers' fans draw when air-cooled
 */
public record LiquidLoopParams(double captureFraction, FacilityWaterClass facilityWaterClass, double facilitySupplyTempC,
        double facilityDeltaTK, double facilityPumpHeadPa, double loopDeltaTK, Coolant coolant, OptionalDouble fixedLoopHeadPa,
        Optional<HydraulicsParams> hydraulics, Optional<ChipParams> chip, Optional<HeatReuseParams> heatReuse,
        double cduApproachK,
        double cduCapacityW, Redundancy cduRedundancy, double fluidVolumeM3PerRack, boolean removeServerFans,
        double serverFanPowerFraction) {

    /** Share of rack power the servers' fans drew and that this loop removes from the IT load (0 when fans stay). */
    public double fanFractionRemoved() {
        return removeServerFans ? serverFanPowerFraction : 0.0;
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LiquidLoopParams} field by field. */
    public static final class Builder {
        private Double captureFraction;
        private FacilityWaterClass facilityWaterClass;
        private Double facilitySupplyTempC;
        private Double facilityDeltaTK;
        private Double facilityPumpHeadPa;
        private Double loopDeltaTK;
        private Coolant coolant;
        private OptionalDouble fixedLoopHeadPa;
        private Optional<HydraulicsParams> hydraulics;
        private Optional<ChipParams> chip;
        private Optional<HeatReuseParams> heatReuse = Optional.empty();
        private Double cduApproachK;
        private Double cduCapacityW;
        private Redundancy cduRedundancy;
        private Double fluidVolumeM3PerRack;
        private Boolean removeServerFans;
        private Double serverFanPowerFraction;

        private Builder() {
        }

        public Builder captureFraction(double value) { captureFraction = value; return this; }
        public Builder facilityWaterClass(FacilityWaterClass value) { facilityWaterClass = value; return this; }
        public Builder facilitySupplyTempC(double value) { facilitySupplyTempC = value; return this; }
        public Builder facilityDeltaTK(double value) { facilityDeltaTK = value; return this; }
        public Builder facilityPumpHeadPa(double value) { facilityPumpHeadPa = value; return this; }
        public Builder loopDeltaTK(double value) { loopDeltaTK = value; return this; }
        public Builder coolant(Coolant value) { coolant = value; return this; }
        public Builder fixedLoopHeadPa(OptionalDouble value) { fixedLoopHeadPa = value; return this; }
        public Builder hydraulics(Optional<HydraulicsParams> value) { hydraulics = value; return this; }
        public Builder chip(Optional<ChipParams> value) { chip = value; return this; }
        public Builder heatReuse(Optional<HeatReuseParams> value) { heatReuse = value; return this; }
        public Builder cduApproachK(double value) { cduApproachK = value; return this; }
        public Builder cduCapacityW(double value) { cduCapacityW = value; return this; }
        public Builder cduRedundancy(Redundancy value) { cduRedundancy = value; return this; }
        public Builder fluidVolumeM3PerRack(double value) { fluidVolumeM3PerRack = value; return this; }
        public Builder removeServerFans(boolean value) { removeServerFans = value; return this; }
        public Builder serverFanPowerFraction(double value) { serverFanPowerFraction = value; return this; }

        public LiquidLoopParams build() {
            Named.require("captureFraction", captureFraction != null);
            Named.require("facilityWaterClass", facilityWaterClass != null);
            Named.require("facilitySupplyTempC", facilitySupplyTempC != null);
            Named.require("facilityDeltaTK", facilityDeltaTK != null);
            Named.require("facilityPumpHeadPa", facilityPumpHeadPa != null);
            Named.require("loopDeltaTK", loopDeltaTK != null);
            Named.require("coolant", coolant != null);
            Named.require("fixedLoopHeadPa", fixedLoopHeadPa != null);
            Named.require("hydraulics", hydraulics != null);
            Named.require("chip", chip != null);
            Named.require("cduApproachK", cduApproachK != null);
            Named.require("cduCapacityW", cduCapacityW != null);
            Named.require("cduRedundancy", cduRedundancy != null);
            Named.require("fluidVolumeM3PerRack", fluidVolumeM3PerRack != null);
            Named.require("removeServerFans", removeServerFans != null);
            Named.require("serverFanPowerFraction", serverFanPowerFraction != null);
            return new LiquidLoopParams(captureFraction, facilityWaterClass, facilitySupplyTempC, facilityDeltaTK,
                    facilityPumpHeadPa, loopDeltaTK, coolant, fixedLoopHeadPa, hydraulics, chip, heatReuse, cduApproachK, cduCapacityW, cduRedundancy,
                    fluidVolumeM3PerRack, removeServerFans, serverFanPowerFraction);
        }
    }
}
