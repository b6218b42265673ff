package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool says must not mislead an engineer (issue 17, item 10). */
class WordsThatMisleadTest {
    @TempDir
    Path tmp;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void nameplateAndDesignLoadAreShownApart() {
        Outcome o = run("run", "scenarios/ai-hall-cold-plate.yaml", "-o", tmp.resolve("a").toString());
        assertTrue(o.out().contains("IT nameplate 8,320 kW; sized on nameplate; peak draw 7,488 kW (90 % of nameplate"), o.out());
        assertTrue(o.out().contains("Shaoguan, Guangdong, CHN, WMO 590820"), "the station as its EPW header names it: " + o.out());
    }

    @Test
    void theTransformerSourceSaysWhatItsCurveIs() throws Exception {
        assertEquals(0, run("run", "scenarios/ai-hall-cold-plate.yaml", "-q", "-o", tmp.resolve("c").toString()).code());
        JsonNode stages = new ObjectMapper().readTree(tmp.resolve("c/summary.json").toFile()).path("power_chain").path("stages");
        for (JsonNode stage : stages) {
            if (stage.path("kind").asText().equals("transformer")) {
                assertEquals(2500.0, stage.path("unit_rating_kw").asDouble(), 1e-9);
                String source = stage.path("source").asText();
                assertFalse(source.startsWith("dry-type 1000 kVA"), "a 2500 kW unit is not a 1000 kVA transformer: " + source);
                assertTrue(source.contains("applied to each unit whatever its rating"), source);
            }
        }
    }

    @Test
    void tooMuchAirHeatDoesNotAdviseTheTechnologyInUse() throws Exception {
        Path file = tmp.resolve("hot.yaml");
        Files.writeString(file, """
                name: hot
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: g, racks: 10, rack_power_kw: 400}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                """);
        Outcome r = run("run", file.toString(), "-o", tmp.resolve("h").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("leaves 80.0 kW per rack to air"), r.err());
        assertFalse(r.err().contains("use cold_plate"), r.err());
    }
}
