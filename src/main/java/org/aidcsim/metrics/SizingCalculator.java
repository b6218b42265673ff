package org.aidcsim.metrics;

import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.it.ItLoad;

/** Design figures of a site from its sized cooling plant and the peaks of its run. */
public final class SizingCalculator {
    private SizingCalculator() {
    }

    /**
     * @param c the sized cooling plant
     * @param it the IT load, as the cooling technology leaves it (fans removed)
     * @param m the run's totals and peaks
     */
    public static Sizing of(CoolingPlant c, ItLoad it, AnnualMetrics m) {
        LiquidPath liquid = c.liquid().orElse(null);
        double fans = c.serverFanFractionRemoved();
        double fanEnergyJ = fans > 0 ? m.itEnergyJ() * fans / (1 - fans) : 0.0;
        return Sizing.builder().nameplateItPowerW(it.fullUtilizationPowerW() / (1 - fans)).designItPowerW(it.designPowerW())
                .racks(it.rackCount()).peakHeatToLiquidW(m.peakHeatToLiquidW())
                .peakHeatToAirW(m.peakHeatToAirW()).peakHeatRejectedW(m.peakHeatRejectedW()).peakChillerLoadW(m.peakChillerLoadW())
                .coolantFlowM3PerS(liquid == null ? 0.0 : liquid.loopFlowM3PerS(m.peakHeatToLiquidW()))
                .coolantSupplyTempC(liquid == null ? Double.NaN : liquid.secondarySupplyTempC())
                .cduUnits(liquid == null ? 0 : liquid.cduUnitsInstalled())
                .cduCapacityW(liquid == null ? 0.0 : liquid.cduCapacityW())
                .fluidVolumeM3(liquid == null ? 0.0 : liquid.fluidVolumeM3())
                .crahFanDesignW(c.air().crahFans().designPowerW())
                .liquidLoopPumpDesignW(liquid == null ? 0.0 : liquid.loopPumps().designPowerW())
                .chilledWaterPumpDesignW(c.air().chilledWater().pump().designPowerW())
                .facilityWaterPumpDesignW(liquid == null ? 0.0 : liquid.facilityWater().pump().designPowerW())
                .serverFanEnergyRemovedJ(fanEnergyJ).build();
    }
}
