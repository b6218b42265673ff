package org.aidcsim.metrics;

import org.aidcsim.units.Named;

/**
 * What to buy: design figures of a site's cooling equipment (SI).
 *
 * @param nameplateItPowerW racks × rack power as sold, at full utilization, server fans included (W)
 * @param designItPowerW design IT load at the rack inputs (W)
 * @param racks number of racks
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
 * @param serverFanEnergyRemovedJ energy the servers' fans would have drawn, left out of IT by immersion or spray (J)
 */
public record Sizing(double nameplateItPowerW, double designItPowerW, int racks, double peakHeatToLiquidW, double peakHeatToAirW,
        double peakHeatRejectedW, double peakChillerLoadW, double coolantFlowM3PerS, double coolantSupplyTempC, int cduUnits,
        double cduCapacityW, double fluidVolumeM3, double crahFanDesignW, double liquidLoopPumpDesignW,
        double chilledWaterPumpDesignW, double facilityWaterPumpDesignW, double serverFanEnergyRemovedJ) {

    /** Coolant flow per rack at peak (m³/s); 0 without racks. */
    public double coolantFlowPerRackM3PerS() {
        return racks > 0 ? coolantFlowM3PerS / racks : 0.0;
    }

    /** All pumps at design (W). */
    public double pumpDesignW() {
        return liquidLoopPumpDesignW + chilledWaterPumpDesignW + facilityWaterPumpDesignW;
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
        private Double serverFanEnergyRemovedJ;

        private Builder() {
        }

        public Builder nameplateItPowerW(double value) { nameplateItPowerW = value; return this; }
        public Builder designItPowerW(double value) { designItPowerW = value; return this; }
        public Builder racks(int value) { racks = value; return this; }
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
        public Builder serverFanEnergyRemovedJ(double value) { serverFanEnergyRemovedJ = value; return this; }

        public Sizing build() {
            Named.require("nameplateItPowerW", nameplateItPowerW != null);
            Named.require("designItPowerW", designItPowerW != null);
            Named.require("racks", racks != null);
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
            Named.require("serverFanEnergyRemovedJ", serverFanEnergyRemovedJ != null);
            return new Sizing(nameplateItPowerW, designItPowerW, racks, peakHeatToLiquidW, peakHeatToAirW,
                    peakHeatRejectedW, peakChillerLoadW, coolantFlowM3PerS, coolantSupplyTempC, cduUnits, cduCapacityW,
                    fluidVolumeM3, crahFanDesignW, liquidLoopPumpDesignW, chilledWaterPumpDesignW, facilityWaterPumpDesignW,
                    serverFanEnergyRemovedJ);
        }
    }
}
