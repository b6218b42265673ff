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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aidcsim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One name per figure: the keys of summary.json, sweep.csv and compare.csv are the catalogue's, in every file. */
class MetricKeysTest {
    @TempDir
    Path tmp;

    private static int cli(String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    private static List<String> catalogue() {
        return Arrays.stream(Metric.values()).map(Metric::key).toList();
    }

    /**
     * Figures of the temperature chain and of heat reuse, absent when the file describes no chip and
     * no heat user (the example does neither), and the horizon PUE, absent without a load ramp.
     */
    private static final List<String> OPTIONAL_LIQUID_KEYS = List.of("chip_case_temp_c", "chip_margin_k", "warmest_facility_supply_c",
            "chip_case_max_c", "chip_hours_above_limit",
            "free_cooling_hours_at_warmest", "heat_reused_mwh", "heat_delivered_mwh", "heat_pump_energy_mwh", "erf", "ere",
            "horizon_pue");

    @Test
    void summarySweepAndCompareNameEveryMetricAlike() throws Exception {
        assertEquals(0, cli("run", "scenarios/ai-hall-cold-plate.yaml", "-q", "-o", tmp.resolve("run").toString()));
        JsonNode summary = new ObjectMapper().readTree(tmp.resolve("run/summary.json").toFile());
        List<String> inSummary = new ArrayList<>();
        summary.path("metrics").fieldNames().forEachRemaining(inSummary::add);
        summary.path("cooling").path("sizing").fieldNames().forEachRemaining(inSummary::add);
        // A run without availability estimates leaves those two out; every other key is there, in catalogue order.
        assertEquals(catalogue().stream().filter(k -> !k.equals("availability") && !k.equals("downtime_min_per_year")
                && !k.equals("coolant_supply_temp_c") && !OPTIONAL_LIQUID_KEYS.contains(k) || inSummary.contains(k)).toList(), inSummary);

        assertEquals(0, cli("sweep", "scenarios/ai-hall-cold-plate.yaml", "--set", "it.groups[0].rack_power_kw=100,130",
                "-o", tmp.resolve("sweep").toString()));
        List<String> sweepHeader = List.of(Files.readAllLines(tmp.resolve("sweep/sweep.csv")).get(0).split(","));
        assertEquals(catalogue(), sweepHeader.subList(3, 3 + catalogue().size()), "sweep.csv: variant, the swept path, status, metrics");

        assertEquals(0, cli("compare", "scenarios/ai-hall-cold-plate.yaml", "-a", "hvdc-240v,dc-800v-sst",
                "-o", tmp.resolve("compare").toString()));
        List<String> compareHeader = List.of(Files.readAllLines(tmp.resolve("compare/compare.csv")).get(0).split(","));
        assertEquals(catalogue(), compareHeader.subList(1, compareHeader.size()), "compare.csv: variant, metrics");
    }

    @Test
    void aParetoAxisThatTheSweepDoesNotEstimateIsRefusedBeforeAnyWork() {
        // availability comes from the Monte Carlo estimate; without it every point would be blank
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"sweep", "scenarios/ai-hall-cold-plate.yaml", "--set",
            "it.groups[0].rack_power_kw=100,130", "--pareto", "water_use_m3,availability", "-o", tmp.resolve("s").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--availability-years"), err.toString());
        assertFalse(Files.exists(tmp.resolve("s")), "nothing written");
    }
}
