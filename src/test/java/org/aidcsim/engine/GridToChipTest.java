package org.aidcsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.metrics.Metric;
import org.aidcsim.metrics.MetricValues;
import org.aidcsim.power.HeatSink;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;

/**
 * The losses that rank power architectures, grid to chips: facility stages, the batteries' float and
 * the in-rack stages; and the cooling energy's share that removes them, by hand from the run's
 * energies and each stage's heat sink.
 */
class GridToChipTest {
    @Test
    void gridToChipLossesAndTheCoolingTheyCost() throws Exception {
        Evaluation e = Evaluation.of(SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", "ai-hall-cold-plate.yaml"))),
                false);
        AnnualMetrics m = e.metrics();
        MetricValues v = e.values();
        double toMwh = 1 / 3.6e9;
        assertEquals((m.powerLossEnergyJ() + m.inRackLossEnergyJ()) * toMwh, v.value(Metric.GRID_TO_CHIP_LOSS_MWH), 1e-9);
        assertEquals(m.facilityEnergyJ() - m.chipEnergyJ() - m.coolingEnergyJ() - m.miscEnergyJ(),
                m.powerLossEnergyJ() + m.inRackLossEnergyJ(), 1e-6 * m.facilityEnergyJ(), "grid to chips, nothing else");
        var model = e.scenario().model();
        double lossHeat = m.inRackLossEnergyJ() + model.standbyLossW() * m.simulatedS();
        for (int i = 0; i < m.stageLossEnergyJ().size(); i++) {
            HeatSink sink = model.powerChain().stage(i).heatSink();
            lossHeat += sink.toAirPlant() || sink == HeatSink.RACK_LIQUID ? m.stageLossEnergyJ().get(i) : 0;
        }
        double share = lossHeat / (m.heatToAirEnergyJ() + m.heatToLiquidEnergyJ());
        assertTrue(share > 0.1 && share < 0.25, "in-rack losses dominate a 130 kW hall's chain heat: " + share);
        assertEquals(m.coolingEnergyJ() * share * toMwh, v.value(Metric.LOSS_COOLING_ENERGY_MWH), 1e-9);
    }
}
