package org.aidcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * chain's machine-readable results: --format json prints JSON and nothing else on standard output;
 * --out writes chain.json and chain.csv, which agree with each other and conserve power (grid in =
 * chips + every stage's loss, to rounding of doubles).
 */
class ChainOutputsTest {
    @TempDir
    Path tmp;

    @Test
    void jsonOnStandardOutputAndFilesThatAgree() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("chain");
        int code = Main.execute(new String[] {"chain", "scenarios/immersion-800v.yaml", "--load", "0.5", "--format", "json", "-o",
            dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertTrue(err.toString().contains("wrote "), "file names go to standard error: " + err);
        assertEquals(printed, new ObjectMapper().readTree(Files.readString(dir.resolve("chain.json"))), "the same JSON");
        assertEquals(0.5, printed.get("load_fraction").asDouble());

        double lossKw = 0;
        for (JsonNode stage : printed.get("stages")) {
            lossKw += stage.get("loss_kw").asDouble();
            assertEquals(stage.get("input_kw").asDouble() - stage.get("loss_kw").asDouble(), stage.get("output_kw").asDouble(),
                    1e-9 * stage.get("input_kw").asDouble(), stage.get("name").asText());
        }
        assertEquals(printed.get("grid_power_kw").asDouble(), printed.get("chip_power_kw").asDouble() + lossKw,
                1e-9 * printed.get("grid_power_kw").asDouble(), "grid power = chips + every loss");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(dir.resolve("chain.csv")))).getRecords();
        assertEquals(printed.get("stages").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode stage = printed.get("stages").get(i);
            assertEquals(stage.get("name").asText(), rows.get(i).get("stage"));
            assertEquals(stage.get("loss_kw").asDouble(), Double.parseDouble(rows.get(i).get("loss_kw")), 0.0, "full precision");
            assertEquals(stage.get("source").asText(), rows.get(i).get("source"), "quoted fields read back whole");
        }
    }

    @Test
    void textStaysTheDefault() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.execute(new String[] {"chain", "scenarios/ai-hall-cold-plate.yaml"}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true)));
        assertTrue(out.toString().startsWith("ai-hall-cold-plate: power chain at 100 % of design IT load"), out.toString());
    }
}
