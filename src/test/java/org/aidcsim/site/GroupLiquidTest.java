package org.aidcsim.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aidcsim.catalog.ItSystemCatalog;
import org.aidcsim.catalog.RackType;
import org.aidcsim.cooling.CoolingPlant;
import org.aidcsim.cooling.GroupLiquid;
import org.aidcsim.cooling.LiquidPath;
import org.aidcsim.engine.AnnualRun;
import org.aidcsim.metrics.AnnualMetrics;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Test;

/** Liquid figures per rack group: air-only racks outside every liquid figure, each group at its own share and rise (issue 24). */
class GroupLiquidTest {
    private static CompiledScenario compile(String yaml) throws ScenarioException {
        return SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios", "hall.yaml"), yaml));
    }

    @Test
    void theCatalogueHallCountsOnlyItsLiquidRacks() throws ScenarioException {
        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.load(Path.of("scenarios", "catalogue-hall.yaml")));
        CoolingPlant plant = c.model().cooling();
        LiquidPath l = plant.liquid().orElseThrow();
        assertEquals(48, l.racks(), "the 40 air-cooled racks are not on the loop");
        assertEquals(48 * 0.020, l.inventory().racksM3(), 1e-12, "20 L per liquid rack, none for air racks");
        // 7 CDUs of 1 MW at 0.3625 L/kW (Deschutes: 725 kg of fluid in a 2 MW unit), half of it on the IT side.
        assertEquals(7 * 1e6 * 0.725 / 2e6 / 2, l.inventory().cduSecondaryM3(), 1e-12);
        // Each running CDU's secondary piping: π/4 · D² · 100 m equivalent length, D the DN the flow needs at 2 m/s.
        double bore = l.hydraulics().orElseThrow().pipe().boreM();
        int running = l.hydraulics().orElseThrow().pumps().running();
        assertEquals(running * Math.PI / 4 * bore * bore * 100, l.inventory().secondaryPipingM3(), 1e-9);
        assertEquals(l.inventory().racksM3() + l.inventory().cduSecondaryM3() + l.inventory().secondaryPipingM3(), l.fluidVolumeM3(),
                1e-12, "the coolant bought: racks, CDUs' IT side, piping");
        assertTrue(l.inventory().facilityLoopM3() > 0, "the facility water is counted apart");
        GroupLiquid gb300 = plant.groups().get(0);
        GroupLiquid air = plant.groups().get(1);
        assertEquals(0.85, gb300.captureFraction(), 0.0);
        assertFalse(air.onLiquid());
        // The catalogue's figure, as `aidcsim catalog` prints it: 0.85 × 132 kW at ΔT 10 K, 163 L/min of water.
        RackType rack = ItSystemCatalog.of("gb300-nvl72").orElseThrow().racks().get(0);
        double catalogueLPerMin = Units.m3PerSToLitrePerMin(rack.coolantFlowM3PerS(l.coolant(), 30).orElseThrow());
        double ours = Units.m3PerSToLitrePerMin(gb300.designFlowPerRackM3PerS(l.coolant(), l.coolantSupplyTempC()));
        assertEquals(catalogueLPerMin, ours, 0.03 * catalogueLPerMin, "GB300 at its catalogue flow within 3 %");
        assertEquals(163, ours, 0.03 * 163);
    }

    @Test
    void heatToLiquidFollowsEachGroupsShare() throws ScenarioException {
        // 10 racks of 100 kW at 80 % to liquid and 10 of 20 kW on air only, flat: liquid heat 800 kW, not 0.8 × 1.2 MW.
        CompiledScenario c = compile("""
                name: mixed
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it:
                  groups:
                    - {name: gpu, racks: 10, rack_power_kw: 100, liquid_fraction: 0.8, coolant_delta_t_k: 8}
                    - {name: storage, racks: 10, rack_power_kw: 20, liquid_fraction: 0}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 1}
                """);
        AnnualMetrics m = AnnualRun.metricsOnly(c.model());
        double chainLiquidW = m.peakHeatToLiquidW() - 800e3;
        assertTrue(chainLiquidW >= 0 && chainLiquidW < 0.05 * 800e3, "IT heat to liquid 800 kW plus in-row losses: " + m.peakHeatToLiquidW());
        LiquidPath l = c.model().cooling().liquid().orElseThrow();
        assertEquals(10, l.racks());
        GroupLiquid gpu = c.model().cooling().groups().get(0);
        assertEquals(8.0, gpu.coolantDeltaTK(), 0.0);
        double flowLPerMin = Units.m3PerSToLitrePerMin(gpu.designFlowPerRackM3PerS(l.coolant(), l.coolantSupplyTempC()));
        // 80 kW at 8 K: m = Q / (cp ΔT) ≈ 80e3 / (4180 × 8) ≈ 2.39 kg/s ≈ 144 L/min of water (density ≈ 0.99 kg/L).
        assertEquals(144, flowLPerMin, 3);
        assertTrue(c.model().cooling().captureFraction() > 0.66 && c.model().cooling().captureFraction() < 0.67,
                "design share over the hall: 800 / 1200 kW");
    }

    @Test
    void anAirOnlyGroupCannotLeaveMoreHeatToAirThanAirRemoves() throws ScenarioException {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> compile("""
                name: hot
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it:
                  groups:
                    - {name: gpu, racks: 10, rack_power_kw: 130, liquid_fraction: 0}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                """));
        assertTrue(e.getMessage().contains("it.groups[0].rack_power_kw"), e.getMessage());
    }

    @Test
    void cdusAreCountedPerGroupWhenEachGroupHasItsOwn() throws ScenarioException {
        String hall = """
                name: two-rows
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it:
                  groups:
                    - {name: a, racks: 15, rack_power_kw: 125, liquid_fraction: 0.8}
                    - {name: b, racks: 15, rack_power_kw: 125, liquid_fraction: 0.8}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate, liquid: {cdu_arrangement: %s}}
                """;
        // 2 × 1.5 MW to liquid (plus a little in-row loss) on 1 MW CDUs, N+1: shared 4 + 1 = 5 (3.0x MW needs 4); each group 2 + 1.
        CompiledScenario shared = compile(hall.formatted("shared"));
        CompiledScenario perGroup = compile(hall.formatted("per_group"));
        LiquidPath s = shared.model().cooling().liquid().orElseThrow();
        LiquidPath g = perGroup.model().cooling().liquid().orElseThrow();
        assertEquals(s.cduUnitsNeeded() + 1, s.cduUnitsInstalled());
        assertEquals(2 * (2 + 1), g.cduUnitsInstalled(), "each group: 2 CDUs for 1.5 MW and its own spare");
        assertEquals(2 * 2, g.cduUnitsNeeded());
        CapacityItem cdus = perGroup.capacity().items().stream().filter(i -> i.key().equals("cooling.cdus")).findFirst().orElseThrow();
        assertEquals(2, cdus.spareUnits());
    }
}
