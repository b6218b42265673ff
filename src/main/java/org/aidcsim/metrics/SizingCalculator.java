package org.aidcsim.metrics;

import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.cooling.PlantComponent;
import org.aidcsim.cooling.PlantGraph;
import org.aidcsim.cooling.PlantSizer;
import org.aidcsim.cooling.Pump;
import org.aidcsim.cooling.ChipCheck;
import org.aidcsim.cooling.HeatRejectionLoop;
import org.aidcsim.cooling.LoopHydraulics;
import org.aidcsim.it.ItLoad;
import org.aidcsim.units.Units;
import org.aidcsim.weather.WeatherSeries;

/** Design figures of a site from its sized cooling plant and the peaks of its run. */
public final class SizingCalculator {
    private SizingCalculator() {
    }

    /**
     * @param c the sized cooling plant
     * @param it the IT load, as the cooling technology leaves it (fans removed)
     * @param designItPowerW the IT load the plant is sized on (W), see {@link org.aidcsim.it.DesignBasis}
     * @param m the run's totals and peaks
     * @param weather the site's weather year, for the free-cooling hours that warm water buys
     */
    public static Sizing of(CoolingPlant c, ItLoad it, double designItPowerW, AnnualMetrics m, WeatherSeries weather) {
        LiquidPath liquid = c.liquid().orElse(null);
        LoopHydraulics hydraulics = liquid == null ? null : liquid.hydraulics().orElse(null);
        ChipCheck chip = liquid == null ? null : liquid.chip().orElse(null);
        double fans = c.serverFanFractionRemoved();
        double fanEnergyJ = fans > 0 ? m.itEnergyJ() * fans / (1 - fans) : 0.0;
        return Sizing.builder().nameplateItPowerW(it.nameplatePowerW() / (1 - fans)).designItPowerW(designItPowerW)
                .racks(it.rackCount()).liquidRacks(liquid == null ? 0 : liquid.racks()).peakHeatToLiquidW(m.peakHeatToLiquidW())
                .peakHeatToAirW(m.peakHeatToAirW()).peakHeatRejectedW(m.peakHeatRejectedW()).peakChillerLoadW(m.peakChillerLoadW())
                .coolantFlowM3PerS(liquid == null ? 0.0 : liquid.loopFlowM3PerS(m.peakHeatToLiquidW()))
                .coolantSupplyTempC(liquid == null ? Double.NaN : liquid.coolantSupplyTempC())
                .cduUnits(liquid == null ? 0 : liquid.cduUnitsInstalled())
                .cduCapacityW(liquid == null ? 0.0 : liquid.cduCapacityW())
                .fluidVolumeM3(liquid == null ? 0.0 : liquid.fluidVolumeM3())
                .crahFanDesignW(c.air().crahFans().designPowerW())
                .liquidLoopPumpDesignW(liquid == null ? 0.0 : liquid.loopPumps().designPowerW())
                .chilledWaterPumpDesignW(c.air().chilledWater().pump().designPowerW())
                .facilityWaterPumpDesignW(liquid == null ? 0.0 : liquid.facilityWater().pump().designPowerW())
                .addedPumpDesignW(addedPumpsW(c))
                .loopPumpHeadPa(liquid == null || liquid.loopPumps().designFlowM3PerS() <= 0 || liquid.loopPumps().designHeadPa() <= 0
                        ? Double.NaN : liquid.loopPumps().designHeadPa())
                .loopPumpsRunning(liquid == null ? 0 : liquid.hydraulics().map(h -> h.pumps().running()).orElse(0))
                .loopPumpMotorW(hydraulics == null ? Double.NaN : hydraulics.pumps().motorW())
                .loopPipeBoreM(hydraulics == null ? Double.NaN : hydraulics.pipe().boreM())
                .chipCaseTempC(chip == null ? Double.NaN : chip.caseTempC())
                .chipMarginK(chip == null ? Double.NaN : chip.marginK())
                .warmestFacilitySupplyC(chip == null ? Double.NaN : chip.warmestFacilitySupplyC())
                .freeCoolingAtWarmestS(chip == null ? Double.NaN
                        : freeCoolingS(liquid.facilityWater(), chip.warmestFacilitySupplyC(), weather))
                .serverFanEnergyRemovedJ(fanEnergyJ).build();
    }

    /** Design power of the pumps a scenario added to the plant (W): the graph's pumps beyond the technology's own. */
    private static double addedPumpsW(CoolingPlant c) {
        return c.graph().nodes().stream().map(PlantGraph.Node::component)
                .filter(p -> p instanceof Pump && !PlantSizer.defaultComponents(true, true).contains(p.name()))
                .mapToDouble(PlantComponent::designPowerW).sum();
    }

    /**
     * Time per weather year (s) in which the loop's dry coolers or towers alone make water at
     * {@code supplyC} or colder: the hours a facility-water supply that warm runs without chillers.
     */
    static double freeCoolingS(HeatRejectionLoop loop, double supplyC, WeatherSeries weather) {
        int hours = 0;
        for (int h = 0; h < weather.hours(); h++) {
            if (loop.rejector().coldestWaterC(weather.dryBulbC(h), weather.wetBulbC(h)) <= supplyC) {
                hours++;
            }
        }
        return hours * Units.SECONDS_PER_HOUR;
    }
}
