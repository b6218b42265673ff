package org.aidcsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.aidcsim.cli.Main;
import org.aidcsim.metrics.Direction;
import org.aidcsim.metrics.Metric;
import org.aidcsim.scenario.LoadedScenario;
import org.aidcsim.scenario.ScenarioException;
import org.aidcsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    @TempDir
    Path tmp;

    private static int cli(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static final String[] SWEEP_24 = {"sweep", "scenarios/ai-hall-cold-plate.yaml",
        "--set", "it.groups[0].rack_power_kw=20,50,100,130",
        "--set", "cooling.technology=air,cold_plate,immersion",
        "--set", "site.weather.file=../weather/USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw,"
                + "../weather/CHN_Guangdong.Shaoguan.590820_CSWD.epw"};

    @Test
    void twentyFourVariantsFromOneCommandTwiceByteIdentical() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, cli(append(SWEEP_24, "-o", a.toString())));
        assertEquals(0, cli(append(SWEEP_24, "-o", b.toString(), "--threads", "1")));
        List<String> rows = Files.readAllLines(a.resolve("sweep.csv"));
        assertEquals(25, rows.size(), "header + 24 variants");
        assertTrue(rows.get(0).startsWith("variant,it.groups[0].rack_power_kw,cooling.technology,site.weather.file,status,pue,"));
        assertTrue(rows.get(7).contains(",failed,") && rows.get(7).contains("more than air can remove"), rows.get(7));
        assertTrue(rows.stream().anyMatch(r -> r.contains(",yes,")), "a Pareto front is marked");
        assertArrayEquals(Files.readAllBytes(a.resolve("sweep.csv")), Files.readAllBytes(b.resolve("sweep.csv")),
                "same scenario, same bytes, whatever the thread count");
        for (String f : List.of("report.html", "sweep-pareto.png", "sweep-pareto.svg", "sweep-energy-by-end-use.png")) {
            assertTrue(Files.size(a.resolve(f)) > 1000, f);
        }
    }

    @Test
    void sweepSectionOfTheScenarioWithARange() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, """
                name: swept
                site: {weather: {type: constant, dry_bulb_c: 20}}
                it: {groups: [{name: g, racks: 10, rack_power_kw: 50}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 2}
                sweep:
                  - path: cooling.liquid.facility_supply_temp_c
                    range: {from: 20, to: 32, step: 4}
                  - path: power.architecture
                    values: [hvdc-240v, dc-800v-sst]
                """);
        LoadedScenario base = ScenarioLoader.load(scenario);
        List<SweepDimension> dims = SweepDimensions.fromScenario(base);
        assertEquals(4, dims.get(0).values().size(), "20, 24, 28, 32");
        List<Sweep.Variant> variants = Sweep.run(base, dims, 2, i -> { });
        assertEquals(8, variants.size());
        assertEquals(List.of("20", "hvdc-240v"), variants.get(0).values());
        assertEquals(List.of("32", "dc-800v-sst"), variants.get(7).values());
        assertTrue(variants.stream().allMatch(v -> v.metrics().isPresent()));
        // Warmer facility water, more free cooling: PUE falls along the first dimension.
        assertTrue(variants.get(6).metrics().get().value(Metric.PUE) < variants.get(0).metrics().get().value(Metric.PUE));
    }

    /**
     * Variants built by putting each value into the validated base (the shortcut) give exactly what
     * validating each variant whole gives, metric for metric; a swept value that brings other
     * changes (a cooling technology, with its own liquid defaults) turns the shortcut off.
     */
    @Test
    void shortcutVariantsEqualVariantsValidatedWhole() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, """
                name: swept
                site: {weather: {type: constant, dry_bulb_c: 24, relative_humidity: 0.6}}
                it: {groups: [{name: g, racks: 10, rack_power_kw: 50}, {name: h, racks: 4, rack_power_kw: 8}]}
                power: {architecture: hvdc-240v}
                cooling: {technology: cold_plate}
                simulation: {days: 3}
                sweep:
                  - path: it.groups[0].rack_power_kw
                    values: [20, 80, 190]
                  - path: cooling.liquid.facility_supply_temp_c
                    range: {from: 20, to: 44, step: 12}
                  - path: it.groups[1].utilization
                    values: [0, 0.5]
                  - path: power.architecture
                    values: [hvdc-240v, ac-ups-double-conversion]
                """);
        LoadedScenario base = ScenarioLoader.load(scenario);
        List<SweepDimension> dims = SweepDimensions.fromScenario(base);
        Sweep.Plan plan = Sweep.check(base, dims);
        assertTrue(plan.shortcut().isPresent(), "every swept value changes only itself");
        Sweep.Plan whole = new Sweep.Plan(base, dims, java.util.Optional.empty());
        int failed = 0;
        for (int i = 0; i < plan.size(); i++) {
            Sweep.Variant fast = Sweep.variant(plan, i, 0);
            Sweep.Variant slow = Sweep.variant(whole, i, 0);
            assertEquals(slow.values(), fast.values());
            assertEquals(slow.error(), fast.error(), "variant " + i);
            assertEquals(slow.metrics().isPresent(), fast.metrics().isPresent(), "variant " + i);
            failed += fast.metrics().isEmpty() ? 1 : 0;
            for (Metric m : Metric.values()) {
                if (fast.metrics().isPresent()) {
                    assertEquals(slow.metrics().get().value(m), fast.metrics().get().value(m), 0.0, "variant " + i + " " + m);
                }
            }
        }
        assertTrue(failed > 0 && failed < plan.size(), "some variants fail a check across fields, the same way both ways: " + failed);

        Path technology = tmp.resolve("t.yaml");
        Files.writeString(technology, Files.readString(scenario).replace("power.architecture", "cooling.technology")
                .replace("[hvdc-240v, ac-ups-double-conversion]", "[cold_plate, immersion]"));
        LoadedScenario t = ScenarioLoader.load(technology);
        assertFalse(Sweep.check(t, SweepDimensions.fromScenario(t)).shortcut().isPresent(),
                "a new cooling technology brings its own liquid defaults: each variant is validated whole");
    }

    /**
     * A plant reshaped for cold plates (its CDU pumps' law, a booster on the facility water) is left
     * behind with its technology: air has neither and brings its own plant.
     */
    @Test
    void anotherTechnologyLeavesThePlantSectionBehind() throws Exception {
        LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/cold-plate-pump-control.yaml"));
        List<Sweep.Variant> variants = Sweep.run(base, List.of(SweepDimensions.fromOption("it.groups[0].rack_power_kw=20"),
                SweepDimensions.fromOption("cooling.technology=cold_plate,air")), 1, done -> { });
        assertEquals(List.of("", ""), variants.stream().map(Sweep.Variant::error).toList());
        assertTrue(variants.get(1).metrics().orElseThrow().value(Metric.PUE) > 1.0);
    }

    @Test
    void badSweepsAreRefusedBeforeAnythingRuns() throws Exception {
        LoadedScenario base = ScenarioLoader.load(Path.of("scenarios/ai-hall-cold-plate.yaml"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> Sweep.check(base,
                List.of(SweepDimensions.fromOption("it.groups[0].rack_powr_kw=20,30"))));
        assertTrue(e.getMessage().contains("--set.path: names no field of the scenario"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> Sweep.check(base,
                List.of(SweepDimensions.fromOption("it.groups[0].rack_power_kw=20,lots"))));
        assertTrue(e.getMessage().contains("--set it.groups[0].rack_power_kw:1:1: it.groups[0].rack_power_kw: wrong type "
                + "(expected a number from 0 to 2000 kW, found \"lots\")"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> SweepDimensions.fromOption("cooling.technology="));
        assertTrue(e.getMessage().contains("expected path=value1,value2"), e.getMessage());

        Path scenario = tmp.resolve("empty.yaml");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/ai-hall-cold-plate.yaml"))
                + "sweep:\n  - path: cooling.technology\n    values: []\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario));
        assertTrue(e.getMessage().contains("sweep[0].values: too few items (expected a list of at least 1 item(s), found 0 item(s))"),
                e.getMessage());
        assertEquals(2, cli("sweep", "scenarios/ai-hall-cold-plate.yaml"), "nothing to sweep");
    }

    @Test
    void paretoFrontKeepsOnlyTheNonDominated() {
        double[] x = {1, 2, 3, 2, 4, Double.NaN};
        double[] y = {5, 3, 1, 4, 0.5, 0};
        assertArrayEquals(new boolean[] {true, true, true, false, true, false},
                Pareto.front(x, Direction.LOWER_IS_BETTER, y, Direction.LOWER_IS_BETTER));
        assertFalse(Pareto.front(new double[] {1, 1}, Direction.LOWER_IS_BETTER, new double[] {2, 3}, Direction.LOWER_IS_BETTER)[1],
                "equal x, worse y: dominated");
    }

    /** Availability is better high: maximised, the front keeps the most available design, not the least. */
    @Test
    void paretoFrontFollowsEachMetricsDirection() {
        double[] capex = {1, 2, 3};
        double[] availability = {0.999, 0.9999, 0.99};
        assertArrayEquals(new boolean[] {true, true, false},
                Pareto.front(capex, Metric.CAPEX.direction(), availability, Metric.AVAILABILITY.direction()));
    }

    private static String[] append(String[] a, String... more) {
        String[] out = Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
