package org.aidcsim.architecture;

import static org.aidcsim.schema.Schema.defaulted;
import static org.aidcsim.schema.Schema.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.cooling.PlantComponent;
import org.aidcsim.cooling.PlantComponentType;
import org.aidcsim.cooling.PlantContext;
import org.aidcsim.cooling.PlantFigure;
import org.aidcsim.cooling.PlantGraph;
import org.aidcsim.cooling.PlantParams;
import org.aidcsim.engine.AnnualEngine;
import org.aidcsim.report.RunReport;
import org.aidcsim.report.SummaryJsonWriter;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioFormat;
import org.aidcsim.scenario.ScenarioLoader;
import org.aidcsim.schema.Field;
import org.aidcsim.schema.JsonSchemaWriter;
import org.aidcsim.site.CompiledScenario;
import org.aidcsim.site.Evaluation;
import org.aidcsim.site.SiteCompiler;
import org.aidcsim.units.Units;
import org.junit.jupiter.api.Test;

/**
 * Adds a plant component type the way docs/architecture.md says (one class implementing
 * PlantComponentType, here inside the test, and the format built with it) and checks that the whole
 * tool takes it: the format accepts and documents it, the plant is sized with it where the file puts
 * it, the hourly step solves it as a node of the graph with energy balanced, and summary.json
 * reports it.
 */
class ToyPlantComponentTest {
    /**
     * A plate heat exchanger on a water loop: its pressure drop is head the loop's pumps must add, so
     * its share of their power is Q·ΔP / η at design and follows the affinity laws (∝ q³) below.
     * A toy for this test; the figures are the test's own.
     */
    record PlateExchanger(String name, double designHeatW, double designPowerW) implements PlantComponent {
        @Override
        public String type() {
            return "plate_heat_exchanger";
        }

        @Override
        public List<PlantFigure> figures() {
            return List.of(PlantFigure.PUMP_W);
        }

        @Override
        public double step(double heatInW, Outdoor outdoor, double[] out, int at) {
            double q = heatInW / designHeatW;
            double pumpW = heatInW > 0 ? designPowerW * q * q * q : 0.0;
            out[at] = pumpW;
            return heatInW + pumpW;
        }

        @Override
        public double designHeatOutW(double designHeatInW) {
            return designHeatInW + designPowerW;
        }
    }

    static final PlantComponentType PLATE_EXCHANGER = new PlantComponentType() {
        @Override
        public String key() {
            return "plate_heat_exchanger";
        }

        @Override
        public String description() {
            return "A plate heat exchanger whose pressure drop the loop's pumps overcome.";
        }

        @Override
        public List<Field> fields() {
            return List.of(defaulted("pressure_drop_kpa", number("Pressure drop at design flow", "kPa").above(0).max(500), 40.0,
                    "test value"));
        }

        @Override
        public PlantParams.Sizer bind(String name, Map<String, Object> values) {
            double dropPa = Units.kpaToPa(((Number) values.get("pressure_drop_kpa")).doubleValue());
            return (PlantContext at) -> new PlateExchanger(name, at.designHeatW(), at.designFlowM3PerS() * dropPa / at.pumpEfficiency());
        }
    };

    private static final String HALL = """
            name: toy-plant
            site:
              weather: {type: constant, dry_bulb_c: 20}
            it:
              groups: [{name: gpu, racks: 10, rack_power_kw: 100}]
            power: {architecture: hvdc-240v}
            cooling:
              technology: cold_plate
              plant:
                add: [{type: plate_heat_exchanger, name: economizer_hx, after: facility_water_pump, pressure_drop_kpa: 50}]
            simulation: {days: 7}
            """;

    @Test
    void aNewComponentTypeNeedsNoChangeOutsideItsClass() throws Exception {
        ScenarioFormat format = new ScenarioFormat(CoolingTechnology.BUILT_IN, List.of(PLATE_EXCHANGER));
        String schema = JsonSchemaWriter.toPrettyString(JsonSchemaWriter.document(format.scenario(), "toy"));
        assertTrue(schema.contains("plate_heat_exchanger") && schema.contains("whose pressure drop"), "the schema documents it");

        CompiledScenario c = SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/toy.yaml"), HALL, format));
        PlantGraph graph = c.model().cooling().graph();
        List<String> names = graph.nodes().stream().map(n -> n.component().name()).toList();
        assertEquals(List.of("crah_fans", "airside_economizer", "chilled_water_pump", "chilled_water", "cdu_pumps",
                "facility_water_pump", "economizer_hx", "facility_water"), names, "placed after the component the file names");
        PlantGraph.Node pump = graph.node("facility_water_pump").orElseThrow();
        PlantGraph.Node hx = graph.node("economizer_hx").orElseThrow();
        PlantGraph.Node rejection = graph.node("facility_water").orElseThrow();
        assertEquals(pump.designHeatInW() + pump.component().designPowerW(), hx.designHeatInW(), 1e-9 * hx.designHeatInW(),
                "sized on the heat reaching it");
        assertEquals(hx.designHeatInW() + hx.component().designPowerW(), rejection.designHeatInW(), 1e-9 * hx.designHeatInW(),
                "what follows is sized on what it passes on");
        // Hand calculation: Q·ΔP/η, water at the facility loop's mean 37 °C (ρ 993.3 kg/m³, cp 4178 J/(kg·K), IAPWS-95
        // as tabulated in the CRC Handbook), its 10 K rise, the default pump efficiency 0.7.
        double flow = hx.designHeatInW() / (993.3 * 4178 * 10.0);
        assertEquals(flow * 50e3 / 0.7, hx.component().designPowerW(), 0.005 * hx.component().designPowerW());

        AnnualEngine.run(c.model(), s -> {
            double heatInW = s.cooling.heatToAirW() + s.cooling.heatToLiquidW() + s.cooling.totalW();
            assertEquals(heatInW, s.cooling.heatRejectedW() + s.cooling.heatExportedW(), 1e-9 * heatInW,
                    "heat balance: its pump work leaves outdoors with the rest");
        });
        Evaluation with = Evaluation.of(c, true);
        double toyJ = with.componentEnergyJ().orElseThrow().get(names.indexOf("economizer_hx"));
        assertTrue(toyJ > 0, "it draws");
        Evaluation without = Evaluation.of(SiteCompiler.compile(ScenarioLoader.parse(Path.of("scenarios/toy.yaml"),
                HALL.replace("add: [{type: plate_heat_exchanger, name: economizer_hx, after: facility_water_pump, "
                        + "pressure_drop_kpa: 50}]", "add: []"), format)), false);
        assertEquals(without.metrics().pumpEnergyJ() + toyJ, with.metrics().pumpEnergyJ(), 1e-9 * with.metrics().pumpEnergyJ(),
                "its pump work is counted with the pumps; the pumps upstream of it do not change");

        JsonNode json = SummaryJsonWriter.tree(RunReport.of("test", "toy.yaml", "", with, List.of()));
        JsonNode reported = json.at("/cooling/plant/6");
        assertEquals("economizer_hx", reported.get("name").asText());
        assertEquals("plate_heat_exchanger", reported.get("type").asText());
        assertEquals(Units.joulesToMwh(toyJ), reported.get("energy_mwh").asDouble(), 1e-9 * Units.joulesToMwh(toyJ));

        // The default format does not know it: the file is refused with the known types.
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(Path.of("scenarios/toy.yaml"), HALL));
        assertTrue(refused.getMessage().contains("plate_heat_exchanger") && refused.getMessage().contains("pump"),
                refused.getMessage());
    }
}
