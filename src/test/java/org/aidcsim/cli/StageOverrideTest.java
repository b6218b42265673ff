package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A maker's shelf curve given once in the file reaches every architecture of compare --architectures
 * that has a shelf, keeps the rest of each preset, and the JSON says per architecture where it applied.
 */
class StageOverrideTest {
    @TempDir
    Path tmp;

    @Test
    void aShelfOverrideReachesEveryArchitectureWithAShelf() throws Exception {
        Path scenario = tmp.resolve("hall.yaml");
        Files.writeString(scenario, """
                name: override-hall
                site: {weather: {type: constant, dry_bulb_c: 20}, country: CN}
                it: {groups: [{name: gpu, racks: 10, rack_power_kw: 130}]}
                power:
                  architecture: hvdc-240v
                  stage_overrides:
                    shelf:
                      efficiency_curve:
                        - {load_fraction: 0.1, efficiency: 0.95}
                        - {load_fraction: 0.5, efficiency: 0.978}
                        - {load_fraction: 1.0, efficiency: 0.97}
                      curve_source: a maker's 33 kW shelf
                      curve_basis: vendor_datasheet
                cooling: {technology: cold_plate}
                simulation: {days: 2}
                """);
        Refusals.Outcome o = Refusals.cli("compare", scenario.toString(), "-a", "hvdc-240v,ac-ups-double-conversion,hvdc-750v",
                "--format", "json", "-o", tmp.resolve("out").toString());
        assertEquals(0, o.code(), o.err());
        JsonNode designs = new ObjectMapper().readTree(o.out()).get("designs");
        assertEquals("applied to \"HVDC power shelf -> 54 V\"", designs.get(0).get("stage_overrides").get("shelf").asText());
        assertEquals("applied to \"AC power shelf -> 54 V\"", designs.get(1).get("stage_overrides").get("shelf").asText());
        assertEquals("not applied: no shelf stage", designs.get(2).get("stage_overrides").get("shelf").asText());
        for (int d = 0; d < 2; d++) {
            JsonNode shelf = stage(designs.get(d), "shelf");
            assertEquals("vendor_datasheet", shelf.get("basis").asText());
            assertEquals("a maker's 33 kW shelf", shelf.get("source").asText());
        }
        assertEquals("published_figure", stage(designs.get(2), "dcdc").get("basis").asText(), "the 750 V shelf is the preset's");
        assertTrue(stage(designs.get(1), "ups").get("source").asText().contains("UPS"), "the rest of each preset kept");
    }

    private static JsonNode stage(JsonNode design, String kind) {
        for (JsonNode s : design.get("stages")) {
            if (s.get("kind").asText().equals(kind)) {
                return s;
            }
        }
        throw new AssertionError("no " + kind + " stage");
    }
}
