package org.aidcsim.metrics;

/**
 * What to buy: design figures of a site's cooling equipment (SI).
 *
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
public record Sizing(double designItPowerW, int racks, double peakHeatToLiquidW, double peakHeatToAirW,
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
}
