package org.aidcsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aidcsim.cooling.CoolingTechnology;
import org.aidcsim.power.Architecture;
import org.aidcsim.schema.Issue;
import org.aidcsim.site.SiteCompiler;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final String VALID = """
            name: ok
            site:
              weather: {type: constant, dry_bulb_c: 20}
            it:
              groups:
                - {name: g, racks: 10, rack_power_kw: 50}
            power: {architecture: hvdc-240v}
            cooling: {technology: cold_plate}
            """;

    @Test
    void defaultsAreAppliedFromTheFormat() throws Exception {
        ScenarioSpec s = ScenarioLoader.parse(Path.of("scenarios/x.yaml"), VALID).spec();
        assertEquals(Architecture.HVDC_240V, s.power().architecture().orElseThrow());
        assertEquals(0.8, s.power().designLoadFraction());
        assertEquals(CoolingTechnology.COLD_PLATE, s.cooling().technology());
        assertEquals(0.8, s.cooling().liquid().orElseThrow().captureFraction());
        assertEquals(32.0, s.cooling().liquid().orElseThrow().facilitySupplyTempC());
        assertEquals(1.0, s.it().groups().get(0).utilization());
        assertTrue(s.it().groups().get(0).profile() instanceof ScenarioSpec.ConstantProfileSpec);
        assertEquals(3600, s.simulation().stepS());
        assertEquals(365, s.simulation().days());
        assertTrue(s.outputs().hourlyCsv());
    }

    @Test
    void technologyDefaultsDifferByTechnology() throws Exception {
        ScenarioSpec s = ScenarioLoader.parse(Path.of("scenarios/x.yaml"), VALID.replace("cold_plate", "immersion")).spec();
        assertEquals(0.97, s.cooling().liquid().orElseThrow().captureFraction());
        ScenarioSpec air = ScenarioLoader.parse(Path.of("scenarios/x.yaml"), VALID.replace("cold_plate", "air")).spec();
        assertTrue(air.cooling().liquid().isEmpty());
    }

    @Test
    void unknownKeyNegativePowerAndStringForNumberAreAllReportedWithLineAndColumn() {
        String yaml = """
                name: three-errors
                site:
                  weather: {type: constant, dry_bulb_c: 20}
                it:
                  groups:
                    - name: g
                      racks: 10
                      rack_power_kw: -130
                      utilisation: 0.5
                    - name: h
                      racks: 4
                      rack_power_kw: lots
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(Path.of("f.yaml"), yaml));
        List<String> lines = e.issues().stream().map(Issue::toString).toList();
        assertEquals(List.of(
                "f.yaml:8:22: it.groups[0].rack_power_kw: too small (expected a number from 0 to 2000 kW, found -130)",
                "f.yaml:9:7: it.groups[0].utilisation: unknown field; did you mean \"utilization\"? (expected one of name, "
                        + "system, role, racks, systems, it_capacity_kw, rack_power_kw, utilization, profile, rack_power_supply, "
                        + "liquid_fraction, coolant_delta_t_k, server_power_kw, "
                        + "found \"utilisation\")",
                "f.yaml:12:22: it.groups[1].rack_power_kw: wrong type (expected a number from 0 to 2000 kW, found \"lots\")"),
                lines);
    }

    @Test
    void jsonFilesGetTheSameTreatment() {
        String json = "{\n  \"name\": \"j\",\n  \"site\": {\"weather\": {\"type\": \"constant\", \"dry_bulb_c\": \"hot\"}},\n"
                + "  \"it\": {\"groups\": []},\n  \"power\": {\"architecture\": \"hvdc-240v\"},\n  \"cooling\": {\"technology\": \"air\"}\n}\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(Path.of("f.json"), json));
        assertEquals(2, e.issues().size(), e.getMessage());
        assertEquals("f.json:3:58: site.weather.dry_bulb_c: wrong type (expected a number from -60 to 60 °C, found \"hot\")",
                e.issues().get(0).toString());
        assertEquals("f.json:4:20: it.groups: too few items (expected a list of at least 1 item(s), found 0 item(s))",
                e.issues().get(1).toString());
    }

    @Test
    void syntaxErrorsAndDuplicateKeysAreLocated() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(Path.of("f.yaml"), "name: x\nsite: [1, 2\n"));
        assertTrue(e.issues().get(0).toString().startsWith("f.yaml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("syntax error"));
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(Path.of("f.yaml"), VALID + "name: again\n"));
        assertTrue(e.getMessage().contains("f.yaml:9:1: name: duplicate key (first given at line 1)"), e.getMessage());
    }

    @Test
    void relationalProblemsAreReported() {
        String badStep = VALID + "simulation: {step_s: 700}\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(Path.of("f.yaml"), badStep));
        assertTrue(e.getMessage().startsWith("f.yaml:9:22: simulation.step_s: must divide 3600"), e.getMessage());

        String notAFunction = VALID.replace("power: {architecture: hvdc-240v}", """
                power:
                  stages:
                    - name: ups
                      efficiency_curve:
                        - {load_fraction: 0.5, efficiency: 0.95}
                        - {load_fraction: 0.5, efficiency: 0.96}
                """);
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(Path.of("f.yaml"), notAFunction));
        assertTrue(e.getMessage().contains("power.stages[0].efficiency_curve: not a function of load"), e.getMessage());
    }

    @Test
    void aStageRatedBelowItsLoadAndAMissingWeatherFileAreReportedAtTheirFields() throws Exception {
        String underRated = VALID.replace("power: {architecture: hvdc-240v}", """
                power:
                  stages:
                    - {name: rectifier, unit_rating_kw: 300, units: 1, loss_terms: {no_load_fraction: 0.01}}
                """);
        LoadedScenario s = ScenarioLoader.parse(Path.of("f.yaml"), underRated);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(s));
        assertTrue(e.getMessage().contains("f.yaml:9:41: power.stages[0].unit_rating_kw: stage \"rectifier\" is rated below "
                + "its design load (expected N capacity ≥ 500.0 kW, found 1 × 300.0 kW)"), e.getMessage());

        String noWeather = VALID.replace("{type: constant, dry_bulb_c: 20}", "{type: epw, file: nowhere.epw}");
        LoadedScenario s2 = ScenarioLoader.parse(Path.of("scenarios/f.yaml"), noWeather);
        e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(s2));
        assertTrue(e.getMessage().matches("(?s)scenarios/f.yaml:3:30: site.weather.file: .*nowhere.epw: weather file not found.*"),
                e.getMessage());
    }

    @Test
    void powerChainRelationsAreChecked() throws Exception {
        String stages = """
                power:
                  stages:
                    - {name: shelf, kind: shelf, loss_terms: {no_load_fraction: 0.01}}
                    - {name: ups, kind: ups, heat_to: rack, loss_terms: {no_load_fraction: 0.01}}
                    - {name: bus, conductor: {system: dc, voltage_v: 400, length_m: 10}, units: 2}
                  feeder: {length_m: 20}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(Path.of("f.yaml"), VALID.replace("power: {architecture: hvdc-240v}\n", stages)));
        String msg = e.getMessage();
        assertTrue(msg.contains("power.feeder: applies to a preset architecture only"), msg);
        assertTrue(msg.contains("power.stages[1]: facility stage after an in-rack stage"), msg);
        assertTrue(msg.contains("power.stages[1].heat_to: only in-rack stages release heat in the rack"), msg);
        assertTrue(msg.contains("power.stages[2].units: a conductor has no units"), msg);

        String liquidOnAir = VALID.replace("power: {architecture: hvdc-240v}", """
                power:
                  stages:
                    - {name: sidecar, heat_to: rack_liquid, loss_terms: {no_load_fraction: 0.01}}
                """).replace("cold_plate", "air");
        LoadedScenario loaded = ScenarioLoader.parse(Path.of("f.yaml"), liquidOnAir);
        e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(loaded));
        assertTrue(e.getMessage().contains("power.stages[0].heat_to: no liquid loop to take this heat with air cooling"),
                e.getMessage());

        String wrongCount = VALID.replace("power: {architecture: hvdc-240v}", """
                power:
                  stages:
                    - {name: ups, redundancy: 2N, units: 3, unit_rating_kw: 800, loss_terms: {no_load_fraction: 0.01}}
                """);
        LoadedScenario odd = ScenarioLoader.parse(Path.of("f.yaml"), wrongCount);
        e = assertThrows(ScenarioException.class, () -> SiteCompiler.compile(odd));
        assertTrue(e.getMessage().contains("power.stages[0].units: stage \"ups\" 3 unit(s) do not fit 2N redundancy"),
                e.getMessage());
    }
}
