package org.aidcsim.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aidcsim.catalog.ConstantFluid;
import org.aidcsim.catalog.Coolant;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.cooling.FacilityWaterClass;
import org.aidcsim.cooling.FlowCurve;
import org.aidcsim.cooling.LiquidDefaults;
import org.aidcsim.engine.AnnualEngine;
import org.aidcsim.metrics.Metric;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioFormat;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.JsonSchemaWriter;
import org.aidcsim.site.Evaluation;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Adds a cooling technology the way docs/architecture.md says (a coolant and a technology, the
 * records the two recipe files would hold) and checks that the whole tool takes it: the format
 * accepts and documents it with its defaults, the plant is sized on its coolant, it runs with
 * energy balanced, and it is priced.
 */
class ToyTechnologyTest {
    /**
     * 25 % propylene glycol (by mass) at 30 °C: ρ ≈ 1018 kg/m³, cp ≈ 3.93 kJ/(kg·K) (ASHRAE
     * Handbook Fundamentals 2017, ch. 31, propylene glycol solution tables). A toy for this test;
     * the coolant catalogue of the liquid-cooling work will bring real temperature-dependent fluids.
     */
    static final Coolant PG25 = new Coolant("toy_pg25", "propylene glycol 25 %", new ConstantFluid(1018.0, 3930.0, 2.2e-3, 0.45,
            -9, 100), 0, Double.NaN, "ASHRAE Fundamentals 2017 ch. 31, 30 °C", Optional.empty());

    static final CoolingTechnology COLD_PLATE_PG25 = new CoolingTechnology("cold_plate_pg25",
            "Cold plates on a propylene-glycol loop (freeze-protected); the rest to air.", Optional.of(LiquidDefaults.builder()
                    .coolants(List.of(PG25)).branchesPerRack(18).branchCurve(List.of(new FlowCurve.Point(1e-4, 20e3)))
                    .branchSource("test value").captureFraction(0.8).captureSource("as cold_plate")
                    .waterClass(FacilityWaterClass.W32).supplyTempC(30.0).supplySource("test value")
                    .loopDeltaTK(10.0).loopDeltaSource("as cold_plate")
                    .fluidVolumeM3PerRack(0.020).fluidSource("as cold_plate")
                    .removeServerFans(false).build()), Optional.empty());

    private static final String HALL = """
            name: toy-hall
            site:
              weather: {type: constant, dry_bulb_c: 20}
            it:
              groups: [{name: gpu, racks: 10, rack_power_kw: 100}]
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate_pg25}
            simulation: {days: 7}
            """;

    @Test
    void aNewTechnologyNeedsNoChangeOutsideItsRecipe() throws Exception {
        List<CoolingTechnology> all = new ArrayList<>(CoolingTechnology.BUILT_IN);
        all.add(COLD_PLATE_PG25);
        ScenarioFormat format = new ScenarioFormat(all);

        String schema = JsonSchemaWriter.toPrettyString(JsonSchemaWriter.document(format.scenario(), "toy"));
        assertTrue(schema.contains("cold_plate_pg25") && schema.contains("propylene glycol"), "the schema documents it");

        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/toy.yaml"), HALL, format));
        assertEquals("cold_plate_pg25", c.model().cooling().technology().key());
        assertEquals(30.0, c.scenario().spec().cooling().liquid().orElseThrow().facilitySupplyTempC(), "its defaults apply");

        Evaluation e = Evaluation.of(c, false);
        // Coolant flow at the peak liquid heat, by hand: Q / (ρ·cp·ΔT) with the glycol's properties.
        double heatW = Units.kwToW(e.values().value(Metric.PEAK_HEAT_TO_LIQUID_KW));
        double expectedLPerMin = Units.m3PerSToLitrePerMin(heatW / (1018.0 * 3930.0 * 10.0));
        assertEquals(expectedLPerMin, e.values().value(Metric.COOLANT_FLOW_L_PER_MIN), 1e-9 * expectedLPerMin);
        double pue = e.values().value(Metric.PUE);
        assertTrue(pue > 1.0 && pue < 1.5, "PUE " + pue);
        assertTrue(e.values().value(Metric.CAPEX) > 0, "priced");

        AnnualEngine.run(c.model(), s -> assertEquals(s.itPowerW + s.powerLossW + s.cooling.totalW() + s.miscPowerW,
                s.facilityPowerW, 1e-9 * s.facilityPowerW, "energy balance"));

        // The default format, without the recipe, does not know it: the file is refused with the known names.
        var refused = Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(Path.of("scenarios/toy.yaml"), HALL));
        assertTrue(refused.getMessage().contains("cold_plate_pg25") && refused.getMessage().contains("cold_plate"),
                refused.getMessage());
    }
}
