package org.aidcsim.metrics;

import org.aidcsim.units.Named;

/**
 * What to buy: design figures of a site's cooling equipment (SI).
 *
 * @param nameplateItPowerW racks × rack power as sold, at full utilization, server fans included (W)
 * @param designItPowerW design IT load at the rack inputs (W)
 * @param racks number of racks
 * @param liquidRacks racks on the liquid loop (air-only groups left out); 0 without liquid
 * @param peakHeatToLiquidW highest heat into the liquid loop (W)
 * @param peakHeatToAirW highest heat into cooled air (W)
 * @param peakHeatRejectedW highest heat the plant sends outdoors: heat-rejection capacity (W)
 * @param peakChillerLoadW highest chiller evaporator load: chiller capacity needed (W)
 * @param coolantFlowM3PerS coolant flow at the peak liquid heat (m³/s); 0 without liquid
 * @param coolantSupplyTempC coolant supplied to the IT (°C); NaN without liquid
 * @param cduUnits CDUs installed, redundant ones included; 0 without liquid
 * @param cduCapacityW capacity of one CDU (W); 0 without liquid
 * @param fluidVolumeM3 coolant inventory in racks, tanks and secondary loops (m³)
 * @param crahFanDesignW CRAH fan power at design (W)
 * @param liquidLoopPumpDesignW CDU secondary, tank or spray pumps at design (W)
 * @param chilledWaterPumpDesignW chilled-water pumps at design (W)
 * @param facilityWaterPumpDesignW facility-water pumps at design (W)
 * @param addedPumpDesignW pumps the scenario added to the plant, at design (W)
 * @param loopPumpHeadPa coolant pump head at design (Pa); NaN without coolant pumps
 * @param loopPumpsRunning coolant pumps on duty; 0 without
 * @param loopPumpMotorW motor rating of one coolant pump (W); NaN without computed hydraulics
 * @param loopPipeBoreM bore of one CDU's loop piping (m); NaN without computed hydraulics
 * @param chipCaseTempC case temperature of the hottest chip at design (°C); NaN without a chip in the file
 * @param chipMarginK case limit − case temperature (K); NaN without a chip
 * @param warmestFacilitySupplyC warmest facility-water supply that keeps the chip within its limit (°C); NaN without a chip
 * @param freeCoolingAtWarmestS time per weather year the heat rejection alone makes water that cold (s); NaN without a chip
 * @param serverFanEnergyRemovedJ energy the servers' fans would have drawn, left out of IT by immersion or spray (J)
 */
public record Sizing(double nameplateItPowerW, double designItPowerW, int racks, int liquidRacks, double peakHeatToLiquidW, double peakHeatToAirW,
        double peakHeatRejectedW, double peakChillerLoadW, double coolantFlowM3PerS, double coolantSupplyTempC, int cduUnits,
        double cduCapacityW, double fluidVolumeM3, double crahFanDesignW, double liquidLoopPumpDesignW,
        double chilledWaterPumpDesignW, double facilityWaterPumpDesignW, double addedPumpDesignW, double loopPumpHeadPa, int loopPumpsRunning, double loopPumpMotorW, double loopPipeBoreM, double chipCaseTempC, double chipMarginK, double warmestFacilitySupplyC, double freeCoolingAtWarmestS,
        double serverFanEnergyRemovedJ) {

    /** Coolant flow per rack on the liquid loop at peak (m³/s), air-only racks left out; 0 without any. */
    public double coolantFlowPerRackM3PerS() {
        return liquidRacks > 0 ? coolantFlowM3PerS / liquidRacks : 0.0;
    }

    /** All pumps at design (W). */
    public double pumpDesignW() {
        return liquidLoopPumpDesignW + chilledWaterPumpDesignW + facilityWaterPumpDesignW + addedPumpDesignW;
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Sizing} field by field. */
    public static final class Builder {
        private Double nameplateItPowerW;
        private Double designItPowerW;
        private Integer racks;
        private Integer liquidRacks;
        private Double peakHeatToLiquidW;
        private Double peakHeatToAirW;
        private Double peakHeatRejectedW;
        private Double peakChillerLoadW;
        private Double coolantFlowM3PerS;
        private Double coolantSupplyTempC;
        private Integer cduUnits;
        private Double cduCapacityW;
        private Double fluidVolumeM3;
        private Double crahFanDesignW;
        private Double liquidLoopPumpDesignW;
        private Double chilledWaterPumpDesignW;
        private Double facilityWaterPumpDesignW;
        private Double addedPumpDesignW;
        private Double loopPumpHeadPa;
        private Integer loopPumpsRunning;
        private Double loopPumpMotorW;
        private Double loopPipeBoreM;
        private Double chipCaseTempC;
        private Double chipMarginK;
        private Double warmestFacilitySupplyC;
        private Double freeCoolingAtWarmestS;
        private Double serverFanEnergyRemovedJ;

        private Builder() {
        }

        public Builder nameplateItPowerW(double value) { nameplateItPowerW = value; return this; }
        public Builder designItPowerW(double value) { designItPowerW = value; return this; }
        public Builder racks(int value) { racks = value; return this; }
        public Builder liquidRacks(int value) { liquidRacks = value; return this; }
        public Builder peakHeatToLiquidW(double value) { peakHeatToLiquidW = value; return this; }
        public Builder peakHeatToAirW(double value) { peakHeatToAirW = value; return this; }
        public Builder peakHeatRejectedW(double value) { peakHeatRejectedW = value; return this; }
        public Builder peakChillerLoadW(double value) { peakChillerLoadW = value; return this; }
        public Builder coolantFlowM3PerS(double value) { coolantFlowM3PerS = value; return this; }
        public Builder coolantSupplyTempC(double value) { coolantSupplyTempC = value; return this; }
        public Builder cduUnits(int value) { cduUnits = value; return this; }
        public Builder cduCapacityW(double value) { cduCapacityW = value; return this; }
        public Builder fluidVolumeM3(double value) { fluidVolumeM3 = value; return this; }
        public Builder crahFanDesignW(double value) { crahFanDesignW = value; return this; }
        public Builder liquidLoopPumpDesignW(double value) { liquidLoopPumpDesignW = value; return this; }
        public Builder chilledWaterPumpDesignW(double value) { chilledWaterPumpDesignW = value; return this; }
        public Builder facilityWaterPumpDesignW(double value) { facilityWaterPumpDesignW = value; return this; }
        public Builder addedPumpDesignW(double value) { addedPumpDesignW = value; return this; }
        public Builder loopPumpHeadPa(double value) { loopPumpHeadPa = value; return this; }
        public Builder loopPumpsRunning(int value) { loopPumpsRunning = value; return this; }
        public Builder loopPumpMotorW(double value) { loopPumpMotorW = value; return this; }
        public Builder loopPipeBoreM(double value) { loopPipeBoreM = value; return this; }
        public Builder chipCaseTempC(double value) { chipCaseTempC = value; return this; }
        public Builder chipMarginK(double value) { chipMarginK = value; return this; }
        public Builder warmestFacilitySupplyC(double value) { warmestFacilitySupplyC = value; return this; }
        public Builder freeCoolingAtWarmestS(double value) { freeCoolingAtWarmestS = value; return this; }
        public Builder serverFanEnergyRemovedJ(double value) { serverFanEnergyRemovedJ = value; return this; }

        public Sizing build() {
            Named.require("nameplateItPowerW", nameplateItPowerW != null);
            Named.require("designItPowerW", designItPowerW != null);
            Named.require("racks", racks != null);
            Named.require("liquidRacks", liquidRacks != null);
            Named.require("peakHeatToLiquidW", peakHeatToLiquidW != null);
            Named.require("peakHeatToAirW", peakHeatToAirW != null);
            Named.require("peakHeatRejectedW", peakHeatRejectedW != null);
            Named.require("peakChillerLoadW", peakChillerLoadW != null);
            Named.require("coolantFlowM3PerS", coolantFlowM3PerS != null);
            Named.require("coolantSupplyTempC", coolantSupplyTempC != null);
            Named.require("cduUnits", cduUnits != null);
            Named.require("cduCapacityW", cduCapacityW != null);
            Named.require("fluidVolumeM3", fluidVolumeM3 != null);
            Named.require("crahFanDesignW", crahFanDesignW != null);
            Named.require("liquidLoopPumpDesignW", liquidLoopPumpDesignW != null);
            Named.require("chilledWaterPumpDesignW", chilledWaterPumpDesignW != null);
            Named.require("facilityWaterPumpDesignW", facilityWaterPumpDesignW != null);
            Named.require("addedPumpDesignW", addedPumpDesignW != null);
            Named.require("loopPumpHeadPa", loopPumpHeadPa != null);
            Named.require("loopPumpsRunning", loopPumpsRunning != null);
            Named.require("loopPumpMotorW", loopPumpMotorW != null);
            Named.require("loopPipeBoreM", loopPipeBoreM != null);
            Named.require("chipCaseTempC", chipCaseTempC != null);
            Named.require("chipMarginK", chipMarginK != null);
            Named.require("warmestFacilitySupplyC", warmestFacilitySupplyC != null);
            Named.require("freeCoolingAtWarmestS", freeCoolingAtWarmestS != null);
            Named.require("serverFanEnergyRemovedJ", serverFanEnergyRemovedJ != null);
            return new Sizing(nameplateItPowerW, designItPowerW, racks, liquidRacks, peakHeatToLiquidW, peakHeatToAirW,
                    peakHeatRejectedW, peakChillerLoadW, coolantFlowM3PerS, coolantSupplyTempC, cduUnits, cduCapacityW,
                    fluidVolumeM3, crahFanDesignW, liquidLoopPumpDesignW, chilledWaterPumpDesignW, facilityWaterPumpDesignW, addedPumpDesignW,
                    loopPumpHeadPa, loopPumpsRunning, loopPumpMotorW, loopPipeBoreM, chipCaseTempC, chipMarginK, warmestFacilitySupplyC, freeCoolingAtWarmestS, serverFanEnergyRemovedJ);
        }
    }
}
