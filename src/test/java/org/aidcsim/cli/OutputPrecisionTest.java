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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machine outputs keep every significant digit: the hourly rows add up to the totals of summary.json. */
class OutputPrecisionTest {
    @TempDir
    Path tmp;

    private static JsonNode run(String scenario, Path out) throws Exception {
        int code = Main.execute(new String[] {"run", scenario, "-q", "-o", out.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    @Test
    void hourlyRowsAddUpToTheAnnualFigures() throws Exception {
        JsonNode summary = run("scenarios/ai-hall-cold-plate.yaml", tmp.resolve("a"));
        List<String> rows = Files.readAllLines(tmp.resolve("a/hourly.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int it = header.indexOf("it_power_kw");
        int facility = header.indexOf("facility_power_kw");
        double itKwh = 0;
        double facilityKwh = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            itKwh += Double.parseDouble(f[it]);
            facilityKwh += Double.parseDouble(f[facility]);
        }
        double pue = summary.path("metrics").path("pue").doubleValue();
        assertEquals(pue, facilityKwh / itKwh, 1e-12 * pue, "Σ facility / Σ IT of the hourly rows against metrics.pue");
        assertEquals(summary.path("metrics").path("it_energy_mwh").doubleValue(), itKwh / 1000, 1e-9);
        assertTrue(summary.path("metrics").path("pue").asText().length() > 12, "pue with every digit: " + summary.path("metrics").path("pue"));
        assertEquals("1", rows.get(2).split(",")[header.indexOf("hour_of_day")], "whole hours print as integers");
        assertTrue(header.contains("liquid_free_cooling_fraction"), "a liquid loop has its free-cooling column");
    }

    @Test
    void anAirOnlyRunHasNoLiquidColumn() throws Exception {
        run("scenarios/traditional-air-ups.yaml", tmp.resolve("b"));
        String header = Files.readAllLines(tmp.resolve("b/hourly.csv")).get(0);
        assertFalse(header.contains("liquid"), header);
    }
}
