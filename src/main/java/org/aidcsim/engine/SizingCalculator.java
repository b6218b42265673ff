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
        return new Sizing(model.itLoad().designPowerW(), model.itLoad().rackCount(), m.peakHeatToLiquidW(),
                m.peakHeatToAirW(), m.peakHeatRejectedW(),
                liquid == null ? 0.0 : liquid.loopFlowM3PerS(m.peakHeatToLiquidW()),
                liquid == null ? Double.NaN : liquid.secondarySupplyTempC(),
                c.crahFans().designPowerW(),
                liquid == null ? 0.0 : liquid.loopPumps().designPowerW(),
                c.chilledWater().pump().designPowerW(),
                liquid == null ? 0.0 : liquid.facilityWater().pump().designPowerW());
    }
}
