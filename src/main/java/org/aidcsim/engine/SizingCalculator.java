package org.aidcsim.engine;

import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Sizing;

/** Design figures of a site from its sized model and the peaks of its run. */
public final class SizingCalculator {
    private SizingCalculator() {
    }

    public static Sizing of(SiteModel model, AnnualMetrics m) {
        CoolingPlant c = model.cooling();
        LiquidPath liquid = c.liquid().orElse(null);
        double fans = c.serverFanFractionRemoved();
        double fanEnergyJ = fans > 0 ? m.itEnergyJ() * fans / (1 - fans) : 0.0;
        return new Sizing(model.itLoad().designPowerW(), model.itLoad().rackCount(), m.peakHeatToLiquidW(),
                m.peakHeatToAirW(), m.peakHeatRejectedW(), m.peakChillerLoadW(),
                liquid == null ? 0.0 : liquid.loopFlowM3PerS(m.peakHeatToLiquidW()),
                liquid == null ? Double.NaN : liquid.secondarySupplyTempC(),
                liquid == null ? 0 : liquid.cduUnitsInstalled(),
                liquid == null ? 0.0 : liquid.cduCapacityW(),
                liquid == null ? 0.0 : liquid.fluidVolumeM3(),
                c.air().crahFans().designPowerW(),
                liquid == null ? 0.0 : liquid.loopPumps().designPowerW(),
                c.air().chilledWater().pump().designPowerW(),
                liquid == null ? 0.0 : liquid.facilityWater().pump().designPowerW(),
                fanEnergyJ);
    }
}
