package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aidcsim.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void runWritesSummaryAndHourlyAndPrintsPue() throws Exception {
        Path dir = tmp.resolve("out");
        Outcome o = run("run", "scenarios/ai-hall-cold-plate.yaml", "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("PUE  "), o.out());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String key : List.of("pue", "it_energy_mwh", "facility_energy_mwh", "power_loss_mwh",
                "cooling_energy_mwh", "pue_step_max", "peak_facility_power_kw")) {
            assertTrue(summary.path("metrics").path(key).isNumber(), "metrics." + key);
        }
        assertFalse(Files.readString(dir.resolve("summary.json")).matches("(?s).*\\d[eE][+-]?\\d.*"),
                "numbers in plain notation");
        double pue = summary.path("metrics").path("pue").asDouble();
        assertTrue(o.out().contains(String.format(Locale.ROOT, "%.3f", pue)), "printed PUE matches summary.json");
        List<String> hourly = Files.readAllLines(dir.resolve("hourly.csv"));
        assertEquals(8761, hourly.size(), "header + 8760 hours");
        assertTrue(hourly.get(0).startsWith("time_h,day_of_year,hour_of_day,dry_bulb_c,it_power_kw"), hourly.get(0));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("hourly.csv", "monthly-pue.png", "monthly-pue.svg", "pue-heatmap.png", "pue-heatmap.svg",
                    "report.html", "summary.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left behind");
        }
    }

    @Test
    void sameScenarioGivesByteIdenticalOutputs() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("run", "-q", "scenarios/traditional-air-ups.yaml", "-o", a.toString()).code());
        assertEquals(0, run("run", "-q", "scenarios/traditional-air-ups.yaml", "-o", b.toString()).code());
        for (String f : List.of("summary.json", "hourly.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void invalidScenarioExitsTwoWithEveryProblemAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, """
                name: bad
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it:
                  groups:
                    - {name: g, racks: 10, rack_power_kw: -1, colour: red}
                    - {name: h, racks: "x", rack_power_kw: 1}
                power: {architecture: hvdc-240v}
                cooling: {technology: air}
                """);
        Path dir = tmp.resolve("never");
        Outcome o = run("run", bad.toString(), "-o", dir.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains(bad + ":5:43: it.groups[0].rack_power_kw: too small"), o.err());
        assertTrue(o.err().contains(bad + ":5:47: it.groups[0].colour: unknown field"), o.err());
        assertTrue(o.err().contains(bad + ":6:24: it.groups[1].racks: wrong type"), o.err());
        assertTrue(o.err().contains("3 problems found."), o.err());
        assertFalse(o.err().contains("Exception"), "no stack trace for a user's mistake");
        assertFalse(Files.exists(dir));

        Outcome v = run("validate", bad.toString(), "scenarios/immersion-800v.yaml");
        assertEquals(2, v.code());
        assertTrue(v.out().contains("scenarios/immersion-800v.yaml: valid"), v.out());
    }

    @Test
    void validateAcceptsEveryExample() {
        Outcome o = run("validate", "scenarios/ai-hall-cold-plate.yaml", "scenarios/immersion-800v.yaml",
                "scenarios/traditional-air-ups.yaml");
        assertEquals(0, o.code(), o.err());
    }

    @Test
    void helpVersionSchemaAndUsageErrors() {
        assertEquals(0, run("--help").code());
        Outcome v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("aidcsim "), v.out());
        for (String sub : List.of("run", "validate", "schema")) {
            Outcome h = run(sub, "--help");
            assertEquals(0, h.code());
            assertTrue(h.out().contains("Usage: aidcsim " + sub), h.out());
        }
        Outcome s = run("schema");
        assertEquals(0, s.code());
        assertEquals(ScenarioSchema.json(), s.out());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("run").code());
        Outcome missing = run("run", "no/such/file.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no/such/file.yaml: file not found"), missing.err());
    }

    @Test
    void chainPrintsEveryStageAndWritesTheWaterfall() throws Exception {
        Path dir = tmp.resolve("chain");
        Outcome o = run("chain", "scenarios/explicit-chain-2n-ups.yaml", "--load", "0.5", "-o", dir.toString());
        assertEquals(0, o.code(), o.err());
        for (String stage : List.of("MV/LV transformer", "UPS 2N", "400 V aluminium busway", "AC power shelf", "board regulators")) {
            assertTrue(o.out().contains(stage), stage + " missing:\n" + o.out());
        }
        assertTrue(o.out().contains("6 (2N)"), "2N pairs of 1 MW UPS for 1.92 MW of nameplate at 80 %: " + o.out());
        assertTrue(o.out().contains("grid -> chips"), o.out());
        byte[] png = Files.readAllBytes(dir.resolve("chain-losses.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String svg = Files.readString(dir.resolve("chain-losses.svg"));
        assertTrue(svg.contains("<svg") && !svg.contains("<!DOCTYPE"), "an SVG document without a DTD to fetch");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("chain-losses.svg").toFile());
        assertEquals(2, run("chain", "scenarios/explicit-chain-2n-ups.yaml", "--load", "0").code());
    }

    @Test
    void compareRunsEachArchitectureOnTheSameLoad() throws Exception {
        Path dir = tmp.resolve("cmp");
        Outcome o = run("compare", "scenarios/ai-hall-cold-plate.yaml", "--architectures",
                "ac-ups-double-conversion,dc-800v-sst", "--require", "elc<0.05", "-o", dir.toString());
        assertEquals(0, o.code(), o.err());
        // The double-conversion UPS chain loses more than 5 % at design, the 800 V DC chain less (docs/power-architectures.md).
        assertTrue(o.out().contains("Meeting elc<0.05: dc-800v-sst; not: ac-ups-double-conversion."), o.out());
        // long names wrap over two header lines of the console table
        assertTrue(o.out().contains("ac-ups-double-") && o.out().contains("conversion")
                && o.out().contains("dc-800v-sst"), o.out());
        List<String> csv = Files.readAllLines(dir.resolve("compare.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(0).startsWith("variant,pue,"), csv.get(0));
        assertTrue(Files.size(dir.resolve("efficiency-vs-load.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("efficiency-vs-load.svg")).contains("<svg"));

        Outcome bad = run("compare", "scenarios/ai-hall-cold-plate.yaml", "-a", "hvdc-240", "-o", dir.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("found \"hvdc-240\""), bad.err());
        Outcome files = run("compare", "scenarios/traditional-air-ups.yaml", "scenarios/immersion-800v.yaml", "-o", dir.toString());
        assertEquals(0, files.code(), files.err());
        assertTrue(files.out().contains("traditional-air-ups") && files.out().contains("immersion-800v"));
        assertEquals(2, run("compare", "scenarios/immersion-800v.yaml").code(), "one file without --architectures");
    }

    @Test
    void densityChartsEachTechnologyAndMarksWhatAirCannotCool() throws Exception {
        Path dir = tmp.resolve("density");
        Outcome o = run("density", "scenarios/traditional-air-ups.yaml", "--densities", "5,20,60", "--technologies", "air,immersion",
                "-o", dir.toString());
        assertEquals(0, o.code(), o.err());
        List<String> csv = Files.readAllLines(dir.resolve("pue-vs-density.csv"));
        assertEquals(1 + 6, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(3).startsWith("air,60,,,,\"infeasible: it.groups[0].rack_power_kw: air cooling leaves 60.0 kW per rack to air"), csv.get(3));
        assertTrue(csv.get(4).startsWith("immersion,5,1."), csv.get(4));
        assertTrue(csv.get(0).equals("technology,rack_power_kw,pue,ppue_cooling,facility_energy_mwh,note"), csv.get(0));
        assertTrue(Files.size(dir.resolve("pue-vs-density.png")) > 1000);
        assertEquals(2, run("density", "scenarios/traditional-air-ups.yaml", "--technologies", "water").code());
    }

    @Test
    void transientWritesSeriesSummaryAndChart() throws Exception {
        Path dir = tmp.resolve("transient");
        Outcome o = run("transient", "scenarios/outage-ride-through.yaml", "-o", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("rides through"), o.out());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode ride = summary.path("ride_through");
        assertEquals("rides through", ride.path("verdict").asText());
        for (String key : List.of("unserved_energy_kwh", "longest_unserved_interval_ms", "min_state_of_charge",
                "min_supercap_voltage_v", "fuel_used_l")) {
            assertTrue(ride.path(key).isNumber(), key);
        }
        assertEquals(15.1, ride.path("takeover_s").path("generator").asDouble(), 1e-9, "10 s start + 0.1 s transfer");
        List<String> csv = Files.readAllLines(dir.resolve("transient.csv"));
        assertEquals(1 + 180 / 0.05, csv.size(), 1);
        assertTrue(Files.size(dir.resolve("transient-power.png")) > 1000);
        Outcome none = run("transient", "scenarios/ai-hall-cold-plate.yaml", "-o", dir.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no transient section"), none.err());
    }

    @Test
    void availabilityWritesItsSectionAndIsReproducible() throws Exception {
        Path a = tmp.resolve("av-a");
        Path b = tmp.resolve("av-b");
        Outcome o = run("availability", "scenarios/outage-ride-through.yaml", "--years", "2000", "--seed", "5", "-o", a.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("availability") && o.out().contains("nines"), o.out());
        assertEquals(0, run("availability", "scenarios/outage-ride-through.yaml", "--years", "2000", "--seed", "5", "-o",
                b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.json")), Files.readAllBytes(b.resolve("summary.json")));
        JsonNode av = new ObjectMapper().readTree(a.resolve("summary.json").toFile()).path("availability");
        for (String key : List.of("availability", "downtime_min_per_year", "losses_per_year", "availability_ci95_half_width")) {
            assertTrue(av.path(key).isNumber(), key);
        }
        assertTrue(av.path("downtime_share_by_cause").isObject());
        assertTrue(Files.size(a.resolve("downtime.png")) > 1000);
        Outcome many = run("availability", "scenarios/outage-ride-through.yaml", "--years", "1000", "-a", "hvdc-240v,dc-800v-sst",
                "-o", a.toString());
        assertEquals(0, many.code(), many.err());
        assertEquals(2, run("availability", "scenarios/outage-ride-through.yaml", "--years", "5").code(), "too few years");
    }
}
