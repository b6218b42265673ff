package org.aidcsim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.cooling.ChipCheck;
import org.aidcsim.cooling.ColdPlateCurve;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Test;

/** The hottest chip followed through a run: its heat follows the loop's, its plate's flow the loop pumps' law. */
class ChipWatchTest {
    private static final String HALL = """
            name: chip
            site: {weather: {type: constant, dry_bulb_c: 20}}
            it: {groups: [{name: gpu, racks: 10, rack_power_kw: 100, utilization: 0.6}]}
            power: {architecture: hvdc-240v}
            cooling:
              technology: cold_plate
              liquid:
                facility_supply_temp_c: 30
                chip: {power_w: 1000, case_limit_c: %s, cold_plate: ocp-1kw-oam-water, plate_flow_l_per_min: 4}
              plant: {pumps: {cdu_pumps: {control: %s}}}
            simulation: {days: 2}
            """;

    private static CompiledScenario compile(String limit, String law) throws ScenarioException {
        return SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "chip.yaml"), HALL.formatted(limit, law)));
    }

    @Test
    void atPartLoadTheCaseFollowsTheFlowThePumpsGive() throws ScenarioException {
        CompiledScenario follows = compile("85", "follows_load");
        CompiledScenario constant = compile("85", "constant_speed");
        AnnualMetrics f = AnnualRun.metricsOnly(follows.model());
        AnnualMetrics c = AnnualRun.metricsOnly(constant.model());
        ChipCheck chip = follows.model().cooling().liquid().orElseThrow().chip().orElseThrow();
        double load = f.peakHeatToLiquidW() / follows.model().cooling().liquid().orElseThrow().loopPumps().designHeatW();
        assertEquals(0.6, load, 0.01, "the hall runs at 60 % of its nameplate, which the loop is sized on");
        // Following the load, the plate gets 60 % of its 4 L/min; at constant speed all of it.
        double r60 = ColdPlateCurve.OCP_1KW_OAM_WATER.resistanceKPerW(Units.litresPerMinuteToM3PerS(4 * load));
        double r100 = ColdPlateCurve.OCP_1KW_OAM_WATER.resistanceKPerW(Units.litresPerMinuteToM3PerS(4));
        assertEquals(chip.coolantSupplyC() + 1000 * load * r60, f.chipCaseMaxC(), 1e-9);
        assertEquals(chip.coolantSupplyC() + 1000 * load * r100, c.chipCaseMaxC(), 1e-9);
        assertTrue(f.chipCaseMaxC() > c.chipCaseMaxC(), "less flow, a warmer case");
        assertTrue(f.chipCaseMaxC() < chip.caseTempC(), "below its design temperature at 60 % load");
        assertEquals(0.0, f.chipAboveLimitS(), 0.0);
    }

    @Test
    void timeAboveTheLimitIsCounted() throws ScenarioException {
        CompiledScenario hot = compile("40", "follows_load");
        AnnualMetrics m = AnnualRun.metricsOnly(hot.model());
        assertTrue(m.chipCaseMaxC() > 40);
        assertEquals(2 * 86_400.0, m.chipAboveLimitS(), 1e-6, "a flat load above the limit every hour of the two days");
    }

    @Test
    void onADeclaredBasisTheChipDrawsItsDesignPowerAtTheRacksNameplate() throws ScenarioException {
        // Sized on 600 kW of the 1,000 kW of racks: at the racks' 60 % the loop carries its design heat, yet the chip
        // draws only 60 % of its power (its design power belongs to the rack at nameplate).
        String yaml = HALL.formatted("85", "follows_load").replace("rack_power_kw: 100, utilization: 0.6}]}",
                "rack_power_kw: 100, utilization: 0.6}], design_basis: {design_it_load_kw: 600}}");
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "chip.yaml"), yaml));
        AnnualMetrics m = AnnualRun.metricsOnly(c.model());
        ChipCheck chip = c.model().cooling().liquid().orElseThrow().chip().orElseThrow();
        double load = m.peakHeatToLiquidW() / c.model().cooling().liquid().orElseThrow().loopPumps().designHeatW();
        assertEquals(1.0, load, 0.01, "the loop at its design heat");
        double r = ColdPlateCurve.OCP_1KW_OAM_WATER.resistanceKPerW(Units.litresPerMinuteToM3PerS(4 * load));
        assertEquals(chip.coolantSupplyC() + 1000 * load * 0.6 * r, m.chipCaseMaxC(), 1e-9);
    }
}
