package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and availability estimate a design's downtime with the same model, years and seed: one figure. */
class OneAvailabilityFigureTest {
    @TempDir
    Path tmp;

    private static void cli(String... args) {
        assertEquals(0, Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    @Test
    void compareAndAvailabilityAgree() throws Exception {
        String file = "scenarios/outage-ride-through.yaml";
        cli("availability", file, "-a", "hvdc-240v,dc-800v-sst", "-o", tmp.resolve("a").toString());
        cli("compare", file, "-a", "hvdc-240v,dc-800v-sst", "-o", tmp.resolve("c").toString());
        var availability = new ObjectMapper().readTree(tmp.resolve("a/summary.json").toFile()).path("availability_by_architecture");
        List<String> rows = Files.readAllLines(tmp.resolve("c/compare.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf("downtime_min_per_year");
        for (int i = 1; i < rows.size(); i++) {
            String[] row = rows.get(i).split(",");
            double fromAvailability = availability.path(row[0]).path("downtime_min_per_year").asDouble();
            assertEquals(fromAvailability, Double.parseDouble(row[column]), 1e-9 * fromAvailability, row[0]);
        }
    }
}
