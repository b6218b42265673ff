package org.aidcsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.ScenarioCompiler;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.sweep.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostModelTest {
    private static final String HALL = """
            name: priced
            site: {weather: {type: constant, dry_bulb_c: 15}}
            it: {groups: [{name: g, racks: 20, rack_power_kw: 50}]}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            """;

    @Test
    void tcoIsCapexPlusDiscountedOpexAndCarbonIsEnergyTimesIntensity() throws Exception {
        Evaluation e = Evaluation.of(ScenarioCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/p.yaml"), HALL + """
                economics: {years: 5, discount_rate: 0.1, electricity_price_per_kwh: 0.1, grid_carbon_g_per_kwh: 300}
                """)), false);
        Economics ec = e.economics();
        double facilityKwh = e.metrics().facilityEnergyJ() / 3.6e6;
        assertEquals(facilityKwh * 0.1, ec.opexPerYear().get("electricity"), 1e-6);
        assertEquals(0.03 * ec.capexTotal(), ec.opexPerYear().get("maintenance"), 1e-6);
        double annuity = 0;
        for (int y = 1; y <= 5; y++) {
            annuity += 1 / Math.pow(1.1, y);
        }
        assertEquals(ec.capexTotal() + ec.opexTotalPerYear() * annuity, ec.tco(), 1e-6);
        assertEquals(facilityKwh * 300 / 1e6, ec.carbonTonnesPerYear(), 1e-9);
        // White space: 20 racks × 2.5 m² at 3 000 per m²; the rest of the build at 7 500 per kW of design IT (defaults).
        assertEquals(20 * 2.5 * 3_000, ec.capex().get("building_shell"), 1e-6);
        assertEquals(e.values().value(Metric.DESIGN_IT_POWER_KW) * 7_500, ec.capex().get("facility"), 1e-6);
        assertTrue(ec.capex().get("power_chain") > 0 && ec.capex().get("cooling") > 0);
    }

    @Test
    void hourlyCarbonFollowsTheHourlyIntensity(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("g_co2_per_kwh\n");
        for (int h = 0; h < 8760; h++) {
            csv.append(h % 24 < 12 ? 100 : 500).append('\n');
        }
        Files.writeString(dir.resolve("carbon.csv"), csv);
        Files.writeString(dir.resolve("s.yaml"), HALL + "economics: {grid_carbon_file: carbon.csv}\n");
        Evaluation e = Evaluation.of(ScenarioCompiler.compile(ScenarioLoader.load(dir.resolve("s.yaml"))), false);
        double facilityKwh = e.metrics().facilityEnergyJ() / 3.6e6;
        // A flat load under a constant climate: half the hours at 100, half at 500 g/kWh.
        assertEquals(facilityKwh * 300 / 1e6, e.economics().carbonTonnesPerYear(), 1e-6 * facilityKwh * 300 / 1e6);
    }
}
